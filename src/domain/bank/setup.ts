/**
 * «Настроить банк» as a plan: which sheets to create and how, which codes to assign, which settings to add. The
 * adapters carry it out; neither decides anything. Existing sheets are never restyled or rewritten: only blank codes
 * are filled and missing settings appended, so running it twice changes nothing.
 */
import { type BankTables } from './bank';
import { assignCodes, highestCodeNumber } from './codes';
import { logEntry } from './log';
import { LOG_COLUMNS, NUMBER_FORMATS, SHEET, SHEETS, type SheetName, type SheetSpec } from './schema';
import { missingSettingRows, readSettings, settingSpecs } from './settings';
import { type Cell, cellText, findColumn } from './table';
import { VOCABULARY, type VocabularyKey } from './vocabulary';
import { defaultVocabularyGrid } from './vocabularies';

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
  assigned: string[];
}

export interface SetupPlan {
  create: NewSheetPlan[];
  codes: CodePlan[];
  /** Rows appended under the existing «Настройки». */
  settingsRows: Cell[][];
  /** One row for «Журнал», or null when nothing was done. */
  logRow: Cell[] | null;
}

/** Creation order: «Справочники» first, because dropdowns point at it. */
const ORDER: readonly SheetName[] = [
  SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.preferences,
  SHEET.results, SHEET.monitoring, SHEET.forms, SHEET.processing, SHEET.mailing, SHEET.orders, SHEET.log,
];

export function planSetup(tables: BankTables, now: Date): SetupPlan {
  const vocabularyHeader = tables[SHEET.vocabularies]?.header ?? defaultVocabularyGrid()[0];
  const create = ORDER.filter((name) => !tables[name]).map((name) => newSheetPlan(sheetByName(name), vocabularyHeader, now));

  const log = tables[SHEET.log];
  const logCodes = log ? findColumn(log, LOG_COLUMNS.codes) : -1;
  const logTexts = log && logCodes >= 0 ? log.rows.map((row) => cellText(row[logCodes])) : [];
  const codes: CodePlan[] = [];
  for (const spec of SHEETS) {
    const table = tables[spec.name];
    if (!table || !spec.codePrefix) continue;
    const header = spec.columns[0].header;
    const assignment = assignCodes(table, header, spec.codePrefix, highestCodeNumber(spec.codePrefix, logTexts));
    if (assignment) codes.push({ sheet: spec.name, column: findColumn(table, header) + 1, ...assignment });
  }

  const settingsRows = tables[SHEET.settings] ? missingSettingRows(readSettings(tables[SHEET.settings]), now) : [];
  const done = [
    ...create.map((plan) => `создан лист «${plan.name}»`),
    ...codes.map((plan) => `«${plan.sheet}»: присвоено кодов — ${plan.assigned.length}`),
    ...(settingsRows.length ? [`«${SHEET.settings}»: добавлено параметров — ${settingsRows.length}`] : []),
  ];
  const logRow = done.length ? logEntry(now, 'Настройка банка', codes.flatMap((plan) => plan.assigned), done.join('; ')) : null;
  return { create, codes, settingsRows, logRow };
}

function sheetByName(name: SheetName): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`No spec for ${name}`);
  return spec;
}

function newSheetPlan(spec: SheetSpec, vocabularyHeader: readonly string[], now: Date): NewSheetPlan {
  if (spec.name === SHEET.vocabularies) {
    const grid = defaultVocabularyGrid();
    return { name: spec.name, grid, widths: grid[0].map(() => 260), frozenRows: 1, dropdowns: [], formats: [], notes: [] };
  }
  if (spec.name === SHEET.monitoring) {
    return {
      name: spec.name,
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
  return { name: spec.name, grid, widths: spec.columns.map((c) => c.width), frozenRows: 1, dropdowns, formats, notes };
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
