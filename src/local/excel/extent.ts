/**
 * How far a sheet's data really reaches. One value typed by mistake in XFD1048576 or A1048576 makes the sheet's used
 * range a million rows or 16,384 columns; read as a grid that runs out of memory. The data ends where a long run of
 * empty rows (or columns) begins; values beyond it are stray cells — reported with their address, never read.
 */
import type ExcelJS from 'exceljs';
import type { Issue } from '../../domain/bank/issues';
import { cellText, columnLetter } from '../../domain/bank/table';
import { fromExcelValue } from './cells';

/** A curator leaves a few blank rows between blocks, never a thousand; nor a hundred blank columns. */
export const ROW_GAP = 1000;
export const COLUMN_GAP = 100;
/** Stray cells named in a message; the rest are counted. */
const NAMED_STRAYS = 5;

export interface StrayCell {
  row: number;
  column: number;
  address: string;
  text: string;
}

export interface Extent {
  /** The last row and column of the data (0 when the sheet is empty). */
  rows: number;
  columns: number;
  strays: StrayCell[];
}

/** The end of a sorted list of occupied positions before the first gap longer than `gap`. */
function boundOf(positions: readonly number[], gap: number): number {
  let last = 0;
  for (const position of positions) {
    if (position - last > gap) break;
    last = position;
  }
  return last;
}

export function dataExtent(worksheet: ExcelJS.Worksheet): Extent {
  const occupied: Array<{ row: number; columns: number[]; cells: ExcelJS.Cell[] }> = [];
  // eachRow and eachCell walk only rows and cells that exist: a far stray cell costs one entry, not a million.
  worksheet.eachRow((row, rowNumber) => {
    const columns: number[] = [];
    const cells: ExcelJS.Cell[] = [];
    row.eachCell((cell, column) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      columns.push(column);
      cells.push(cell);
    });
    if (columns.length) occupied.push({ row: rowNumber, columns, cells });
  });
  const rows = boundOf(occupied.map((entry) => entry.row), ROW_GAP);
  const inRows = occupied.filter((entry) => entry.row <= rows);
  const columnSet = [...new Set(inRows.flatMap((entry) => entry.columns))].sort((a, b) => a - b);
  const columns = boundOf(columnSet, COLUMN_GAP);
  const strays: StrayCell[] = [];
  for (const entry of occupied) {
    entry.columns.forEach((column, i) => {
      if (entry.row <= rows && column <= columns) return;
      strays.push({ row: entry.row, column, address: `${columnLetter(column)}${entry.row}`, text: cellText(fromExcelValue(entry.cells[i].value)) });
    });
  }
  return { rows, columns, strays };
}

function shortText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The stray cells of the workbook's sheets as `check` warnings: sheet, address, value, and where the data ends. */
export function strayCellIssues(workbook: ExcelJS.Workbook): Issue[] {
  return workbook.worksheets.flatMap((worksheet) => {
    const { rows, columns, strays } = dataExtent(worksheet);
    if (strays.length === 0) return [];
    const named = strays.slice(0, NAMED_STRAYS).map((stray) => `${stray.address} («${shortText(stray.text)}»)`).join(', ');
    const more = strays.length > NAMED_STRAYS ? ` и ещё ${strays.length - NAMED_STRAYS}` : '';
    const end = rows > 0 ? `данные листа кончаются на ячейке ${columnLetter(columns)}${rows}` : 'на листе нет других данных';
    return [{
      severity: 'warning' as const,
      sheet: worksheet.name,
      row: strays[0].row,
      column: null,
      message: `Значение в ячейке ${named}${more} стоит далеко за данными (${end}) и не читается: удалите его или перенесите к данным.`,
    }];
  });
}
