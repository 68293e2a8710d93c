/**
 * Writing plans into an Excel workbook, the offline counterpart of src/gas/sheets/write.ts: rows by position under
 * the data, appends by header, sheets rewritten whole.
 */
import type ExcelJS from 'exceljs';
import type { AppendPlan } from '../../domain/bank/append';
import { logAppend } from '../../domain/bank/log';
import { SHEET, SHEETS } from '../../domain/bank/schema';
import { type Cell, cellText } from '../../domain/bank/table';
import type { ColumnWrite } from '../../domain/documents/sheets';
import type { SheetRewrite } from '../../domain/monitoring/recompute';
import { fromExcelValue, toExcelValue } from './cells';
import { dataExtent } from './extent';
import { findSheetName } from '../../domain/bank/sheetNames';

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };

export function appendRows(worksheet: ExcelJS.Worksheet, rows: readonly Cell[][]): void {
  const start = lastDataRow(worksheet) + 1;
  rows.forEach((row, i) => {
    row.forEach((cell, c) => {
      worksheet.getCell(start + i, c + 1).value = toExcelValue(cell);
    });
  });
}

/** Writes rows starting at a sheet row, cell by cell, leaving other columns as they are. */
export function writeRows(worksheet: ExcelJS.Worksheet, firstRow: number, firstColumn: number, rows: readonly Cell[][]): void {
  rows.forEach((row, i) => {
    row.forEach((cell, c) => {
      worksheet.getCell(firstRow + i, firstColumn + c).value = toExcelValue(cell);
    });
  });
}

/** The last row of the data; a stray far cell (extent.ts) is not data, so appends go under the real rows. */
export function lastDataRow(worksheet: ExcelJS.Worksheet): number {
  return dataExtent(worksheet).rows;
}

export function ensureWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const existing = findWorksheet(workbook, name);
  if (existing) return existing;
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const spec = SHEETS.find((candidate) => candidate.name === name);
  if (spec) {
    spec.columns.forEach((column, index) => {
      const cell = worksheet.getCell(1, index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      worksheet.getColumn(index + 1).width = Math.round(column.width / 7);
    });
  }
  return worksheet;
}

export function applyAppend(workbook: ExcelJS.Workbook, append: AppendPlan): void {
  if (append.rows.length === 0) return;
  const worksheet = ensureWorksheet(workbook, append.sheet);
  if (append.headerChanged) writeRows(worksheet, 1, 1, [append.header]);
  writeRows(worksheet, append.firstRow, 1, append.rows);
}

/** Entries of «Журнал», each value under its header (the counterpart of appendLog in Google Sheets). */
export function appendLog(workbook: ExcelJS.Workbook, entries: ReadonlyArray<readonly Cell[]>): void {
  if (entries.length === 0) return;
  const worksheet = findWorksheet(workbook, SHEET.log);
  const header = worksheet ? headerOf(worksheet) : undefined;
  applyAppend(workbook, logAppend(header, worksheet ? lastDataRow(worksheet) : 1, entries));
}

function headerOf(worksheet: ExcelJS.Worksheet): string[] {
  const row = worksheet.getRow(1);
  return Array.from({ length: dataExtent(worksheet).columns }, (_, i) => cellText(fromExcelValue(row.getCell(i + 1).value)).trim());
}

export function applyRewrite(workbook: ExcelJS.Workbook, rewrite: SheetRewrite): void {
  const worksheet = ensureWorksheet(workbook, rewrite.sheet);
  writeRows(worksheet, 1, 1, [rewrite.header, ...rewrite.rows]);
  const leftover = rewrite.clearRows - rewrite.rows.length;
  if (leftover > 0) writeRows(worksheet, rewrite.rows.length + 2, 1, Array.from({ length: leftover }, () => rewrite.header.map(() => null)));
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/**
 * One column of a sheet (the counterpart of writeColumn in Google Sheets). Only the cells whose value changes are
 * written, so an unchanged cell keeps whatever Excel holds in it: a formula, a hyperlink, rich text.
 */
export function applyColumnWrite(workbook: ExcelJS.Workbook, write: ColumnWrite): void {
  const worksheet = findWorksheet(workbook, write.sheet);
  if (!worksheet) throw new Error(`Нет листа «${write.sheet}».`);
  write.values.forEach(([value], i) => {
    const cell = worksheet.getCell(write.firstRow + i, write.column);
    if (!sameCell(fromExcelValue(cell.value), value)) cell.value = toExcelValue(value);
  });
}

/** The curator's sheet of this name, spelt loosely as in Google Sheets (domain/bank/sheetNames.ts). */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets[findSheetName(workbook.worksheets.map((worksheet) => worksheet.name), name)];
}
