/** Monitoring plans carried out on an Excel workbook: the offline counterpart of src/gas/monitoring/sheets.ts. */
import type ExcelJS from 'exceljs';
import { SHEET } from '../../domain/bank/schema';
import type { ResponseSource } from '../../domain/monitoring/recompute';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { DASHBOARD_COLUMN_WIDTHS, type DashboardLayout, STYLE_FORMAT, wrapGrid } from '../../domain/scoring/dashboard';
import { worksheetTable } from '../excel/bankFile';
import { toExcelValue } from '../excel/cells';
import { findWorksheet } from '../excel/write';

function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

/** «Мониторинг» in Excel: the same grid and colours; charts are drawn by Google Sheets, so their places get a note. */
export function writeDashboardToWorkbook(workbook: ExcelJS.Workbook, layout: DashboardLayout): void {
  const existing = findWorksheet(workbook, SHEET.monitoring);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(SHEET.monitoring);
  const wraps = wrapGrid(layout.cells);
  layout.cells.forEach((row, r) => row.forEach((value, c) => {
    const cell = worksheet.getCell(r + 1, c + 1);
    cell.value = toExcelValue(value);
    if (wraps[r][c]) cell.alignment = { wrapText: true, vertical: 'top' };
    const style = layout.styles[r][c];
    if (!style) return;
    const format = STYLE_FORMAT[style];
    if (format.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
    if (format.bold) cell.font = { bold: true };
  }));
  worksheet.getColumn(1).width = Math.round(DASHBOARD_COLUMN_WIDTHS.first / 7);
  for (let c = 2; c <= (layout.cells[0]?.length ?? 1); c += 1) worksheet.getColumn(c).width = Math.round(DASHBOARD_COLUMN_WIDTHS.other / 7);
  for (const chart of layout.charts) {
    worksheet.getCell(chart.anchorRow, chart.anchorColumn).value = `Диаграмма «${chart.title}» строится в Google Таблицах.`;
  }
}

/** Response sheets of the workbook, by the names the catalog gives them. */
export function workbookSources(workbook: ExcelJS.Workbook, catalog: readonly Questionnaire[]): ResponseSource[] {
  return catalog.flatMap((questionnaire) => {
    const worksheet = findWorksheet(workbook, questionnaire.responseSheet);
    if (!worksheet) return [];
    const table = worksheetTable(worksheet);
    return [{ questionnaire, table: { header: table.header, rows: table.rows, source: table.sheet } }];
  });
}
