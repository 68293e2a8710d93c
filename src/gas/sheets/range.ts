/** Ranges the product writes to, inside the sheet's grid. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows added beyond what a write needs, so that the next appends rarely need another insert. */
export const ROWS_HEADROOM = 500;

/**
 * getRange() refuses coordinates outside the sheet's grid («The coordinates of the range are outside the dimensions of
 * the sheet»), and writing does not grow it: a new sheet has 1000 rows and 26 columns, so «Журнал», «Рассылка» or
 * «Результаты» would stop taking rows after the thousandth. The grid is grown first; two reads when it is big enough.
 */
export function writableRange(sheet: Sheet, row: number, column: number, numRows: number, numColumns: number): Range {
  const lastRow = row + numRows - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + ROWS_HEADROOM);
  const lastColumn = column + numColumns - 1;
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  return sheet.getRange(row, column, numRows, numColumns);
}
