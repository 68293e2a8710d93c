/**
 * A DOCX run recorded in the Excel bank, as Google Sheets records a made document: each order a row in «Приказы»
 * (link = the DOCX file, status «проект»), the pairs order's reference in «Пары» → «Приказ», a «Журнал» row per action.
 */
import type ExcelJS from 'exceljs';
import type { DocumentKind } from '../../domain/documents/catalog';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { BankTables } from '../../domain/bank/bank';
import { ORDER_COLUMNS, SHEET } from '../../domain/bank/schema';
import { orderRegisterRow } from '../../domain/documents/sheets';
import { readWorkbookTables } from '../excel/bankFile';
import { appendLog, appendRows, applyColumnWrite, ensureWorksheet } from '../excel/write';
import { generateDocxFiles, writeDocxRun, type DocxRun } from './generate';

/** The document as the register links it: relative to the workbook's folder when it lies under it (a demo folder moves whole). */
export function documentLink(bankPath: string, documentPath: string): string {
  const fromBank = relative(dirname(resolve(bankPath)), resolve(documentPath));
  return fromBank.startsWith('..') || isAbsolute(fromBank) ? resolve(documentPath) : fromBank;
}

/** Whether the run changes the workbook at all. */
export function runChangesWorkbook(run: DocxRun): boolean {
  return run.orders.length > 0 || run.log.length > 0;
}

export function recordDocxRun(workbook: ExcelJS.Workbook, tables: BankTables, run: DocxRun, bankPath: string): void {
  if (run.orders.length > 0) {
    const header = tables[SHEET.orders]?.header ?? Object.values(ORDER_COLUMNS);
    const rows = run.orders.map((order) => orderRegisterRow(header, { ...order.record, link: documentLink(bankPath, order.record.link) }));
    // No PDF offline: the cell stays blank rather than holding an empty string.
    appendRows(ensureWorksheet(workbook, SHEET.orders), rows.map((row) => row.map((cell) => (cell === '' ? null : cell))));
    for (const order of run.orders) if (order.pairsWrite) applyColumnWrite(workbook, order.pairsWrite);
  }
  appendLog(workbook, run.log);
}

/**
 * A run of `docs`: the documents made, recorded in the workbook, the bank saved by `save`, and only then the files
 * written — a bank that cannot be saved leaves no order on disk that its register does not know.
 */
export async function makeDocuments(workbook: ExcelJS.Workbook, bankPath: string, kinds: readonly DocumentKind[], dirs: { out: string; templates: string }, today: Date, save: () => Promise<unknown>): Promise<DocxRun> {
  const tables = readWorkbookTables(workbook);
  const run = await generateDocxFiles(tables, kinds, dirs.out, dirs.templates, today);
  if (runChangesWorkbook(run)) {
    recordDocxRun(workbook, tables, run, bankPath);
    await save();
  }
  writeDocxRun(run);
  return run;
}
