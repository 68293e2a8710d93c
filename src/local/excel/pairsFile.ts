/** «Пары» and «Журнал» in an Excel bank: the same appends the sidebar makes in Google Sheets. */
import type ExcelJS from 'exceljs';
import type { BankTables } from '../../domain/bank/bank';
import type { NewPair } from '../../domain/matching/confirmation';
import { pairingAppends } from '../../domain/matching/pairRecords';
import { applyAppend } from './write';

export function appendPairsToWorkbook(workbook: ExcelJS.Workbook, tables: BankTables, pairs: readonly NewPair[], now: Date): void {
  for (const append of pairingAppends(tables, pairs, now)) applyAppend(workbook, append);
}
