/**
 * «Настроить банк» as a plan: which sheets to create and how, which codes to assign, which settings to add. The
 * adapters carry it out; neither decides anything. Sheets with data are never restyled or rewritten: only blank codes
 * are filled and missing settings appended (by header), so running it twice changes nothing.
 */
import { type AppendPlan, appendPlan } from './append';
import { type BankTables } from './bank';
import { assignCodes, highestCodeNumber } from './codes';
import { logAppend, logEntry } from './log';
import { LOG_COLUMNS, NUMBER_FORMATS, SETTINGS_COLUMNS, SHEET, SHEETS, type SheetName, type SheetSpec } from './schema';
import { missingSettingRecords, readSettings, settingSpecs, settingsColumns } from './settings';
import { type Cell, type Table, cellText, findColumn, isEmptyTable } from './table';
import { VOCABULARY, type VocabularyKey } from './vocabulary';
import { defaultVocabularyGrid } from './vocabularies';
import { duplicateHeaderProblem } from './duplicateHeaders';

/** How many rows of «Справочники» a dropdown looks at: room for the curator's additions. */
export const VOCABULARY_ROWS = 300;

export interface DropdownPlan {
  /** 1-based column in the new sheet. */
  column: number;
  /** 1-based column of the list in «Справочники». */
  vocabularyColumn: number;
  /** Rows 2..VOCABULARY_ROWS+1 of that column. */
  vocabularyName: string;
  hint: string;
}

export interface NewSheetPlan {
  name: SheetName;
  /** The sheet is there but empty (a renamed «Лист1»): laid out in place rather than inserted. */
  existing: boolean;
  /** Header first, then initial rows (settings, vocabularies). */
  grid: Cell[][];
  widths: number[];
  frozenRows: number;
  dropdowns: DropdownPlan[];
  formats: Array<{ column: number; format: string }>;
  /** Column notes on the header, for hints. */
  notes: Array<{ column: number; note: string }>;
}

export interface CodePlan {
  sheet: SheetName;
  column: number;
  firstRow: number;
  values: Cell[][];
  /** Per row of values: a new code; the other rows must keep exactly what they hold. */
  fresh: boolean[];
  assigned: string[];
}

export interface SetupPlan {
  create: NewSheetPlan[];
  codes: CodePlan[];
  /** Parameters appended under the existing «Настройки», each value under its header; null when none is missing. */
  settings: AppendPlan | null;
  /** One row for «Журнал», by its header; null when nothing was done. */
  log: AppendPlan | null;
  /** What could not be done, in Russian (nothing was written for it). */
  problems: string[];
}

/** Creation order: «Справочники» first, because dropdowns point at it. */
const ORDER: readonly SheetName[] = [
  SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.preferences,
  SHEET.results, SHEET.monitoring, SHEET.forms, SHEET.processing, SHEET.mailing, SHEET.orders, SHEET.log,
  SHEET.forbidden,
];

/** A sheet that holds something; an empty one counts as missing. */
function withData(table: Table | undefined): Table | undefined {
  return table && !isEmptyTable(table) ? table : undefined;
}

export function planSetup(tables: BankTables, now: Date): SetupPlan {
  // Codes go into the first «Код» and the log under the last: with a header repeated, nothing is written.
  const repeated = duplicateHeaderProblem(Object.values(tables));
  if (repeated) return { create: [], codes: [], settings: null, log: null, problems: [repeated] };
  const vocabularyHeader = withData(tables[SHEET.vocabularies])?.header ?? defaultVocabularyGrid()[0];
  const create = ORDER.filter((name) => !withData(tables[name])).map((name) => newSheetPlan(sheetByName(name), vocabularyHeader, now, Boolean(tables[name])));

  const log = withData(tables[SHEET.log]);
  const logCodes = log ? findColumn(log, LOG_COLUMNS.codes) : -1;
  const logTexts = log && logCodes >= 0 ? log.rows.map((row) => cellText(row[logCodes])) : [];
  const codes: CodePlan[] = [];
  for (const spec of SHEETS) {
    const table = withData(tables[spec.name]);
    if (!table || !spec.codePrefix) continue;
    const header = spec.columns[0].header;
    const assignment = assignCodes(table, header, spec.codePrefix, highestCodeNumber(spec.codePrefix, logTexts));
    if (assignment) codes.push({ sheet: spec.name, column: findColumn(table, header) + 1, ...assignment });
  }

  const problems: string[] = [];
  const settings = settingsAppend(withData(tables[SHEET.settings]), now, problems);
  const done = [
    ...create.map((plan) => `${plan.existing ? 'оформлен пустой лист' : 'создан лист'} «${plan.name}»`),
    ...codes.map((plan) => `«${plan.sheet}»: присвоено кодов — ${plan.assigned.length}`),
    ...(settings ? [`«${SHEET.settings}»: добавлено параметров — ${settings.rows.length}`] : []),
  ];
  const entry = done.length ? logEntry(now, 'Настройка банка', codes.flatMap((plan) => plan.assigned), done.join('; ')) : null;
  return { create, codes, settings, log: entry ? logAppend(log?.header, log ? log.rows.length + 1 : 1, [entry]) : null, problems };
}

/** Missing parameters under «Настройки» by header; nothing at all when its columns cannot be found. */
function settingsAppend(table: Table | undefined, now: Date, problems: string[]): AppendPlan | null {
  if (!table) return null;
  const columns = settingsColumns(table);
  if ('problem' in columns) {
    problems.push(
      `На листе «${SHEET.settings}» нет столбца «${columns.problem.column}»: недостающие параметры не добавлены. ` +
        `Верните в первую строку столбцы «${SETTINGS_COLUMNS.name}» и «${SETTINGS_COLUMNS.value}» и повторите настройку.`,
    );
    return null;
  }
  const records = missingSettingRecords(readSettings(table), now);
  return records.length ? appendPlan(table, records) : null;
}

/** What «Настроить банк» did, as the curator reads it: the alert in Google Sheets and the output of `setup`. */
export function describeSetup(plan: SetupPlan): string[] {
  const lines: string[] = [];
  const names = (plans: NewSheetPlan[]) => plans.map((p) => `«${p.name}»`).join(', ');
  const created = plan.create.filter((p) => !p.existing);
  const laidOut = plan.create.filter((p) => p.existing);
  if (created.length) lines.push(`Созданы листы: ${names(created)}.`);
  if (laidOut.length) lines.push(`Оформлены пустые листы (заголовки, форматы, списки): ${names(laidOut)}.`);
  for (const codes of plan.codes) {
    const range = codes.assigned.length > 1 ? `${codes.assigned[0]} … ${codes.assigned[codes.assigned.length - 1]}` : codes.assigned[0];
    lines.push(`«${codes.sheet}»: присвоено кодов — ${codes.assigned.length} (${range}).`);
  }
  if (plan.settings) lines.push(`«${SHEET.settings}»: добавлено параметров со значениями по умолчанию — ${plan.settings.rows.length}.`);
  lines.push(...plan.problems);
  const changed = plan.create.length > 0 || plan.codes.length > 0 || plan.settings !== null;
  if (!changed) lines.push(plan.problems.length ? 'Ничего не изменено.' : 'Банк уже настроен: ничего не изменено.');
  else lines.push('Остальные данные не изменены.');
  return lines;
}

function sheetByName(name: SheetName): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`No spec for ${name}`);
  return spec;
}

function newSheetPlan(spec: SheetSpec, vocabularyHeader: readonly string[], now: Date, existing: boolean): NewSheetPlan {
  if (spec.name === SHEET.vocabularies) {
    const grid = defaultVocabularyGrid();
    return { name: spec.name, existing, grid, widths: grid[0].map(() => 260), frozenRows: 1, dropdowns: [], formats: [], notes: [] };
  }
  if (spec.name === SHEET.monitoring) {
    return {
      name: spec.name,
      existing,
      grid: [['Мониторинг заполняется автоматически по результатам анкет (меню «Наставничество»).']],
      widths: [],
      frozenRows: 0,
      dropdowns: [],
      formats: [],
      notes: [],
    };
  }
  const header = spec.columns.map((c) => c.header);
  const grid: Cell[][] = [header];
  if (spec.name === SHEET.settings) {
    for (const setting of settingSpecs(now)) grid.push([setting.name, setting.defaultValue]);
  }
  const dropdowns: DropdownPlan[] = [];
  const formats: Array<{ column: number; format: string }> = [];
  const notes: Array<{ column: number; note: string }> = [];
  spec.columns.forEach((column, index) => {
    const position = index + 1;
    const vocabulary = column.vocabularies?.[0];
    // Multi-value cells («ИКТ; работа с родителями») cannot pass a list rule; «Проверить банк» checks their items.
    if (vocabulary && column.type !== 'choices') {
      const dropdown = dropdownFor(vocabulary, vocabularyHeader, position, column.hint);
      if (dropdown) dropdowns.push(dropdown);
    }
    const format = NUMBER_FORMATS[column.type];
    if (format && spec.name !== SHEET.settings) formats.push({ column: position, format });
    if (column.hint) notes.push({ column: position, note: column.hint });
  });
  return { name: spec.name, existing, grid, widths: spec.columns.map((c) => c.width), frozenRows: 1, dropdowns, formats, notes };
}

function dropdownFor(key: VocabularyKey, vocabularyHeader: readonly string[], column: number, hint?: string): DropdownPlan | null {
  const vocabularyColumn = findColumn({ header: [...vocabularyHeader] }, VOCABULARY[key]) + 1;
  if (vocabularyColumn < 1) return null;
  return {
    column,
    vocabularyColumn,
    vocabularyName: VOCABULARY[key],
    hint: hint ?? `Выберите значение из списка «${VOCABULARY[key]}» (лист «${SHEET.vocabularies}»).`,
  };
}
