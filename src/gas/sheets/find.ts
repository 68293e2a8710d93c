/** Finding the curator's sheets by name (the rule: domain/bank/sheetNames.ts). */
import { findSheetName } from '../../domain/bank/sheetNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The exact name is asked first, so the usual case costs one call; the list of sheets is read only when it is missing. */
export function findSheet(spreadsheet: Spreadsheet, name: string): Sheet | null {
  const exact = spreadsheet.getSheetByName(name);
  if (exact) return exact;
  const sheets = spreadsheet.getSheets();
  return sheets[findSheetName(sheets.map((sheet) => sheet.getName()), name)] ?? null;
}
