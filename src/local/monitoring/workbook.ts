/** Monitoring plans carried out on an Excel workbook: the offline counterpart of src/gas/monitoring/sheets.ts. */
import type ExcelJS from 'exceljs';
import type { AppendPlan } from '../../domain/bank/append';
import { SHEET, SHEETS } from '../../domain/bank/schema';
import type { ResponseSource, SheetRewrite } from '../../domain/monitoring/recompute';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { type DashboardLayout, STYLE_FORMAT } from '../../domain/scoring/dashboard';
import { worksheetTable, writeRows } from '../excel/bankFile';
import { toExcelValue } from '../excel/cells';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };

function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

export function ensureWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(name);
  if (existing) return existing;
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const spec = SHEETS.find((candidate) => candidate.name === name);
  if (spec) {
    spec.columns.forEach((column, index) => {
      const cell = worksheet.getCell(1, index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      worksheet.getColumn(index + 1).width = Math.round(column.width / 7);
    });
  }
  return worksheet;
}

export function applyAppend(workbook: ExcelJS.Workbook, append: AppendPlan): void {
  if (append.rows.length === 0) return;
  const worksheet = ensureWorksheet(workbook, append.sheet);
  if (append.headerChanged) writeRows(worksheet, 1, 1, [append.header]);
  writeRows(worksheet, append.firstRow, 1, append.rows);
}

export function applyRewrite(workbook: ExcelJS.Workbook, rewrite: SheetRewrite): void {
  const worksheet = ensureWorksheet(workbook, rewrite.sheet);
  writeRows(worksheet, 1, 1, [rewrite.header, ...rewrite.rows]);
  const leftover = rewrite.clearRows - rewrite.rows.length;
  if (leftover > 0) writeRows(worksheet, rewrite.rows.length + 2, 1, Array.from({ length: leftover }, () => rewrite.header.map(() => null)));
}

/** «Мониторинг» in Excel: the same grid and colours; charts are drawn by Google Sheets, so their places get a note. */
export function writeDashboardToWorkbook(workbook: ExcelJS.Workbook, layout: DashboardLayout): void {
  const existing = workbook.getWorksheet(SHEET.monitoring);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(SHEET.monitoring);
  layout.cells.forEach((row, r) => row.forEach((value, c) => {
    const cell = worksheet.getCell(r + 1, c + 1);
    cell.value = toExcelValue(value);
    const style = layout.styles[r][c];
    if (!style) return;
    const format = STYLE_FORMAT[style];
    if (format.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
    if (format.bold) cell.font = { bold: true };
  }));
  worksheet.getColumn(1).width = 60;
  for (let c = 2; c <= (layout.cells[0]?.length ?? 1); c += 1) worksheet.getColumn(c).width = 18;
  for (const chart of layout.charts) {
    worksheet.getCell(chart.anchorRow, chart.anchorColumn).value = `Диаграмма «${chart.title}» строится в Google Таблицах.`;
  }
}

/** Response sheets of the workbook, by the names the catalog gives them. */
export function workbookSources(workbook: ExcelJS.Workbook, catalog: readonly Questionnaire[]): ResponseSource[] {
  return catalog.flatMap((questionnaire) => {
    const worksheet = workbook.getWorksheet(questionnaire.responseSheet);
    if (!worksheet) return [];
    const table = worksheetTable(worksheet);
    return [{ questionnaire, table: { header: table.header, rows: table.rows, source: table.sheet } }];
  });
}
