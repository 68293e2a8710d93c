/**
 * Moving monitoring plans into the spreadsheet: one read per sheet, one write per sheet and plan. The plans say what
 * to write; this file only finds the sheets and writes ranges.
 */
import { SHEET } from '../../domain/bank/schema';
import { DASHBOARD_COLUMN_WIDTHS, type DashboardLayout, STYLE_FORMAT, wrapGrid } from '../../domain/scoring/dashboard';
import { asSheetRows } from '../sheets/cells';
import { spreadsheetDates } from '../sheets/dates';
import { writableRange } from '../sheets/range';
import { ensureSheet } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** «Мониторинг»: values, backgrounds, weights and wraps in one write each; the charts set to their new ranges. */
export function writeDashboard(spreadsheet: Spreadsheet, layout: DashboardLayout): Sheet {
  const sheet = ensureSheet(spreadsheet, SHEET.monitoring);
  sheet.clear();
  const rows = layout.cells.length;
  const width = layout.cells[0].length;
  const range = writableRange(sheet, 1, 1, rows, width);
  range.setValues(asSheetRows(layout.cells, width, spreadsheetDates(spreadsheet)));
  // null resets a cell's background (the sheet was cleared anyway).
  range.setBackgrounds(layout.styles.map((row) => row.map((style) => (style ? STYLE_FORMAT[style].background : null))));
  range.setFontWeights(layout.styles.map((row) => row.map((style) => (style && STYLE_FORMAT[style].bold ? 'bold' : 'normal'))));
  // Without widths and wrapping every label next to a number is cut off at Sheets' default 100 px.
  range.setWraps(wrapGrid(layout.cells));
  range.setVerticalAlignment('top');
  sheet.setColumnWidth(1, DASHBOARD_COLUMN_WIDTHS.first);
  if (width > 1) sheet.setColumnWidths(2, width - 1, DASHBOARD_COLUMN_WIDTHS.other);
  // The charts there are changed in place (modify → updateChart) rather than removed and inserted again: fewer calls,
  // and a chart the curator resized or recoloured keeps that. Extra ones go, missing ones are inserted.
  const existing = sheet.getCharts();
  layout.charts.forEach((spec, index) => {
    const current = existing[index];
    const base = current ? current.modify().clearRanges() : sheet.newChart();
    const builder = spec.kind === 'pie' ? base.asPieChart() : spec.kind === 'bar' ? base.asBarChart() : base.asColumnChart();
    const chart = builder
      .addRange(sheet.getRange(spec.row, spec.column, spec.rows, spec.columns))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', spec.title)
      .build();
    if (current) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const extra of existing.slice(layout.charts.length)) sheet.removeChart(extra);
  return sheet;
}
