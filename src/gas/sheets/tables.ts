/** Reading sheets into the domain's Tables: one getValues() per sheet, whatever its size. */
import type { BankTables } from '../../domain/bank/bank';
import type { SheetName } from '../../domain/bank/schema';
import { type Cell, type Table, tableFromGrid } from '../../domain/bank/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet): Table {
  return tableFromGrid(sheet.getName(), sheet.getDataRange().getValues() as Cell[][]);
}

/** The named sheets that exist, each read once. */
export function readTables(spreadsheet: Spreadsheet, names: readonly SheetName[]): BankTables {
  const tables: BankTables = {};
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) tables[name] = readTable(sheet);
  }
  return tables;
}
