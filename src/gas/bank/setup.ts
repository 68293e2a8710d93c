/** «Настроить банк» in Google Sheets: carries out the domain's setup plan. */
import { type CodePlan, type NewSheetPlan, type SetupPlan, VOCABULARY_ROWS, describeSetup, planSetup } from '../../domain/bank/setup';
import { SHEET, SHEETS, type SheetName } from '../../domain/bank/schema';
import { asSheetRows } from '../sheets/cells';
import { spreadsheetDates } from '../sheets/dates';
import { ROWS_HEADROOM, writableRange } from '../sheets/range';
import { readTables } from '../sheets/tables';
import { HEADER_BACKGROUND, writeAppend } from '../sheets/write';
import { findSheet } from '../sheets/find';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupSummary {
  plan: SetupPlan;
  /** What was done, in Russian, for the alert. */
  lines: string[];
}

export function setUpBank(spreadsheet: Spreadsheet, now: Date): SetupSummary {
  const tables = readTables(spreadsheet, SHEETS.map((s) => s.name));
  const plan = planSetup(tables, now);
  applySetupPlan(spreadsheet, plan);
  return { plan, lines: describeSetup(plan) };
}

export function applySetupPlan(spreadsheet: Spreadsheet, plan: SetupPlan): void {
  for (const sheetPlan of plan.create) createSheet(spreadsheet, sheetPlan);
  for (const codes of plan.codes) writeCodes(spreadsheet, codes);
  if (plan.settings) writeAppend(spreadsheet, plan.settings);
  if (plan.log) writeAppend(spreadsheet, plan.log);
}

/**
 * The code column from the first to the last new row in one write. The rows between keep what they hold: their values
 * go back as read and a formula goes back as the formula (getValues gives only its result), so one extra read is
 * made only when there are such rows.
 */
function writeCodes(spreadsheet: Spreadsheet, codes: CodePlan): void {
  const range = writableRange(sheetNamed(spreadsheet, codes.sheet), codes.firstRow, codes.column, codes.values.length, 1);
  const formulas = codes.fresh.every(Boolean) ? null : range.getFormulas();
  const values = asSheetRows(codes.values, 1, spreadsheetDates(spreadsheet)).map((row, i) => (formulas?.[i][0] ? [formulas[i][0]] : row));
  range.setValues(values);
}

function sheetNamed(spreadsheet: Spreadsheet, name: SheetName): Sheet {
  const sheet = findSheet(spreadsheet, name);
  if (!sheet) throw new Error(`Нет листа «${name}».`);
  return sheet;
}

function createSheet(spreadsheet: Spreadsheet, plan: NewSheetPlan): void {
  const sheet = plan.existing ? sheetNamed(spreadsheet, plan.name) : spreadsheet.insertSheet(plan.name);
  const width = Math.max(1, ...plan.grid.map((row) => row.length));
  writableRange(sheet, 1, 1, plan.grid.length, width).setValues(asSheetRows(plan.grid, width, spreadsheetDates(spreadsheet)));
  // A sheet the curator cut down to its header: Sheets refuses to freeze every row, and the formats need row 2.
  let maxRows = sheet.getMaxRows();
  if (maxRows <= Math.max(1, plan.frozenRows ?? 0)) {
    sheet.insertRowsAfter(maxRows, ROWS_HEADROOM);
    maxRows += ROWS_HEADROOM;
  }
  if (plan.frozenRows) {
    sheet.setFrozenRows(plan.frozenRows);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  }
  plan.widths.forEach((px, index) => sheet.setColumnWidth(index + 1, px));
  const body = maxRows - 1;
  for (const format of plan.formats) sheet.getRange(2, format.column, body, 1).setNumberFormat(format.format);
  if (plan.dropdowns.length) {
    const vocabularies = sheetNamed(spreadsheet, SHEET.vocabularies);
    // The curator may have shortened «Справочники»: a list range never reaches past its grid.
    const listRows = Math.max(1, Math.min(VOCABULARY_ROWS, vocabularies.getMaxRows() - 1));
    for (const dropdown of plan.dropdowns) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInRange(vocabularies.getRange(2, dropdown.vocabularyColumn, listRows, 1), true)
        .setAllowInvalid(false)
        .setHelpText(dropdown.hint)
        .build();
      sheet.getRange(2, dropdown.column, body, 1).setDataValidation(rule);
    }
  }
  for (const note of plan.notes) sheet.getRange(1, note.column).setNote(note.note);
}
