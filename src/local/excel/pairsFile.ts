/** «Пары» and «Журнал» in an Excel bank: the same appends the sidebar makes in Google Sheets. */
import type ExcelJS from 'exceljs';
import type { AppendPlan } from '../../domain/bank/append';
import type { BankTables } from '../../domain/bank/bank';
import { NUMBER_FORMATS, SHEETS } from '../../domain/bank/schema';
import { normalizeHeader } from '../../domain/bank/table';
import type { NewPair } from '../../domain/matching/confirmation';
import { pairingAppends } from '../../domain/matching/pairRecords';
import { applyAppend, findWorksheet } from './write';

/**
 * Dates written get the bank's day format: a sheet the CLI has just created has no column formats, and
 * Excel would show a bare date as «mm-dd-yy».
 */
function formatDates(workbook: ExcelJS.Workbook, append: AppendPlan): void {
  const worksheet = findWorksheet(workbook, append.sheet);
  const spec = SHEETS.find((s) => s.name === append.sheet);
  if (!worksheet || !spec) return;
  const formats = append.header.map((title) => {
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(title));
    return column && (column.type === 'date' || column.type === 'datetime') ? NUMBER_FORMATS[column.type] : undefined;
  });
  append.rows.forEach((row, r) => row.forEach((cell, c) => {
    const format = formats[c];
    if (format && cell instanceof Date) worksheet.getCell(append.firstRow + r, c + 1).numFmt = format;
  }));
}

export function appendPairsToWorkbook(workbook: ExcelJS.Workbook, tables: BankTables, pairs: readonly NewPair[], now: Date): void {
  for (const append of pairingAppends(tables, pairs, now)) {
    applyAppend(workbook, append);
    formatDates(workbook, append);
  }
}
