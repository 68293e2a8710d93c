/** The bank as an Excel workbook: the same sheets and columns as in Google Sheets, read and written with exceljs. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BankTables } from '../../domain/bank/bank';
import { SHEETS, type SheetName } from '../../domain/bank/schema';
import { type NewSheetPlan, type SetupPlan, VOCABULARY_ROWS } from '../../domain/bank/setup';
import { type Cell, type Table, columnLetter, tableFromGrid } from '../../domain/bank/table';
import { fromExcelValue, toExcelValue } from './cells';
import { BankFileError, fileProblem } from '../files/fileErrors';
import { type SafeSaveOptions, type SafeSaveResult, writeFileSafely } from '../files/atomicWrite';
import { dataExtent } from './extent';
import { KIND_PROBLEM, fileKind } from './fileKind';
import { rememberOrigin } from './package/origin';
import { workbookBytes } from './package/patch';
export { workbookBytes };
import { packageLayout, readableCopy } from './package/readable';
import { HEADER_FILL, applyAppend, findWorksheet } from './write';

/** Rows that get dropdowns and formats in a new sheet (Google Sheets applies them to the whole column). */
const FORMATTED_ROWS = 1000;

export { BankFileError, fileProblem } from '../files/fileErrors';

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new BankFileError(`Не удалось открыть «${path}»: файл не найден.`);
  if (statSync(path).isDirectory()) throw new BankFileError(`Не удалось открыть «${path}»: это папка, а не файл.`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new BankFileError(`Не удалось открыть «${path}»: ${fileProblem(error) ?? 'файл не читается'}.`);
  }
  return workbookFromBytes(bytes, path);
}

/** The workbook in these bytes; `path` names the file in messages. */
async function workbookFromBytes(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const kind = fileKind(bytes);
  if (kind !== 'zip') throw new BankFileError(`Не удалось открыть «${path}»: ${KIND_PROBLEM[kind]}.`);
  const notWorkbook = new BankFileError(`Не удалось открыть «${path}»: это не книга Excel (.xlsx) или файл повреждён.`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notWorkbook;
  }
  // A zip that is not a workbook (no workbook part) has no sheets to read; Excel never saves one.
  const layout = await packageLayout(zip);
  if (!layout || !layout.sheets.some((sheet) => sheet.kind === 'worksheet')) {
    throw new BankFileError(`Не удалось открыть «${path}»: это не книга Excel (.xlsx).`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await readableCopy(zip, layout)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw notWorkbook;
  }
  if (workbook.worksheets.length === 0) throw new BankFileError(`Не удалось открыть «${path}»: это не книга Excel (.xlsx).`);
  rememberOrigin(workbook, bytes, zip, layout);
  return workbook;
}

/**
 * Saves the bank safely (files/atomicWrite.ts): only the cells the product changed are written into the package it was
 * read from (package/patch.ts), into a temporary file beside the bank, flushed, renamed over it, the previous version
 * kept in «Резервные копии». A refusal names the file and says the bank was not changed.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string, options: SafeSaveOptions = {}): Promise<SafeSaveResult> {
  return writeFileSafely(path, await workbookBytes(workbook), options);
}

/** The sheet as a table, up to where its data ends (a stray far cell is left out: see extent.ts). */
export function worksheetTable(worksheet: ExcelJS.Worksheet): Table {
  const { rows, columns } = dataExtent(worksheet);
  const grid: Cell[][] = Array.from({ length: rows }, () => []);
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber > rows) return;
    const cells: Cell[] = [];
    for (let c = 1; c <= columns; c++) cells.push(fromExcelValue(row.getCell(c).value));
    grid[rowNumber - 1] = cells;
  });
  return tableFromGrid(worksheet.name, grid);
}

export function readWorkbookTables(workbook: ExcelJS.Workbook, names: readonly SheetName[] = SHEETS.map((s) => s.name)): BankTables {
  const tables: BankTables = {};
  for (const name of names) {
    const worksheet = findWorksheet(workbook, name);
    if (worksheet) tables[name] = worksheetTable(worksheet);
  }
  return tables;
}

export function applySetupPlanToWorkbook(workbook: ExcelJS.Workbook, plan: SetupPlan): void {
  for (const sheetPlan of plan.create) createWorksheet(workbook, sheetPlan);
  // Only the new codes are written: a cell between them keeps whatever Excel holds in it (a formula, a hyperlink).
  for (const codes of plan.codes) {
    const worksheet = requireWorksheet(workbook, codes.sheet);
    codes.values.forEach(([value], i) => {
      if (codes.fresh[i]) worksheet.getCell(codes.firstRow + i, codes.column).value = toExcelValue(value);
    });
  }
  if (plan.settings) applyAppend(workbook, plan.settings);
  if (plan.log) applyAppend(workbook, plan.log);
}

export function requireWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = findWorksheet(workbook, name);
  if (!worksheet) throw new BankFileError(`В книге нет листа «${name}».`);
  return worksheet;
}

interface DataValidationsModel {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function createWorksheet(workbook: ExcelJS.Workbook, plan: NewSheetPlan): void {
  const views: Array<Partial<ExcelJS.WorksheetView>> = plan.frozenRows ? [{ state: 'frozen', ySplit: plan.frozenRows }] : [];
  const existing = plan.existing ? findWorksheet(workbook, plan.name) : undefined;
  if (existing && views.length) existing.views = views as ExcelJS.WorksheetView[];
  const worksheet = existing ?? workbook.addWorksheet(plan.name, { views });
  plan.grid.forEach((row, r) => row.forEach((cell, c) => {
    worksheet.getCell(r + 1, c + 1).value = toExcelValue(cell);
  }));
  // Google Sheets widths are pixels; an Excel width unit is about 7 px of the default font.
  plan.widths.forEach((px, i) => {
    worksheet.getColumn(i + 1).width = Math.round(px / 7);
  });
  if (plan.frozenRows) {
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    for (let c = 1; c <= (plan.grid[0]?.length ?? 0); c++) header.getCell(c).fill = HEADER_FILL;
  }
  for (const format of plan.formats) worksheet.getColumn(format.column).numFmt = format.format;
  const validations = (worksheet as unknown as { dataValidations: DataValidationsModel }).dataValidations;
  for (const dropdown of plan.dropdowns) {
    const letter = columnLetter(dropdown.vocabularyColumn);
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'Справочники'!$${letter}$2:$${letter}$${VOCABULARY_ROWS + 1}`],
      showErrorMessage: true,
      errorTitle: 'Значение не из справочника',
      error: dropdown.hint,
      showInputMessage: true,
      prompt: dropdown.hint,
    };
    for (let row = 2; row <= FORMATTED_ROWS; row++) validations.add(`${columnLetter(dropdown.column)}${row}`, validation);
  }
  for (const note of plan.notes) worksheet.getCell(1, note.column).note = note.note;
}
