/**
 * The municipal spreadsheet's sheets: «Параметры» (the municipal curator's, made once and never rewritten), the hidden
 * sheet slices read packages into, and the sheets rebuilt from the consolidation — each in one write of its values.
 */
import type { Cell, Table } from '../../domain/bank/table';
import { STAGING_HEADER, STAGING_SHEET } from '../../domain/municipal/staging';
import { isMunicipalParameters, MUNICIPAL_SHEET, type SheetGrid } from '../../domain/municipal/workbook';
import { asSheetRows } from '../sheets/cells';
import { spreadsheetDates } from '../sheets/dates';
import { findSheet } from '../sheets/find';
import { writableRange } from '../sheets/range';
import { readTable } from '../sheets/tables';
import { HEADER_BACKGROUND } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const NOT_MUNICIPAL = `Эта таблица — не сводка муниципалитета: в ней нет листа «${MUNICIPAL_SHEET.parameters}» сводки. ` +
  'Создайте новую Google Таблицу для сводки и выберите в ней «Муниципалитет → Сделать эту таблицу сводкой муниципалитета».';

/** «Параметры» read once, or undefined when the spreadsheet is not a municipal summary. */
export function municipalParameters(spreadsheet: Spreadsheet): Table | undefined {
  const sheet = findSheet(spreadsheet, MUNICIPAL_SHEET.parameters);
  const table = sheet ? readTable(sheet) : undefined;
  return isMunicipalParameters(table) ? table : undefined;
}

function styleHeader(sheet: Sheet, width: number): void {
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);
}

/**
 * A sheet rebuilt whole: header and rows in one setValues, what is left of the previous build cleared in one call.
 * Column widths are set only on a new sheet: the municipal curator's own widths stay.
 */
export function writeGrid(spreadsheet: Spreadsheet, grid: SheetGrid): void {
  const existing = findSheet(spreadsheet, grid.name);
  const sheet = existing ?? spreadsheet.insertSheet(grid.name);
  const width = grid.header.length;
  const values: Cell[][] = [grid.header, ...grid.rows];
  const lastRow = existing ? sheet.getLastRow() : 0;
  const lastColumn = existing ? sheet.getLastColumn() : 0;
  writableRange(sheet, 1, 1, values.length, width).setValues(asSheetRows(values, width, spreadsheetDates(spreadsheet)));
  if (lastRow > values.length) sheet.getRange(values.length + 1, 1, lastRow - values.length, Math.max(width, lastColumn)).clearContent();
  if (lastColumn > width) sheet.getRange(1, width + 1, Math.min(lastRow, values.length), lastColumn - width).clearContent();
  if (!existing) {
    styleHeader(sheet, width);
    // Sheets counts a column's width in pixels; the grids give characters, as Excel does (about 7 px each).
    grid.widths.forEach((chars, c) => sheet.setColumnWidth(c + 1, Math.round(chars * 7)));
  }
}

/** The hidden sheet slices read packages into, emptied for a new reading. */
export function resetStaging(spreadsheet: Spreadsheet): void {
  const existing = findSheet(spreadsheet, STAGING_SHEET);
  if (existing) {
    const rows = existing.getLastRow();
    if (rows > 1) existing.getRange(2, 1, rows - 1, STAGING_HEADER.length).clearContent();
    return;
  }
  const sheet = spreadsheet.insertSheet(STAGING_SHEET);
  writableRange(sheet, 1, 1, 1, STAGING_HEADER.length).setValues([[...STAGING_HEADER]]);
  sheet.hideSheet();
}

/** A slice's rows under those of the earlier slices, in one write. */
export function appendStaging(spreadsheet: Spreadsheet, rows: readonly Cell[][]): void {
  if (rows.length === 0) return;
  const sheet = findSheet(spreadsheet, STAGING_SHEET);
  if (!sheet) throw new Error(`Нет листа «${STAGING_SHEET}»`);
  writableRange(sheet, sheet.getLastRow() + 1, 1, rows.length, STAGING_HEADER.length)
    .setValues(asSheetRows(rows, STAGING_HEADER.length, spreadsheetDates(spreadsheet)));
}

export function readStagingTable(spreadsheet: Spreadsheet): Table | undefined {
  const sheet = findSheet(spreadsheet, STAGING_SHEET);
  return sheet ? readTable(sheet) : undefined;
}
