/**
 * A sheet as both adapters read it: the header row and the data rows, values as Google Sheets' getValues() gives them.
 * Row numbers in messages are the sheet's own (the header is row 1).
 */

export type Cell = string | number | boolean | Date | null;

export interface Table {
  sheet: string;
  header: string[];
  rows: Cell[][];
}

/** The sheet row number of a data row index. */
export function sheetRow(index: number): number {
  return index + 2;
}

/** Headers are matched loosely: a curator may add a trailing «*», change case or type «е» for «ё». */
export function normalizeHeader(header: string): string {
  return header.trim().replace(/\*+$/, '').trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** The 0-based index of the column with this header, or -1. */
export function findColumn(table: Pick<Table, 'header'>, header: string): number {
  const wanted = normalizeHeader(header);
  return table.header.findIndex((h) => normalizeHeader(String(h ?? '')) === wanted);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every(isBlank);
}

/** A sheet with no value in any cell (a tab the curator added and renamed, say): set up as a new one. */
export function isEmptyTable(table: Pick<Table, 'header' | 'rows'>): boolean {
  return table.rows.length === 0 && table.header.every((title) => title.trim() === '');
}

/** A cell as the curator sees it, for messages and text fields. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return formatCellDate(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return String(cell);
}

/** Dates in cells are calendar dates: both adapters hand them over at local midnight of the spreadsheet's zone. */
function formatCellDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}

/** The column letter of a 1-based column number (1 → A, 27 → AA), for messages and A1 references. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Trims a grid to the rows that have data (a curator's blank rows in the middle are kept; trailing ones dropped). */
export function trimTrailingBlankRows(rows: Cell[][]): Cell[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1])) end--;
  return rows.slice(0, end);
}

/** Builds a Table from a full grid (first row = header). */
export function tableFromGrid(sheet: string, grid: Cell[][]): Table {
  const [header = [], ...rows] = grid;
  return {
    sheet,
    header: header.map((h) => cellText(h).trim()),
    rows: trimTrailingBlankRows(rows),
  };
}
