/** «Проверить банк» in Google Sheets: one read per sheet, the domain's checks, and jumping to a cell. */
import { BANK_SHEETS } from '../../domain/bank/bank';
import type { CheckReport } from '../../domain/bank/issues';
import { findColumn } from '../../domain/bank/table';
import { checkBank } from '../../domain/bank/validation';
import { readTables } from '../sheets/tables';
import { findSheet } from '../sheets/find';

export function checkSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckReport {
  return checkBank(readTables(spreadsheet, BANK_SHEETS));
}

export interface CellTarget {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** Selects the cell of an issue so that the curator can fix it; a column is found by its header. */
export function activateCell(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, target: CellTarget): void {
  const sheet = findSheet(spreadsheet, target.sheet);
  if (!sheet) throw new Error(`Нет листа «${target.sheet}».`);
  let column = 1;
  if (target.column) {
    const width = Math.max(1, sheet.getLastColumn());
    const header = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
    column = Math.max(1, findColumn({ header }, target.column) + 1);
  }
  sheet.getRange(target.row ?? 1, column).activate();
}
