/**
 * The spreadsheet fakes extended with what monitoring uses (response sheets linked to forms, whole-range formats,
 * charts), and Google Forms writing responses into them. Same conventions as spreadsheet.ts: each fake implements a
 * Pick of the real interface; whole Apps Script objects are returned through casts; every call is counted.
 */
import { FakeForm, FakeFormApp } from './forms';
import { FakeRange, FakeSheet, FakeSpreadsheet, type RangeRecord, type Value } from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

function cast<T>(value: unknown): T {
  return value as T;
}

let nextChartId = 1;

export class FakeChart implements Pick<EmbeddedChart, 'getChartId' | 'modify'> {
  constructor(
    readonly kind: string,
    readonly range: RangeRecord | null,
    readonly position: [number, number],
    readonly options: Record<string, unknown>,
    readonly id: number = nextChartId++,
    /** Counts the builder modify() returns, as the sheet's own builders are counted. */
    private readonly wrap: (builder: FakeChartBuilder) => EmbeddedChartBuilder = (builder) => cast(builder),
  ) {}
  getChartId(): number {
    return this.id;
  }
  /** A builder holding this chart's settings; the chart changes only when the built one goes to Sheet.updateChart. */
  modify(): EmbeddedChartBuilder {
    return this.wrap(new FakeChartBuilder(this, this.wrap));
  }
}

export class FakeChartBuilder
  implements Pick<EmbeddedChartBuilder, 'asPieChart' | 'asBarChart' | 'asColumnChart' | 'addRange' | 'clearRanges' | 'setNumHeaders' | 'setPosition' | 'setOption' | 'build'>
{
  private kind = 'default';
  private range: RangeRecord | null = null;
  private position: [number, number] = [1, 1];
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly base?: FakeChart, private readonly wrap?: (builder: FakeChartBuilder) => EmbeddedChartBuilder) {
    if (base) {
      this.kind = base.kind;
      this.range = base.range;
      this.position = base.position;
      Object.assign(this.options, base.options);
    }
  }
  clearRanges(): EmbeddedChartBuilder {
    this.range = null;
    return cast(this);
  }
  private as(kind: string) {
    this.kind = kind;
    return cast<never>(this);
  }
  asPieChart() { return this.as('pie'); }
  asBarChart() { return this.as('bar'); }
  asColumnChart() { return this.as('column'); }
  addRange(range: Range): EmbeddedChartBuilder {
    // One range per chart here: a second one would be a second series the product never draws.
    if (this.range) throw new Error('fake: the chart has a range already (clearRanges() first)');
    this.range = { row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
    return cast(this);
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.options.numHeaders = headers;
    return cast(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number): EmbeddedChartBuilder {
    this.position = [anchorRowPos, anchorColPos];
    return cast(this);
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.options[option] = value;
    return cast(this);
  }
  build(): EmbeddedChart {
    return cast(new FakeChart(this.kind, this.range, this.position, { ...this.options }, this.base?.id, this.wrap ?? this.base?.['wrap']));
  }
}

export class FakeMonitoringRange extends FakeRange implements Pick<Range, 'setBackgrounds' | 'setFontWeights' | 'setWraps'> {
  constructor(readonly owner: FakeMonitoringSheet, row: number, column: number, numRows: number, numColumns: number) {
    super(owner, row, column, numRows, numColumns);
  }
  /** Apps Script refuses a grid that is not exactly the range's shape, as setValues does. */
  private fits(grid: unknown[][]): void {
    if (grid.length !== this.getNumRows()) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.getNumRows()}.`);
    }
    const row = grid.find((cells) => cells.length !== this.getNumColumns());
    if (row) {
      throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.getNumColumns()}.`);
    }
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    this.fits(color);
    this.owner.backgrounds.push({ row: this.getRow(), column: this.getColumn(), grid: color });
    return this.owner.book.wrap(this, 'Range');
  }
  setFontWeights(fontWeights: unknown[][]): Range {
    this.fits(fontWeights);
    this.owner.fontWeights.push({ row: this.getRow(), column: this.getColumn(), grid: fontWeights as string[][] });
    return this.owner.book.wrap(this, 'Range');
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    this.fits(isWrapEnabled);
    this.owner.wraps.push({ row: this.getRow(), column: this.getColumn(), grid: isWrapEnabled });
    return this.owner.book.wrap(this, 'Range');
  }
}

export class FakeMonitoringSheet extends FakeSheet
  implements Pick<Sheet, 'getFormUrl' | 'setName' | 'clear' | 'getCharts' | 'removeChart' | 'insertChart' | 'updateChart' | 'newChart' | 'setColumnWidths'>
{
  formUrl: string | null = null;
  charts: FakeChart[] = [];
  backgrounds: Array<{ row: number; column: number; grid: Array<Array<string | null>> }> = [];
  fontWeights: Array<{ row: number; column: number; grid: string[][] }> = [];
  wraps: Array<{ row: number; column: number; grid: boolean[][] }> = [];

  override getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string') throw new Error('A1 notation is not supported by the fake');
    return this.book.wrap(new FakeMonitoringRange(this, a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1), 'Range');
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let column = startColumn; column < startColumn + numColumns; column += 1) this.widths.set(column, width);
    return this.book.wrap(this, 'Sheet');
  }
  getFormUrl(): string | null {
    return this.formUrl;
  }
  setName(name: string): Sheet {
    if (this.book.sheets.some((sheet) => sheet !== this && sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this.book.wrap(this, 'Sheet');
  }
  clear(): Sheet {
    const rows = this.getLastRow();
    const columns = this.getLastColumn();
    if (rows > 0 && columns > 0) new FakeRange(this, 1, 1, rows, columns).clearContent();
    this.backgrounds = [];
    this.fontWeights = [];
    this.wraps = [];
    return this.book.wrap(this, 'Sheet');
  }
  getCharts(): EmbeddedChart[] {
    return cast(this.charts.map((chart) => this.book.wrap(chart, 'EmbeddedChart')));
  }
  removeChart(chart: EmbeddedChart): void {
    const id = cast<FakeChart>(chart).getChartId();
    this.charts = this.charts.filter((candidate) => candidate.id !== id);
  }
  insertChart(chart: EmbeddedChart): void {
    const fake = cast<FakeChart>(chart);
    if (this.charts.some((candidate) => candidate.id === fake.id)) throw new Error('fake: this chart is on the sheet already (updateChart)');
    this.charts.push(fake);
  }
  /** «Updates the chart on this sheet» — the one with the same id, built from its modify() builder. */
  updateChart(chart: EmbeddedChart): void {
    const fake = cast<FakeChart>(chart);
    const index = this.charts.findIndex((candidate) => candidate.id === fake.id);
    if (index < 0) throw new Error('Exception: The chart is not on this sheet.');
    this.charts[index] = fake;
  }
  newChart(): EmbeddedChartBuilder {
    const wrap = (builder: FakeChartBuilder): EmbeddedChartBuilder => cast(this.book.wrap(builder, 'EmbeddedChartBuilder'));
    return wrap(new FakeChartBuilder(undefined, wrap));
  }
  /** Test helper: writes one row as Google Forms does (values as given, no formula parsing), uncounted. */
  putRow(row: number, values: Value[]): void {
    const grid: Value[][] = [];
    grid[row - 1] = values;
    this.load(grid);
  }
}

export class FakeMonitoringSpreadsheet extends FakeSpreadsheet {
  private sheetIds = 100;

  override addSheet(name: string, rows: Value[][] = []): FakeMonitoringSheet {
    const sheet = new FakeMonitoringSheet(this, name, this.sheetIds++);
    sheet.load(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  override sheet(name: string): FakeMonitoringSheet {
    return super.sheet(name) as FakeMonitoringSheet;
  }

  /** The response sheet Google Forms created for a form. */
  responseSheetOf(form: FakeForm): FakeMonitoringSheet {
    const sheet = this.sheets.find((candidate) => (candidate as FakeMonitoringSheet).formUrl?.includes(form.id));
    if (!sheet) throw new Error(`no response sheet for ${form.id}`);
    return sheet as FakeMonitoringSheet;
  }
}

/** Google Forms linked to a fake spreadsheet: setDestination creates the response sheet, as Forms does. */
export function formsWritingInto(spreadsheet: FakeMonitoringSpreadsheet): FakeFormApp {
  let linked = 0;
  return new FakeFormApp((form) => {
    linked += 1;
    const sheet = spreadsheet.addSheet(`Ответы на форму (${linked})`);
    sheet.formUrl = `https://docs.google.com/forms/d/${form.id}/edit`;
  });
}

/**
 * A respondent submits: the row Forms appends (timestamp, then one column per question title, new titles added at the
 * end of the header) and the event the installable trigger receives.
 */
export function submitResponse(spreadsheet: FakeMonitoringSpreadsheet, form: FakeForm, at: Date, answers: Record<string, Value>): { range: Range } {
  // «Forms created with the API after June 30, 2026 will have an unpublished state by default … and won't receive
  // responses» (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
  if (!form.published) throw new Error(`fake Forms: «${form.title}» is not published, nobody can answer it`);
  const sheet = spreadsheet.responseSheetOf(form);
  const header = (sheet.grid()[0] ?? []).map(String);
  if (header.length === 0) header.push('Отметка времени');
  for (const item of form.questions()) if (!header.includes(item.title)) header.push(item.title);
  sheet.putRow(1, header);
  const row = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.putRow(row, header.map((title, index) => (index === 0 ? at : answers[title] ?? '')));
  return { range: spreadsheet.wrap(new FakeMonitoringRange(sheet, row, 1, 1, header.length), 'Range') };
}

/**
 * The curator rewords a question in the form: the item keeps its id, and Google Forms retitles the question's column
 * in the linked response sheet.
 */
export function rewordQuestion(spreadsheet: FakeMonitoringSpreadsheet, form: FakeForm, title: string, reworded: string): void {
  const item = form.questions().find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no question «${title}»`);
  item.setTitle(reworded);
  const sheet = spreadsheet.responseSheetOf(form);
  const header = (sheet.grid()[0] ?? []).map(String);
  if (header.includes(title)) sheet.putRow(1, header.map((cell) => (cell === title ? reworded : cell)));
}
