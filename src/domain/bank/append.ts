/**
 * Rows to add under a sheet's data, each value in the column with its header, wherever the curator moved it. A
 * header the sheet lacks is added at the end rather than dropped, so nothing the product writes is lost.
 */
import { type Cell, type Table, normalizeHeader } from './table';

export interface AppendPlan {
  sheet: string;
  /** The header to write when it changed (columns added at the end). */
  header: string[];
  headerChanged: boolean;
  /** 1-based sheet row of the first new row: just under the last row with data. */
  firstRow: number;
  rows: Cell[][];
}

export function appendPlan(table: Pick<Table, 'sheet' | 'header' | 'rows'>, records: ReadonlyArray<Readonly<Record<string, Cell>>>): AppendPlan {
  return appendUnder(table.sheet, table.header, table.rows.length + 1, records);
}

/**
 * The same, for a sheet known only by its header row and its last row with data (1 when only the header is there). A
 * sheet whose first row is blank gets the records' headers.
 */
export function appendUnder(sheet: string, sheetHeader: readonly string[], lastRow: number, records: ReadonlyArray<Readonly<Record<string, Cell>>>): AppendPlan {
  const blank = sheetHeader.every((title) => String(title ?? '').trim() === '');
  const header = blank ? [] : sheetHeader.map((title) => String(title ?? ''));
  const index = new Map(header.map((title, column) => [normalizeHeader(title), column] as const));
  for (const record of records) {
    for (const title of Object.keys(record)) {
      if (!index.has(normalizeHeader(title))) {
        index.set(normalizeHeader(title), header.length);
        header.push(title);
      }
    }
  }
  const rows = records.map((record) => {
    const row: Cell[] = header.map(() => null);
    for (const [title, value] of Object.entries(record)) row[index.get(normalizeHeader(title))!] = value;
    return row;
  });
  return { sheet, header, headerChanged: blank || header.length !== sheetHeader.length, firstRow: Math.max(lastRow, 1) + 1, rows };
}
