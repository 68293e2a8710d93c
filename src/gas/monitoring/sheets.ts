/**
 * Moving monitoring plans into the spreadsheet: one read per sheet, one write per sheet and plan. The plans say what
 * to write; this file only finds the sheets and writes ranges.
 */
import type { AppendPlan } from '../../domain/bank/append';
import { SHEET, type SheetName, SHEETS } from '../../domain/bank/schema';
import type { Cell } from '../../domain/bank/table';
import type { SheetRewrite } from '../../domain/monitoring/recompute';
import { type DashboardLayout, STYLE_FORMAT } from '../../domain/scoring/dashboard';
import { asSheetRows } from '../sheets/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8f0fe';

/** A product sheet, created with its header when the curator has not run «Настроить банк» since it was added. */
export function ensureSheet(spreadsheet: Spreadsheet, name: SheetName): Sheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(name);
  const spec = SHEETS.find((candidate) => candidate.name === name);
  const header = spec?.columns.map((column) => column.header) ?? [];
  if (header.length > 0) {
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** One append: the header only when columns were added, then the rows under the data. */
export function writeAppend(spreadsheet: Spreadsheet, append: AppendPlan): void {
  if (append.rows.length === 0) return;
  const sheet = ensureSheet(spreadsheet, append.sheet as SheetName);
  const width = append.header.length;
  if (append.headerChanged) sheet.getRange(1, 1, 1, width).setValues(asSheetRows([append.header], width));
  sheet.getRange(append.firstRow, 1, append.rows.length, width).setValues(asSheetRows(append.rows, width));
}

/** A derived sheet rewritten whole: header and rows in one write, leftover old rows cleared in one more. */
export function writeRewrite(spreadsheet: Spreadsheet, rewrite: SheetRewrite): void {
  const sheet = ensureSheet(spreadsheet, rewrite.sheet as SheetName);
  const width = rewrite.header.length;
  const grid: Cell[][] = [rewrite.header, ...rewrite.rows];
  sheet.getRange(1, 1, grid.length, width).setValues(asSheetRows(grid, width));
  const leftover = rewrite.clearRows - rewrite.rows.length;
  if (leftover > 0) sheet.getRange(rewrite.rows.length + 2, 1, leftover, width).clearContent();
}

/** «Мониторинг»: values, backgrounds and weights in one write each; the charts rebuilt over their new ranges. */
export function writeDashboard(spreadsheet: Spreadsheet, layout: DashboardLayout): Sheet {
  const sheet = ensureSheet(spreadsheet, SHEET.monitoring);
  sheet.clear();
  const rows = layout.cells.length;
  const width = layout.cells[0].length;
  const range = sheet.getRange(1, 1, rows, width);
  range.setValues(asSheetRows(layout.cells, width));
  range.setBackgrounds(layout.styles.map((row) => row.map((style) => (style ? STYLE_FORMAT[style].background : null)) as string[]));
  range.setFontWeights(layout.styles.map((row) => row.map((style) => (style && STYLE_FORMAT[style].bold ? 'bold' : 'normal'))));
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const spec of layout.charts) {
    const builder = spec.kind === 'pie' ? sheet.newChart().asPieChart() : spec.kind === 'bar' ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
    const chart = builder
      .addRange(sheet.getRange(spec.row, spec.column, spec.rows, spec.columns))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', spec.title)
      .build();
    sheet.insertChart(chart);
  }
  return sheet;
}
