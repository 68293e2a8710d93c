/** «Настроить банк» in Google Sheets: carries out the domain's setup plan. */
import { type NewSheetPlan, type SetupPlan, VOCABULARY_ROWS, planSetup } from '../../domain/bank/setup';
import { SHEET, SHEETS, type SheetName } from '../../domain/bank/schema';
import { asSheetRows } from '../sheets/cells';
import { writableRange } from '../sheets/range';
import { readTables } from '../sheets/tables';
import { HEADER_BACKGROUND, appendRows } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupSummary {
  created: string[];
  codes: number;
  settingsAdded: number;
}

export function setUpBank(spreadsheet: Spreadsheet, now: Date): SetupSummary {
  const tables = readTables(spreadsheet, SHEETS.map((s) => s.name));
  const plan = planSetup(tables, now);
  applySetupPlan(spreadsheet, plan);
  return {
    created: plan.create.map((p) => p.name),
    codes: plan.codes.reduce((n, p) => n + p.assigned.length, 0),
    settingsAdded: plan.settingsRows.length,
  };
}

export function applySetupPlan(spreadsheet: Spreadsheet, plan: SetupPlan): void {
  for (const sheetPlan of plan.create) createSheet(spreadsheet, sheetPlan);
  for (const codes of plan.codes) {
    writableRange(sheetNamed(spreadsheet, codes.sheet), codes.firstRow, codes.column, codes.values.length, 1).setValues(asSheetRows(codes.values, 1));
  }
  appendRows(spreadsheet, SHEET.settings, plan.settingsRows);
  if (plan.logRow) appendRows(spreadsheet, SHEET.log, [plan.logRow]);
}

function sheetNamed(spreadsheet: Spreadsheet, name: SheetName): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`Нет листа «${name}».`);
  return sheet;
}

function createSheet(spreadsheet: Spreadsheet, plan: NewSheetPlan): void {
  const sheet = spreadsheet.insertSheet(plan.name);
  const width = Math.max(1, ...plan.grid.map((row) => row.length));
  writableRange(sheet, 1, 1, plan.grid.length, width).setValues(asSheetRows(plan.grid, width));
  if (plan.frozenRows) {
    sheet.setFrozenRows(plan.frozenRows);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  }
  plan.widths.forEach((px, index) => sheet.setColumnWidth(index + 1, px));
  const body = Math.max(1, sheet.getMaxRows() - 1);
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
