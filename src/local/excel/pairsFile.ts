/** «Пары» and «Журнал» in an Excel bank: the rows the sidebar writes in Google Sheets, laid out by the same headers. */
import type ExcelJS from 'exceljs';
import { SHEET } from '../../domain/bank/schema';
import type { NewPair } from '../../domain/matching/confirmation';
import { pairingLogRow, pairRows } from '../../domain/matching/pairRecords';
import { appendRows, BankFileError, worksheetTable } from './bankFile';

export function appendPairsToWorkbook(workbook: ExcelJS.Workbook, pairs: readonly NewPair[], now: Date): void {
  const sheet = workbook.getWorksheet(SHEET.pairs);
  const header = sheet ? headerOf(sheet) : undefined;
  if (!sheet || !header) throw new BankFileError(`В книге нет листа «${SHEET.pairs}»: выполните «npm run -s cli -- init» или «Настроить банк».`);
  appendRows(sheet, pairRows(header, pairs));
  const log = workbook.getWorksheet(SHEET.log);
  if (log) {
    const logHeader = headerOf(log);
    appendRows(log, [pairingLogRow(logHeader, now, pairs)]);
  }
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  return worksheetTable(sheet).header;
}
