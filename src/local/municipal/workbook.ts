/** The municipal workbook in Excel: our sheets rebuilt whole, «Параметры» kept, any other sheet left as it is. */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import type { SheetGrid } from '../../domain/municipal/workbook';
import { MUNICIPAL_SHEET, readParameters, type MunicipalParameters } from '../../domain/municipal/workbook';
import { openWorkbook, worksheetTable } from '../excel/bankFile';
import { toExcelValue } from '../excel/cells';
import { HEADER_FILL, findWorksheet } from '../excel/write';

/** The existing workbook at `path` (its «Параметры» are the curator's), or a new one. */
export async function municipalWorkbook(path: string, now: Date): Promise<{ workbook: ExcelJS.Workbook; parameters: MunicipalParameters; existed: boolean }> {
  if (!existsSync(path)) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Наставник';
    workbook.created = now;
    return { workbook, parameters: readParameters(undefined), existed: false };
  }
  const workbook = await openWorkbook(path);
  const sheet = findWorksheet(workbook, MUNICIPAL_SHEET.parameters);
  return { workbook, parameters: readParameters(sheet ? worksheetTable(sheet) : undefined), existed: true };
}

export function writeMunicipalSheets(workbook: ExcelJS.Workbook, grids: readonly SheetGrid[]): void {
  for (const grid of grids) {
    const existing = findWorksheet(workbook, grid.name);
    if (existing) workbook.removeWorksheet(existing.id);
  }
  for (const grid of grids) {
    const worksheet = workbook.addWorksheet(grid.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...grid.header]);
    for (const row of grid.rows) worksheet.addRow(row.map(toExcelValue));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    grid.header.forEach((_, c) => {
      header.getCell(c + 1).fill = HEADER_FILL;
      worksheet.getColumn(c + 1).width = grid.widths[c] ?? 14;
    });
    if (grid.totalRow && grid.rows.length > 0) worksheet.getRow(grid.rows.length + 1).font = { bold: true };
    for (const c of grid.decimals ?? []) worksheet.getColumn(c + 1).numFmt = '0.0';
    if (grid.rows.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: grid.rows.length + 1, column: grid.header.length } };
  }
}
