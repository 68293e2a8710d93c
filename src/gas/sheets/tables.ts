/** Reading sheets into the domain's Tables: one getValues() per sheet, whatever its size. */
import type { BankTables } from '../../domain/bank/bank';
import type { SheetName } from '../../domain/bank/schema';
import { type Cell, type Table, tableFromGrid } from '../../domain/bank/table';
import { type SheetDates, sheetDates, spreadsheetDates } from './dates';
import { findSheetsNamed } from './find';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet as the domain reads it; dates as the wall clock of the spreadsheet shows them (dates.ts). */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, dates: SheetDates = sheetDates(sheet), name?: string): Table {
  const grid = sheet.getDataRange().getValues() as Cell[][];
  return tableFromGrid(name ?? sheet.getName(), grid.map((row) => row.map((cell) => (cell instanceof Date ? dates.fromSheet(cell) : cell))));
}

/** The named sheets that exist, each read once. */
export function readTables(spreadsheet: Spreadsheet, names: readonly SheetName[]): BankTables {
  const tables: BankTables = {};
  const dates = spreadsheetDates(spreadsheet);
  findSheetsNamed(spreadsheet, names).forEach((found, i) => {
    if (found) tables[names[i]] = readTable(found.sheet, dates, found.name);
  });
  return tables;
}
