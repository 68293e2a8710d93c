/**
 * Programmes for every pair, in slices under the 6-minute limit: a slice makes documents until the next one might not
 * fit, saves its progress in the document properties and schedules the next slice with a one-off trigger. A programme
 * already in the folder (same name) is skipped, so a rerun or a resumed slice never makes a duplicate. The folder is
 * listed once per slice. A Google service error ends the slice, not the batch: progress is saved, the next slice is
 * scheduled and the error logged; a daily quota stops the batch with a note to run it again tomorrow.
 */
import {
  batchLogText, MAX_FAILED_SLICES, progressText, parseBatchState, shouldPause, SLICE_BUDGET_MS, type BatchState,
} from '../../domain/documents/batch';
import { buildDocuments, DOCUMENTS } from '../../domain/documents/catalog';
import { logEntry } from '../../domain/bank/log';
import { PROGRAMMES_LOG_ACTION } from '../../domain/documents/registration';
import { checkpoint, clearContinuation, scheduleContinuation as scheduleSlice } from '../batch/continuation';
import { documentsFolder } from './folder';
import { type Outcome } from './generate';
import { appendLog } from '../sheets/write';
import { makeFastDocument, readDocsTemplate } from './fastDocument';
import { yearFolder } from './yearFolder';
import { readDocumentsWorkbook } from './workbook';

export const PROGRAMMES_STATE = 'nastavnik.programmes';
export const CONTINUE_HANDLER = 'continueProgrammes';

export interface ProgrammesOutcome extends Outcome {
  state: BatchState;
  /** A next slice is scheduled: the batch is not finished yet. */
  continues: boolean;
  folderUrl?: string;
}

/** The next slice of programmes in a minute (continuation.ts). */
export function scheduleContinuation(): void {
  scheduleSlice(CONTINUE_HANDLER);
}

/** Names of the programmes already made in the folder; copies a cut-off run left half-made are trashed on the way. */
/**
 * One slice. `clock` gives milliseconds (Date.now in Apps Script); `budgetMs` is the slice's time. Progress is reported
 * through `progress` (a toast in the spreadsheet) every few documents.
 */
export function generateProgrammes(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, clock: () => number,
  progress: (text: string) => void = () => undefined, budgetMs = SLICE_BUDGET_MS): ProgrammesOutcome {
  const started = clock();
  // The trigger that started this slice (or one left from an interrupted run) is spent: whatever way this slice ends,
  // only a slice that leaves work undone schedules a new one.
  clearContinuation(CONTINUE_HANDLER);
  const saving = checkpoint(PROGRAMMES_STATE);
  const previous = parseBatchState(saving.read());
  const workbook = readDocumentsWorkbook(spreadsheet, now);
  const built = buildDocuments('programmes', workbook.ctx, workbook.register);
  const state: BatchState = {
    kind: 'programmes', total: built.documents.length, done: 0, skipped: 0, failed: [],
    startedAt: previous?.startedAt ?? now.toISOString(), slices: (previous?.slices ?? 0) + 1, failedSlices: previous?.failedSlices ?? 0,
    madeBefore: previous?.madeBefore ?? 0,
  };
  // What the next slice reads: this batch's documents so far, this slice's included.
  const saved = (failedSlices: number) => JSON.stringify({ ...state, failedSlices, madeBefore: (state.madeBefore ?? 0) + state.done });
  const outcome: ProgrammesOutcome = { made: [], problems: [...built.problems], notes: [], state, continues: false, ...(built.skipped ? { skipped: [built.skipped] } : {}) };
  const log = (details: string) => appendLog(spreadsheet, [logEntry(now, PROGRAMMES_LOG_ACTION, state.failed, details)]);
  if (built.documents.length === 0) {
    saving.clear();
    return outcome;
  }
  const folder = documentsFolder(spreadsheet, workbook.bank.settings);
  if (!folder.ok) {
    saving.clear();
    outcome.problems.push(folder.problem);
    return outcome;
  }
  const definition = DOCUMENTS.programmes;
  const { template, target, made } = yearFolder(folder.folder, definition, 'Программы наставничества', workbook.ctx.settings.academicYear || String(now.getFullYear()), outcome.notes);
  outcome.folderUrl = target.getUrl();
  // The template's structure, read once a slice: each programme is then a copy and one Docs API batchUpdate.
  const structure = readDocsTemplate(template);
  let slowest = 0;
  for (const [index, document] of built.documents.entries()) {
    if (made.has(document.name)) {
      state.skipped++;
      continue;
    }
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      saving.save(saved(0));
      scheduleContinuation();
      outcome.continues = true;
      outcome.notes.push(`${progressText(state)} Продолжение начнётся автоматически через минуту; повторный запуск не создаст копий.`);
      return outcome;
    }
    const result = makeFastDocument(document, definition, structure, template, target);
    slowest = Math.max(slowest, clock() - before);
    if (result.ok) {
      state.done++;
      made.add(document.name);
      outcome.made.push({ name: document.name, url: result.url });
      if ((index + 1) % 10 === 0) progress(progressText(state));
      continue;
    }
    state.failed.push(...document.pairCodes);
    outcome.problems.push(...result.problems);
    if (result.failure?.kind === 'service') {
      // A passing error: the rest waits for the next slice, which tries this programme again — unless slices keep failing.
      const failedSlices = state.done === 0 ? (state.failedSlices ?? 0) + 1 : 0;
      if (failedSlices < MAX_FAILED_SLICES) {
        saving.save(saved(failedSlices));
        scheduleContinuation();
        outcome.continues = true;
        outcome.notes.push(`${progressText(state)} Продолжение начнётся автоматически через минуту.`);
        log(`сбой сервиса Google, продолжение через минуту: ${batchLogText(state)}`);
        return outcome;
      }
      outcome.notes.push(`Сервис Google не отвечает ${MAX_FAILED_SLICES} раза подряд: создание программ остановлено. Запустите «Программы наставничества» позже — уже созданные не повторятся.`);
    } else if (result.failure?.kind === 'quota') {
      outcome.notes.push('Остальные программы будут созданы, когда вы запустите «Программы наставничества» снова (завтра): уже созданные не повторятся.');
    }
    // A template problem is the same for every pair, a quota is spent for the day: stop at the first.
    break;
  }
  saving.clear();
  outcome.notes.push(progressText(state));
  log(batchLogText(state));
  return outcome;
}
