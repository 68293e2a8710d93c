/**
 * «Муниципалитет → Собрать сведения школ»: every package in the Drive folder named in «Параметры» is read, in slices
 * under the 6-minute limit as the programmes batch is (src/gas/batch/continuation.ts): a slice reads files until the
 * next one might not fit, keeps what it read in a hidden sheet (staging.ts), saves the folder listing's continuation
 * token and schedules the next slice. The last slice consolidates — the same domain functions as the CLI `municipal`
 * — and rebuilds the sheets, one write each; «Параметры» is never rewritten.
 *
 * Drive, as Google documents it:
 * - Folder.getFiles() lists every file of the folder, trashed ones too (src/gas/documents/folder.ts); the packages are
 *   told by their «.json» name, not by getFilesByType: Folder.createFile(name, content) makes a text/plain file and a
 *   file a school uploads is typed application/json.
 * - FileIterator.getContinuationToken() «can be used to resume this iteration with the items that remained in the
 *   iterator when the token was generated», «generally valid for one week»; DriveApp.continueFileIterator(token)
 *   resumes it. https://developers.google.com/apps-script/reference/drive/file-iterator#getContinuationToken()
 *   https://developers.google.com/apps-script/reference/drive/drive-app#continueFileIterator(String)
 * - File.getBlob().getDataAsString() gives the text as UTF-8. https://developers.google.com/apps-script/reference/base/blob#getDataAsString()
 */
import { shouldPause, SLICE_BUDGET_MS } from '../../domain/documents/batch';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { folderIdFrom } from '../../domain/documents/sheets';
import { count } from '../../domain/documents/russian';
import type { Cell } from '../../domain/bank/table';
import { consolidate } from '../../domain/municipal/consolidate';
import { crossSchoolPairs } from '../../domain/municipal/crossSchool';
import { type CollectState, isPackageFileName, parseCollectState, readStaged, STAGING_SHEET, stagedRows } from '../../domain/municipal/staging';
import { MUNICIPAL_SHEET, PARAMETER, municipalSheets, readParameters } from '../../domain/municipal/workbook';
import { checkpoint, clearContinuation, scheduleContinuation } from '../batch/continuation';
import { findSheet } from '../sheets/find';
import { appendStaging, municipalParameters, NOT_MUNICIPAL, readStagingTable, resetStaging, writeGrid } from './sheets';

export const COLLECT_STATE = 'nastavnik.municipal';
export const COLLECT_HANDLER = 'continueMunicipalCollect';
/** Listing done this late in a slice, the consolidation waits for a slice of its own: it must not be cut off. */
const CONSOLIDATE_WITHIN = 0.5;
/** A checkpoint older than this belongs to an abandoned reading: the folder is read anew. */
const STALE_MS = 24 * 60 * 60 * 1000;

export interface CollectOutcome extends ActionOutcome {
  continues: boolean;
  /** The sheets were rebuilt: this slice consolidated. */
  built: boolean;
  /** Files read so far in this collection. */
  read: number;
}

const FILES = ['файл', 'файла', 'файлов'] as const;
const SCHOOLS = ['школа', 'школы', 'школ'] as const;

function packageFolder(value: string): { ok: true; folder: GoogleAppsScript.Drive.Folder } | { ok: false; problem: string } {
  const parameter = `параметр «${PARAMETER.packageFolder}» на листе «${MUNICIPAL_SHEET.parameters}»`;
  if (value === '') return { ok: false, problem: `Заполните ${parameter}: ссылку на папку Google Диска, куда школы отправляют сведения.` };
  const id = folderIdFrom(value);
  if (!id) return { ok: false, problem: `В ${parameter.replace('параметр', 'параметре')} не ссылка на папку Google Диска: «${value}».` };
  try {
    return { ok: true, folder: DriveApp.getFolderById(id) };
  } catch {
    return { ok: false, problem: `Папка со сведениями школ недоступна (${value}): проверьте ссылку и права доступа.` };
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^Exception:\s*/, '').slice(0, 160);
}

/**
 * One slice. `clock` gives milliseconds (Date.now in Apps Script); `budgetMs` is the slice's time; `progress` shows a
 * toast every few dozen files when the curator started it from the menu.
 */
export function collectPackages(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, clock: () => number,
  progress: (text: string) => void = () => undefined, budgetMs = SLICE_BUDGET_MS, onlyResume = false): CollectOutcome {
  const started = clock();
  // Whatever way this slice ends, only one that leaves files unread schedules another.
  clearContinuation(COLLECT_HANDLER);
  const saving = checkpoint(COLLECT_STATE);
  const outcome: CollectOutcome = { made: [], problems: [], notes: [], continues: false, built: false, read: 0 };
  // A trigger left from a finished collection has nothing to resume: it does not read the folder all over again.
  if (onlyResume && !parseCollectState(saving.read())) return outcome;
  const table = municipalParameters(spreadsheet);
  if (!table) {
    saving.clear();
    outcome.problems.push(NOT_MUNICIPAL);
    return outcome;
  }
  const parameters = readParameters(table);
  const folder = packageFolder(parameters.packageFolder);
  if (!folder.ok) {
    saving.clear();
    outcome.problems.push(folder.problem);
    return outcome;
  }
  let previous = parseCollectState(saving.read());
  // An abandoned reading, or one whose hidden sheet the curator deleted meanwhile, starts over: no school is lost.
  if (previous && (now.getTime() - Date.parse(previous.startedAt) > STALE_MS || !findSheet(spreadsheet, STAGING_SHEET))) previous = undefined;
  let files: GoogleAppsScript.Drive.FileIterator | undefined;
  if (previous && previous.token !== '') {
    try {
      files = DriveApp.continueFileIterator(previous.token);
    } catch {
      // An expired token: the reading starts over rather than miss the files it had not reached.
      previous = undefined;
    }
  }
  if (!previous) {
    resetStaging(spreadsheet);
    files = folder.folder.getFiles();
  }
  const state: CollectState = { token: '', startedAt: previous?.startedAt ?? now.toISOString(), slices: (previous?.slices ?? 0) + 1, read: previous?.read ?? 0 };
  const pause = (note: string): CollectOutcome => {
    saving.save(JSON.stringify(state));
    scheduleContinuation(COLLECT_HANDLER);
    outcome.continues = true;
    outcome.read = state.read;
    outcome.notes.push(`Прочитано ${count(state.read, FILES)} из папки со сведениями школ. ${note}`);
    return outcome;
  };
  const rows: Cell[][] = [];
  let slowest = 0;
  while (files?.hasNext()) {
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      appendStaging(spreadsheet, rows);
      state.token = files.getContinuationToken();
      return pause('Чтение продолжится автоматически через минуту; сводка будет составлена, когда прочитаны все файлы.');
    }
    const file = files.next();
    const name = file.getName();
    if (file.isTrashed() || !isPackageFileName(name)) continue;
    let text: string | undefined;
    let problem: string | undefined;
    try {
      text = file.getBlob().getDataAsString();
    } catch (error) {
      problem = `«${name}» не прочитан с Google Диска (${errorText(error)}): запустите сбор ещё раз.`;
    }
    rows.push(...stagedRows({ name, id: file.getId(), text, problem }));
    state.read++;
    slowest = Math.max(slowest, clock() - before);
    if (state.read % 25 === 0) progress(`Прочитано ${count(state.read, FILES)}…`);
  }
  appendStaging(spreadsheet, rows);
  if (previous?.token !== '' && clock() - started > CONSOLIDATE_WITHIN * budgetMs) {
    return pause('Сводка будет составлена автоматически через минуту.');
  }
  consolidateStaged(spreadsheet, parameters, outcome);
  outcome.read = state.read;
  saving.clear();
  return outcome;
}

/** The last step: the staged packages consolidated and every sheet but «Параметры» rebuilt. */
function consolidateStaged(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, parameters: ReturnType<typeof readParameters>, outcome: CollectOutcome): void {
  const staged = readStaged(readStagingTable(spreadsheet));
  const consolidation = consolidate(staged.packages);
  const cross = crossSchoolPairs(consolidation.schools);
  for (const grid of municipalSheets(consolidation, cross, parameters, staged.sources)) {
    if (grid.name !== MUNICIPAL_SHEET.parameters) writeGrid(spreadsheet, grid);
  }
  resetStaging(spreadsheet);
  outcome.built = true;
  const refused = staged.sources.filter((s) => s.problem !== undefined);
  outcome.problems.push(...refused.map((s) => `${s.problem} Файл пропущен.`));
  outcome.notes.push(
    `Сводка составлена: ${count(consolidation.schools.length, SCHOOLS)}, наставников в реестре — ${consolidation.schools.reduce((n, s) => n + s.package.mentors.length, 0)}, ` +
      `межшкольных пар предложено — ${cross.proposals.length}.`,
    ...consolidation.replaced.map((r) => r.message),
    staged.sources.length === 0 ? 'В папке со сведениями школ нет файлов .json: школы ещё не отправили сведения.' : '',
  );
  outcome.notes = outcome.notes.filter(Boolean);
}

/** The dialog's title: a collection goes on, is done (with files refused or not), or could not start. */
export function collectTitle(outcome: CollectOutcome): string {
  if (outcome.continues) return 'Сбор сведений продолжается';
  if (!outcome.built) return 'Сводка не составлена';
  return outcome.problems.length > 0 ? 'Сводка составлена, но не все файлы приняты' : 'Сведения школ собраны';
}
