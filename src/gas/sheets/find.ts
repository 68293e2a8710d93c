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

/**
 * Several sheets at once, each with its name as the spreadsheet spells it (no getName() call for those found by their
 * exact name): each asked by its exact name, and the list of sheets read once for all that are missing.
 */
export function findSheetsNamed(spreadsheet: Spreadsheet, names: readonly string[]): Array<{ sheet: Sheet; name: string } | null> {
  const found = names.map((name) => spreadsheet.getSheetByName(name));
  if (found.every(Boolean)) return found.map((sheet, i) => ({ sheet: sheet as Sheet, name: names[i] }));
  const sheets = spreadsheet.getSheets();
  const sheetNames = sheets.map((sheet) => sheet.getName());
  return found.map((sheet, i) => {
    if (sheet) return { sheet, name: names[i] };
    const index = findSheetName(sheetNames, names[i]);
    return index >= 0 ? { sheet: sheets[index], name: sheetNames[index] } : null;
  });
}

/** Several sheets at once, as findSheetsNamed finds them, without their names. */
export function findSheets(spreadsheet: Spreadsheet, names: readonly string[]): Array<Sheet | null> {
  return findSheetsNamed(spreadsheet, names).map((found) => found?.sheet ?? null);
}
