/** Reading sheets into the domain's Tables: one getValues() per sheet, whatever its size. */
import type { BankTables } from '../../domain/bank/bank';
import type { SheetName } from '../../domain/bank/schema';
import { type Cell, type Table, tableFromGrid } from '../../domain/bank/table';
import { type SheetDates, sheetDates, spreadsheetDates } from './dates';
import { findSheets } from './find';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet as the domain reads it; dates as the wall clock of the spreadsheet shows them (dates.ts). */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, dates: SheetDates = sheetDates(sheet)): Table {
  const grid = sheet.getDataRange().getValues() as Cell[][];
  return tableFromGrid(sheet.getName(), grid.map((row) => row.map((cell) => (cell instanceof Date ? dates.fromSheet(cell) : cell))));
}

/** The named sheets that exist, each read once. */
export function readTables(spreadsheet: Spreadsheet, names: readonly SheetName[]): BankTables {
  const tables: BankTables = {};
  const dates = spreadsheetDates(spreadsheet);
  findSheets(spreadsheet, names).forEach((sheet, i) => {
    if (sheet) tables[names[i]] = readTable(sheet, dates);
  });
  return tables;
}
