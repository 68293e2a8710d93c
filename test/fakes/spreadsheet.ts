/**
 * In-memory SpreadsheetApp. Each fake implements a Pick of the real @types/google-apps-script interface, so a method
 * the product calls that Apps Script does not have fails to compile. Return types that are whole Apps Script objects
 * are cast (the fakes hold only what the product uses); every call is counted through CallLog.
 */
import { CallLog, counted } from './calls';
import { instantOf, wallClockIn } from './utilities';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Value = string | number | boolean | Date;

/**
 * A date cell as Sheets keeps it: a reading of the wall clock in the spreadsheet's time zone (held in the UTC fields),
 * not an instant. getValues() turns it into the instant that reading is in the spreadsheet's zone.
 */
class WallClock {
  constructor(readonly reading: Date) {}
}

type Stored = Value | WallClock;

/** The zone the tests run in: a spreadsheet in the script's own zone, unless a test says otherwise. */
const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

function cast<T>(value: unknown): T {
  return value as T;
}

export interface RangeRecord {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class FakeDataValidation {
  constructor(
    readonly range: RangeRecord & { sheet: string },
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
}

export class FakeDataValidationBuilder
  implements Pick<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'build'>
{
  private range: (RangeRecord & { sheet: string }) | null = null;
  private showDropdown = true;
  private allowInvalid = true;
  private helpText = '';

  requireValueInRange(range: Range, showDropdown?: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const fake = cast<FakeRange>(range);
    this.range = { sheet: fake.getSheet().getName(), row: fake.getRow(), column: fake.getColumn(), numRows: fake.getNumRows(), numColumns: fake.getNumColumns() };
    this.showDropdown = showDropdown ?? true;
    return cast(this);
  }
  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return cast(this);
  }
  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.helpText = helpText;
    return cast(this);
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.range) throw new Error('No criteria set');
    return cast(new FakeDataValidation(this.range, this.showDropdown, this.allowInvalid, this.helpText));
  }
}

type RangeMethods =
  | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getFormulas' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns'
  | 'getA1Notation' | 'getSheet' | 'activate' | 'setNumberFormat' | 'setDataValidation' | 'setNote' | 'setFontWeight'
  | 'setBackground' | 'setWrap' | 'setVerticalAlignment' | 'clearContent';

export class FakeRange implements Pick<Range, RangeMethods> {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    // As in Sheets: a range never reaches past the grid (a new sheet has 1000 rows and 26 columns); writing does not
    // grow it, insertRowsAfter / insertColumnsAfter do.
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1
      || row + numRows - 1 > sheet.getMaxRows() || column + numColumns - 1 > sheet.getMaxColumns()) {
      throw new Error(`Exception: The coordinates of the range are outside the dimensions of the sheet.`);
    }
  }

  private self(): Range {
    return this.sheet.book.wrap(this, 'Range');
  }

  getValues(): Value[][] {
    const out: Value[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < this.numColumns; c++) row.push(this.sheet.valueAt(this.row + r, this.column + c));
      out.push(row);
    }
    return out;
  }
  getValue(): Value {
    return this.sheet.valueAt(this.row, this.column);
  }
  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this.numColumns; c++) row.push(this.sheet.formulaAt(this.row + r, this.column + c));
      out.push(row);
    }
    return out;
  }
  /**
   * «The size of the two-dimensional array must match the size of the range»
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)); a row that is not an
   * array or a cell that is undefined does not match the Object[][] signature, and Apps Script refuses the whole call.
   */
  setValues(values: unknown[][]): Range {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      throw new Error("Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    }
    if (values.some((row) => row.some((value) => value === undefined))) {
      throw new Error("Exception: The parameters (Object[][]) don't match the method signature for SpreadsheetApp.Range.setValues: a cell is undefined.");
    }
    if (values.length !== this.numRows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`);
    }
    values.forEach((row, r) => {
      if (row.length !== this.numColumns) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`);
      }
      row.forEach((value, c) => this.sheet.write(this.row + r, this.column + c, value));
    });
    return this.self();
  }
  setValue(value: unknown): Range {
    this.sheet.write(this.row, this.column, value);
    return this.self();
  }
  clearContent(): Range {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numColumns; c++) this.sheet.write(this.row + r, this.column + c, '');
    return this.self();
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    const start = `${letter(this.column)}${this.row}`;
    return this.numRows === 1 && this.numColumns === 1 ? start : `${start}:${letter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
  getSheet(): Sheet {
    return this.sheet.book.wrap(this.sheet, 'Sheet');
  }
  activate(): Range {
    this.sheet.book.activeRange = { sheet: this.sheet.name, row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
    return this.self();
  }
  setNumberFormat(numberFormat: string): Range {
    this.sheet.formats.push({ ...this.record(), format: numberFormat });
    return this.self();
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.sheet.validations.push({ ...this.record(), rule: cast<FakeDataValidation | null>(rule) });
    return this.self();
  }
  setNote(note: string | null): Range {
    this.sheet.notes.set(`${this.row}:${this.column}`, note ?? '');
    return this.self();
  }
  setFontWeight(fontWeight: 'bold' | 'normal' | null): Range {
    this.sheet.styles.push({ ...this.record(), style: `fontWeight:${fontWeight}` });
    return this.self();
  }
  setBackground(color: string | null): Range {
    this.sheet.styles.push({ ...this.record(), style: `background:${color}` });
    return this.self();
  }
  setWrap(isWrapEnabled: boolean): Range {
    this.sheet.styles.push({ ...this.record(), style: `wrap:${isWrapEnabled}` });
    return this.self();
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    this.sheet.styles.push({ ...this.record(), style: `valign:${alignment}` });
    return this.self();
  }
  private record(): RangeRecord {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }
}

function letter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A string as Sheets (ru_RU) reads it when it is written into a cell of automatic format. */
function parsedAsTyped(text: string): Stored {
  const t = text.trim();
  if (/^(true|false|истина|ложь)$/i.test(t)) return /^(true|истина)$/i.test(t);
  const number = /^[+-]?\d[\d \u00a0]*(?:[.,]\d+)?(?:e[+-]?\d+)?$/i.exec(t);
  if (number) return Number(t.replace(/[ \u00a0]/g, '').replace(',', '.'));
  const percent = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(t);
  if (percent) return Number(percent[1].replace(',', '.')) / 100;
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy || ymd) {
    const [year, month, day] = dmy ? [Number(dmy[3].length === 2 ? `20${dmy[3]}` : dmy[3]), Number(dmy[2]), Number(dmy[1])] : [Number(ymd![1]), Number(ymd![2]), Number(ymd![3])];
    const reading = new Date(Date.UTC(year, month - 1, day, Number(dmy?.[4] ?? 0), Number(dmy?.[5] ?? 0), Number(dmy?.[6] ?? 0)));
    if (reading.getUTCDate() === day && reading.getUTCMonth() === month - 1) return new WallClock(reading);
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) return new WallClock(new Date(Date.UTC(1899, 11, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0))));
  return text;
}

type SheetMethods =
  | 'getName' | 'getDataRange' | 'getRange' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'setFrozenRows'
  | 'getFrozenRows' | 'setColumnWidth' | 'getColumnWidth' | 'activate' | 'getSheetId' | 'insertRowsAfter' | 'insertColumnsAfter'
  | 'getParent';

export class FakeSheet implements Pick<Sheet, SheetMethods> {
  private readonly cells: Stored[][] = [];
  private readonly formulas = new Map<string, string>();
  private frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly formats: Array<RangeRecord & { format: string }> = [];
  readonly validations: Array<RangeRecord & { rule: FakeDataValidation | null }> = [];
  readonly notes = new Map<string, string>();
  readonly styles: Array<RangeRecord & { style: string }> = [];
  /** Strings written unescaped that Sheets would have parsed as formulas. */
  formulaWrites = 0;
  private maxRows = DEFAULT_ROWS;
  private maxColumns = DEFAULT_COLUMNS;

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    private readonly id: number,
  ) {}

  /** Test helper: the sheet's values as getValues() would give them. */
  grid(): Value[][] {
    return this.cells.map((_, r) => Array.from({ length: this.getLastColumn() }, (__, c) => this.valueAt(r + 1, c + 1)));
  }

  /**
   * Test helper: fills the sheet as if the curator had typed it (strings stay text; a Date is the day and time typed,
   * read by its local getters); the grid grows as a person's would.
   */
  load(rows: Value[][]): void {
    rows.forEach((row, r) => row.forEach((value, c) => {
      const typed = value instanceof Date
        ? new WallClock(new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate(), value.getHours(), value.getMinutes(), value.getSeconds())))
        : value;
      this.put(r + 1, c + 1, typed);
    }));
  }

  /** Test helper: a date cell as the curator sees it in the sheet («16.11.2022 00:00»), whatever the zones. */
  shownDate(row: number, column: number): string {
    const stored = this.cells[row - 1]?.[column - 1];
    if (!(stored instanceof WallClock)) throw new Error(`${this.name}!${letter(column)}${row} holds no date`);
    const d = stored.reading;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  }

  /** Test helper: the grid as the curator left it after deleting rows or columns (uncounted). */
  resize(rows: number, columns: number): void {
    if (rows < this.getLastRow() || columns < this.getLastColumn()) throw new Error('resize would cut data');
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  valueAt(row: number, column: number): Value {
    const stored = this.cells[row - 1]?.[column - 1] ?? '';
    return stored instanceof WallClock ? instantOf(this.book.timeZone, stored.reading) : stored;
  }

  formulaAt(row: number, column: number): string {
    return this.formulas.get(`${row}:${column}`) ?? '';
  }

  /**
   * What Sheets does with a written value: a leading apostrophe forces text; = + - @ start a formula; a string that
   * reads as a number, a date, a time, a percentage or a truth value becomes one (setValues parses strings as if typed,
   * in the spreadsheet's locale, here ru_RU), unless the cell's number format is plain text «@».
   */
  write(row: number, column: number, value: unknown): void {
    const key = `${row}:${column}`;
    if (typeof value === 'string' && value.length > 50_000) throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
    this.formulas.delete(key);
    if (typeof value === 'string' && value.startsWith("'")) {
      this.put(row, column, value.slice(1));
      return;
    }
    if (typeof value === 'string' && /^[=+\-@]/.test(value) && !/^[+-]?\d+([.,]\d+)?$/.test(value)) {
      this.formulaWrites++;
      this.formulas.set(key, value);
      this.put(row, column, '#ERROR!');
      return;
    }
    if (value === null || value === undefined) this.put(row, column, '');
    else if (value instanceof Date) this.put(row, column, new WallClock(wallClockIn(this.book.timeZone, value)));
    else if (typeof value === 'string') this.put(row, column, this.numberFormatAt(row, column) === '@' ? value : parsedAsTyped(value));
    else if (typeof value === 'number' || typeof value === 'boolean') this.put(row, column, value);
    else throw new Error(`Exception: Unsupported value ${String(value)}`);
  }

  /** The number format set last over a cell ('' when none: «Автоматически»). */
  numberFormatAt(row: number, column: number): string {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (row >= f.row && row < f.row + f.numRows && column >= f.column && column < f.column + f.numColumns) return f.format;
    }
    return '';
  }

  private put(row: number, column: number, value: Stored): void {
    while (this.cells.length < row) this.cells.push([]);
    this.cells[row - 1][column - 1] = value;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }

  getName(): string {
    return this.name;
  }
  getParent(): Spreadsheet {
    return this.book.wrap(this.book, 'Spreadsheet');
  }
  getSheetId(): number {
    return this.id;
  }
  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string') throw new Error('A1 notation is not supported by the fake');
    return this.book.wrap(new FakeRange(this, a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1), 'Range');
  }
  getLastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if ((this.cells[r - 1] ?? []).some((v) => v !== '' && v !== undefined)) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.cells) for (let c = row.length; c > last; c--) if (row[c - 1] !== '' && row[c - 1] !== undefined) last = c;
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) throw new Error('Exception: Those rows are out of bounds.');
    if (afterPosition < this.cells.length) this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.shiftFormulas((row, column) => [row > afterPosition ? row + howMany : row, column]);
    this.maxRows += howMany;
    return this.book.wrap(this, 'Sheet');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) throw new Error('Exception: Those columns are out of bounds.');
    for (const row of this.cells) if (afterPosition < row.length) row.splice(afterPosition, 0, ...Array<Stored>(howMany).fill(''));
    this.shiftFormulas((row, column) => [row, column > afterPosition ? column + howMany : column]);
    this.maxColumns += howMany;
    return this.book.wrap(this, 'Sheet');
  }
  private shiftFormulas(move: (row: number, column: number) => [number, number]): void {
    const moved = [...this.formulas].map(([key, formula]) => {
      const [row, column] = move(...(key.split(':').map(Number) as [number, number]));
      return [`${row}:${column}`, formula] as const;
    });
    this.formulas.clear();
    for (const [key, formula] of moved) this.formulas.set(key, formula);
  }
  hidden = false;
  hideSheet(): Sheet {
    this.hidden = true;
    return this.book.wrap(this, 'Sheet');
  }
  setFrozenRows(rows: number): Sheet {
    // Sheets keeps at least one row below the frozen ones.
    if (!Number.isInteger(rows) || rows < 0 || rows >= this.maxRows) throw new Error("Exception: You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
    return this.book.wrap(this, 'Sheet');
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.widths.set(columnPosition, width);
    return this.book.wrap(this, 'Sheet');
  }
  getColumnWidth(columnPosition: number): number {
    return this.widths.get(columnPosition) ?? 100;
  }
  activate(): Sheet {
    this.book.activeRange = { sheet: this.name, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return this.book.wrap(this, 'Sheet');
  }
}

type SpreadsheetMethods = 'getSheetByName' | 'getSheets' | 'insertSheet' | 'getId' | 'getUrl' | 'getName' | 'toast' | 'getSpreadsheetTimeZone';

export class FakeSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  readonly sheets: FakeSheet[] = [];
  activeRange: (RangeRecord & { sheet: string }) | null = null;
  readonly toasts: string[] = [];
  private nextId = 1;

  constructor(
    readonly log: CallLog = new CallLog(),
    private readonly name = 'Банк наставничества',
    /** «Файл → Настройки → Часовой пояс» of the spreadsheet; date cells are wall-clock readings in it. */
    readonly timeZone: string = LOCAL_ZONE,
  ) {}

  wrap<T>(object: object, kind: string): T {
    return counted(object, kind, this.log) as T;
  }

  /** Test helper: a sheet without counting the call. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** Test helper: adds a sheet with these rows without counting calls. */
  addSheet(name: string, rows: Value[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    sheet.load(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.sheets.find((s) => s.name === name);
    return sheet ? this.wrap(sheet, 'Sheet') : null;
  }
  getSheets(): Sheet[] {
    return this.sheets.map((s) => this.wrap(s, 'Sheet'));
  }
  insertSheet(sheetName?: unknown): Sheet {
    const name = typeof sheetName === 'string' ? sheetName : `Лист${this.sheets.length + 1}`;
    // Sheet names are unique regardless of case: «журнал» blocks «Журнал».
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    return this.wrap(this.addSheet(name), 'Sheet');
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
  getName(): string {
    return this.name;
  }
  toast(msg: string, title?: string): void {
    this.toasts.push(title ? `${title}: ${msg}` : msg);
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: Array<{ caption: string; functionName: string } | 'separator'> = [];
  added = false;
  constructor(readonly title: string | null) {}
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ caption, functionName });
    return cast(this);
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push('separator');
    return cast(this);
  }
  readonly submenus: FakeMenu[] = [];
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.submenus.push(cast(menu));
    return cast(this);
  }
  addToUi(): void {
    this.added = true;
  }
}

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'setTitle' | 'getTitle' | 'getContent' | 'setWidth' | 'setHeight'> {
  private title = '';
  constructor(
    readonly file: string,
    private readonly content: string,
  ) {}
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = title;
    return cast(this);
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(): GoogleAppsScript.HTML.HtmlOutput {
    return cast(this);
  }
  setHeight(): GoogleAppsScript.HTML.HtmlOutput {
    return cast(this);
  }
}

export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'alert'> {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as unknown as GoogleAppsScript.Base.ButtonSet;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as unknown as GoogleAppsScript.Base.Button;

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    const menu = new FakeMenu(null);
    this.menus.push(menu);
    return cast(menu);
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    const menu = new FakeMenu(caption);
    this.menus.push(menu);
    return cast(menu);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.sidebars.push(cast(userInterface));
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.sidebars.push(cast(userInterface));
  }
  /** The button the user presses in the next alerts (a test sets «YES» to answer a question). */
  reply = 'OK';
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.alerts.push(args.filter((a) => typeof a === 'string').join('\n'));
    return cast(this.reply);
  }
}

export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'newDataValidation' | 'flush'> {
  readonly ui = new FakeUi();
  /** Set while an installable or time-driven trigger runs (see fireTrigger): there is no editor to show anything in. */
  inTrigger = false;
  constructor(readonly spreadsheet: FakeSpreadsheet) {}
  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet.wrap(this.spreadsheet, 'Spreadsheet');
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  /**
   * «A script can only interact with the UI for the current instance of an open editor»
   * (https://developers.google.com/apps-script/reference/base/ui): from a trigger Apps Script throws this.
   */
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.inTrigger) throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    return cast(this.ui);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.spreadsheet.wrap(new FakeDataValidationBuilder(), 'DataValidationBuilder');
  }
  flush(): void {}
}

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'> {
  constructor(private readonly files: (name: string) => string) {}
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return cast(new FakeHtmlOutput(filename, this.files(filename)));
  }
}

