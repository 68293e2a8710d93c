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

/** Several sheets at once: each asked by its exact name, and the list of sheets read once for all that are missing. */
export function findSheets(spreadsheet: Spreadsheet, names: readonly string[]): Array<Sheet | null> {
  const found = names.map((name) => spreadsheet.getSheetByName(name));
  if (found.every(Boolean)) return found;
  const sheets = spreadsheet.getSheets();
  const sheetNames = sheets.map((sheet) => sheet.getName());
  return found.map((sheet, i) => sheet ?? sheets[findSheetName(sheetNames, names[i])] ?? null);
}
