/** An order marked «подписан» in «Приказы» approves the pairs it lists: their «Статус» becomes «утверждена». */
import { readPairs } from '../../domain/bank/people';
import { ORDER_COLUMNS, SHEET } from '../../domain/bank/schema';
import { findSheetName } from '../../domain/bank/sheetNames';
import { findColumn } from '../../domain/bank/table';
import { readVocabularies } from '../../domain/bank/vocabularies';
import { logEntry } from '../../domain/bank/log';
import { pairsApprovedBySigning } from '../../domain/documents/register';
import { APPROVAL_LOG_ACTION } from '../../domain/documents/signing';
import { pairStatusWrite, readOrderRegister } from '../../domain/documents/sheets';
import { readTables } from '../sheets/tables';
import { appendLog, writeColumn } from '../sheets/write';
import { duplicateHeaderProblem } from '../../domain/bank/duplicateHeaders';
import type { LockServicePort } from '../forms/ports';
import { withScriptLock } from '../forms/lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function applySignedOrders(spreadsheet: Spreadsheet, now: Date): { approved: string[]; problem?: string } {
  const tables = readTables(spreadsheet, [SHEET.pairs, SHEET.orders, SHEET.vocabularies]);
  const repeated = duplicateHeaderProblem(Object.values(tables));
  if (repeated) return { approved: [], problem: repeated };
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

const isSigned = (value: unknown): boolean => String(value ?? '').trim().toLowerCase() === 'подписан';

/** How long the simple trigger (30 s at most) waits for another action to finish. */
const EDIT_WAIT_MS = 15_000;

/**
 * The simple onEdit trigger: runs on every edit, so it returns after two cheap calls unless the edit puts «подписан»
 * into «Статус» of «Приказы» — typed into one cell, or pasted or filled down over several (then the event has no
 * value and the pasted cells are read). `now` is asked only then (it costs a call). The approval takes the script
 * lock like every writer (LockService needs no authorization, so a simple trigger has it); when another action keeps
 * it, a toast says to apply the signed orders from the menu — the edit stays, nothing is approved twice.
 */
export function onOrdersEdited(e: GoogleAppsScript.Events.SheetsOnEdit, now: () => Date, lockService: LockServicePort): void {
  const sheet = e.range.getSheet();
  const single = e.value !== undefined;
  if (findSheetName([sheet.getName()], SHEET.orders) < 0 || (single && !isSigned(e.value))) return;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0].map(String);
  const status = findColumn({ header }, ORDER_COLUMNS.status) + 1;
  const first = e.range.getColumn();
  if (single) {
    if (status !== first) return;
  } else {
    if (status < first || status >= first + e.range.getNumColumns()) return;
    if (!e.range.getValues().some((row) => isSigned(row[status - first]))) return;
  }
  const outcome = withScriptLock(lockService, () => applySignedOrders(e.source, now()), EDIT_WAIT_MS);
  if (!outcome.ran) {
    e.source.toast('Пары по подписанному приказу не утверждены: таблицу сейчас изменяет другое действие. Через минуту выберите «Наставничество → Применить подписанные приказы».', 'Наставничество', 30);
  } else if (outcome.value.problem) {
    e.source.toast(outcome.value.problem, 'Наставничество', 30);
  }
}
