/**
 * Writing plans into sheets: each plan is one range write (and one header write when columns were added), so an
 * action costs a fixed number of calls whatever the number of rows.
 */
import type { AppendPlan } from '../../domain/bank/append';
import { logAppend } from '../../domain/bank/log';
import { SHEET, SHEETS, type SheetName } from '../../domain/bank/schema';
import { type Cell, cellText } from '../../domain/bank/table';
import type { ColumnWrite } from '../../domain/documents/sheets';
import type { SheetRewrite } from '../../domain/monitoring/recompute';
import { asSheetRows } from './cells';
import { spreadsheetDates } from './dates';
import { writableRange } from './range';
import { findSheet } from './find';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#e8f0fe';

/** A product sheet, created with its header when the curator has not run «Настроить банк» since it was added. */
export function ensureSheet(spreadsheet: Spreadsheet, name: SheetName): Sheet {
  const existing = findSheet(spreadsheet, name);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(name);
  const spec = SHEETS.find((candidate) => candidate.name === name);
  const header = spec?.columns.map((column) => column.header) ?? [];
  if (header.length > 0) {
    writableRange(sheet, 1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** One append: the header only when columns were added, then the rows under the data. */
export function writeAppend(spreadsheet: Spreadsheet, append: AppendPlan): void {
  if (append.rows.length === 0) return;
  const sheet = ensureSheet(spreadsheet, append.sheet as SheetName);
  const width = append.header.length;
  const dates = spreadsheetDates(spreadsheet);
  if (append.headerChanged) writableRange(sheet, 1, 1, 1, width).setValues(asSheetRows([append.header], width, dates));
  writableRange(sheet, append.firstRow, 1, append.rows.length, width).setValues(asSheetRows(append.rows, width, dates));
}

/** A derived sheet rewritten whole: header and rows in one write, leftover old rows cleared in one more. */
export function writeRewrite(spreadsheet: Spreadsheet, rewrite: SheetRewrite): void {
  const sheet = ensureSheet(spreadsheet, rewrite.sheet as SheetName);
  const width = rewrite.header.length;
  const grid: Cell[][] = [rewrite.header, ...rewrite.rows];
  writableRange(sheet, 1, 1, grid.length, width).setValues(asSheetRows(grid, width, spreadsheetDates(spreadsheet)));
  const leftover = rewrite.clearRows - rewrite.rows.length;
  if (leftover > 0) sheet.getRange(rewrite.rows.length + 2, 1, leftover, width).clearContent();
}

export function writeColumn(spreadsheet: Spreadsheet, write: ColumnWrite): void {
  const sheet = findSheet(spreadsheet, write.sheet);
  if (!sheet) throw new Error(`Нет листа «${write.sheet}».`);
  writableRange(sheet, write.firstRow, write.column, write.values.length, 1).setValues(asSheetRows(write.values, 1, spreadsheetDates(spreadsheet)));
}

/** Rows under the last row with data, in one write, by position; a sheet the curator deleted is skipped. */
export function appendRows(spreadsheet: Spreadsheet, sheetName: string, rows: readonly Cell[][]): void {
  const sheet = findSheet(spreadsheet, sheetName);
  if (!sheet || rows.length === 0) return;
  const width = Math.max(...rows.map((row) => row.length));
  writableRange(sheet, sheet.getLastRow() + 1, 1, rows.length, width).setValues(asSheetRows(rows, width, spreadsheetDates(spreadsheet)));
}

export function appendRow(spreadsheet: Spreadsheet, sheetName: string, row: Cell[]): void {
  appendRows(spreadsheet, sheetName, [row]);
}

/**
 * Entries of «Журнал» (logEntry rows), each value under its header wherever the curator moved the columns: «Коды» is
 * the memory of issued codes. One read of the header row; the sheet is created when the curator deleted it.
 */
export function appendLog(spreadsheet: Spreadsheet, entries: ReadonlyArray<readonly Cell[]>): void {
  if (entries.length === 0) return;
  const sheet = findSheet(spreadsheet, SHEET.log);
  const header = sheet ? sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0].map((title) => cellText(title as Cell).trim()) : undefined;
  writeAppend(spreadsheet, logAppend(header, sheet ? sheet.getLastRow() : 1, entries));
}
