/** An order marked «подписан» in «Приказы» approves the pairs it lists: their «Статус» becomes «утверждена». */
import { readPairs } from '../../domain/bank/people';
import { ORDER_COLUMNS, SHEET } from '../../domain/bank/schema';
import { findColumn } from '../../domain/bank/table';
import { readVocabularies } from '../../domain/bank/vocabularies';
import { logEntry } from '../../domain/bank/log';
import { pairsApprovedBySigning } from '../../domain/documents/register';
import { APPROVAL_LOG_ACTION } from '../../domain/documents/signing';
import { pairStatusWrite, readOrderRegister } from '../../domain/documents/sheets';
import { readTables } from '../sheets/tables';
import { appendLog, writeColumn } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function applySignedOrders(spreadsheet: Spreadsheet, now: Date): { approved: string[]; problem?: string } {
  const tables = readTables(spreadsheet, [SHEET.pairs, SHEET.orders, SHEET.vocabularies]);
  const pairsTable = tables[SHEET.pairs];
  if (!pairsTable) return { approved: [], problem: `Нет листа «${SHEET.pairs}».` };
  const pairs = readPairs(pairsTable, readVocabularies(tables[SHEET.vocabularies], []), []);
  const approved = pairsApprovedBySigning(pairs, readOrderRegister(tables[SHEET.orders])).map((p) => p.code);
  if (approved.length === 0) return { approved };
  const write = pairStatusWrite(pairsTable, approved);
  if (!write.ok) return { approved: [], problem: write.problem };
  if (write.write) writeColumn(spreadsheet, write.write);
  appendLog(spreadsheet, [logEntry(now, APPROVAL_LOG_ACTION, approved, '')]);
  return { approved };
}

/**
 * The simple onEdit trigger: runs on every edit, so it returns after two cheap calls unless the edit is «подписан»
 * typed into «Статус» of «Приказы».
 */
export function onOrdersEdited(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date): void {
  const sheet = e.range.getSheet();
  if (sheet.getName() !== SHEET.orders || String(e.value ?? '').trim().toLowerCase() !== 'подписан') return;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0].map(String);
  if (findColumn({ header }, ORDER_COLUMNS.status) + 1 !== e.range.getColumn()) return;
  applySignedOrders(e.source, now);
}
