/** Excel banks for CLI tests: sheet grids written to a temporary .xlsx, and sheets read back as records by header. */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Cell } from '../../src/domain/bank/table';
import { fromExcelValue, toExcelValue } from '../../src/local/excel/cells';
import { tempDir } from './cli';

/** Sheet grids as an in-memory workbook, one sheet per grid ('' is an empty cell). */
export function workbookOfGrids(grids: Record<string, Cell[][]>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(grids)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((cell, c) => { sheet.getCell(r + 1, c + 1).value = toExcelValue(cell === '' ? null : cell); }));
  }
  return workbook;
}

export async function writeGrids(grids: Record<string, Cell[][]>, file = join(tempDir(), 'bank.xlsx')): Promise<string> {
  await workbookOfGrids(grids).xlsx.writeFile(file);
  return file;
}

/** The data rows of a sheet as {header: value}, values as the domain reads them (dates at local midnight). */
export async function sheetRecords(file: string, sheetName: string): Promise<Record<string, Cell>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(fromExcelValue(v) ?? ''));
  const records: Record<string, Cell>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, Cell> = {};
    header.forEach((title, i) => { record[title] = fromExcelValue(row.getCell(i + 1).value); });
    if (Object.values(record).some((v) => v !== null && v !== '')) records.push(record);
  });
  return records;
}
