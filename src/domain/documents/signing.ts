/**
 * Signing an order named by its number: the row of «Приказы» it is, «Статус» → «подписан», and the pairs signed
 * orders approve (register.ts decides which) → «утверждена». Google Sheets does the same when the curator types
 * «подписан» (gas/documents/signing.ts); the offline CLI and the demo sign through this plan.
 */
import type { BankTables } from '../bank/bank';
import { logEntry } from '../bank/log';
import { readPairs } from '../bank/people';
import { PAIR_COLUMNS, SHEET } from '../bank/schema';
import { findColumn, sheetRow, type Cell } from '../bank/table';
import { readVocabularies } from '../bank/vocabularies';
import { parseDate } from '../bank/cells';
import { comparableReference, orderReference, orderSequence, pairsApprovedBySigning, type OrderRecord } from './register';
import { orderStatusWrite, pairStatusWrite, readOrderRows, type ColumnWrite, type OrderRow } from './sheets';

export const APPROVAL_LOG_ACTION = 'Пары утверждены подписанным приказом';
export const SIGNING_LOG_ACTION = 'Приказ подписан';

export function isSigned(order: Pick<OrderRecord, 'status'>): boolean {
  return order.status.trim().toLowerCase() === 'подписан';
}

/** «12-од от 16.11.2022» or «№ 12-од»: how an order is named in messages. */
export function orderLabel(order: OrderRecord): string {
  return order.date ? orderReference(order.number, order.date) : order.number;
}

export type OrderLookup = { ok: true; row: OrderRow; copies: number[] } | { ok: false; problem: string };

/** Two rows of one order: every cell the same but «Статус» (a row pasted twice, one of them marked signed). */
function sameOrder(a: OrderRecord, b: OrderRecord): boolean {
  const key = (record: OrderRecord) => JSON.stringify({ ...record, status: '', date: record.date?.getTime() ?? null });
  return key(a) === key(b);
}

/**
 * The order the curator means by «12-од», «№ 12-од», «12» or «12-од от 16.11.2022». Numbers restart every January,
 * so a bare number may name orders of several years: then nothing is guessed, the orders are listed and the date
 * asked for (signing the wrong one would approve the wrong pairs).
 */
export function findOrder(rows: readonly OrderRow[], query: string): OrderLookup {
  const wanted = query.trim();
  const [numberPart, datePart] = wanted.split(/\s+от\s+/i);
  const date = datePart === undefined ? undefined : parseDate(datePart.trim());
  if (datePart !== undefined && !date) return { ok: false, problem: `Дата приказа «${datePart.trim()}» не читается: укажите её как ДД.ММ.ГГГГ, например «${numberPart.trim()} от 16.11.2022».` };
  const digitsOnly = /^№?\s*\d+$/.test(numberPart.trim());
  const sameNumber = (record: OrderRecord) => comparableReference(record.number) === comparableReference(numberPart)
    || (digitsOnly && orderSequence(record.number) === orderSequence(numberPart) && orderSequence(record.number) !== undefined);
  const matches = rows.filter(({ record }) => {
    if (!sameNumber(record)) return false;
    if (!date) return true;
    return record.date !== null && comparableReference(orderReference(record.number, record.date)) === comparableReference(orderReference(record.number, date));
  });
  if (matches.length === 0) {
    const known = rows.slice(-5).map(({ record }) => orderLabel(record)).join('; ');
    return {
      ok: false,
      problem: `На листе «${SHEET.orders}» нет приказа № ${wanted.replace(/^№\s*/, '')}`
        + (rows.length ? ` (последние приказы: ${known}).` : ': реестр пуст — приказ попадает в него, когда его создают.'),
    };
  }
  if (matches.length > 1 && matches.every(({ record }) => sameOrder(record, matches[0].record))) {
    // One order written twice: nothing to choose between, the row still waiting for the signature is signed.
    const row = matches.find(({ record }) => !isSigned(record)) ?? matches[0];
    return { ok: true, row, copies: matches.filter((match) => match !== row).map((match) => sheetRow(match.index)) };
  }
  const dates = new Set(matches.map(({ record }) => record.date?.getTime() ?? null));
  if (matches.length > 1 && (date || dates.size === 1)) {
    // A date would not tell them apart: the curator is shown the rows, not asked again.
    const rows = matches.map(({ record, index }) => `строка ${sheetRow(index)}${record.title ? ` «${record.title}»` : ''}`).join('; ');
    return {
      ok: false,
      problem: `На листе «${SHEET.orders}» несколько разных приказов № ${orderLabel(matches[0].record)}: ${rows}. Ничего не изменено: `
        + 'оставьте в реестре один приказ с этим номером и датой (у другого исправьте номер).',
    };
  }
  if (matches.length > 1) {
    const listed = matches.map(({ record }) => `№ ${orderLabel(record)}${record.title ? ` «${record.title}»` : ''}`).join('; ');
    const example = matches.find(({ record }) => record.date)?.record;
    return {
      ok: false,
      problem: `На листе «${SHEET.orders}» несколько приказов № ${matches[0].record.number}: ${listed}. Укажите дату приказа`
        + (example ? `, например «${orderLabel(example)}».` : '.'),
    };
  }
  return { ok: true, row: matches[0], copies: [] };
}

export interface SigningPlan {
  order: OrderRecord;
  /** The sheet row of the order in «Приказы». */
  row: number;
  /** Other rows of «Приказы» holding the same order (pasted twice): left as they are, named to the curator. */
  copies: number[];
  /** It was «подписан» already: the register is not written again. */
  alreadySigned: boolean;
  registerWrite: ColumnWrite | null;
  pairsWrite: ColumnWrite | null;
  /** Every pair approved now, by this order or by another signed one whose pairs were still «предложена». */
  approved: string[];
  /** Of them, those this order lists. */
  listed: string[];
  /** Every pair whose «Приказ» is this order, whatever its status. */
  referencing: string[];
  log: Cell[][];
}

export type SigningResult = { ok: true; plan: SigningPlan } | { ok: false; problem: string };

export function planSigning(tables: BankTables, query: string, now: Date): SigningResult {
  const orders = tables[SHEET.orders];
  if (!orders) return { ok: false, problem: `В книге нет листа «${SHEET.orders}»: подписывать нечего.` };
  const found = findOrder(readOrderRows(orders), query);
  if (!found.ok) return found;
  const { record, index } = found.row;
  const alreadySigned = isSigned(record);
  let registerWrite: ColumnWrite | null = null;
  if (!alreadySigned) {
    const write = orderStatusWrite(orders, index, 'подписан');
    if (!write.ok) return write;
    registerWrite = write.write;
  }
  const pairsTable = tables[SHEET.pairs];
  // Without «Статус» nobody can tell which pairs wait for the order: refuse rather than sign and approve nothing.
  if (pairsTable && findColumn(pairsTable, PAIR_COLUMNS.status) < 0) {
    return { ok: false, problem: `На листе «${SHEET.pairs}» нет столбца «${PAIR_COLUMNS.status}»: ничего не изменено.` };
  }
  const signedRegister = readOrderRows(orders).map((row) => (row.index === index ? { ...row.record, status: 'подписан' } : row.record));
  const pairs = pairsTable ? readPairs(pairsTable, readVocabularies(tables[SHEET.vocabularies], []), []) : [];
  const approvedPairs = pairsApprovedBySigning(pairs, signedRegister);
  const approved = approvedPairs.map((p) => p.code);
  const own = record.date ? comparableReference(orderReference(record.number, record.date)) : undefined;
  const isOwn = (p: { order?: string }) => own !== undefined && comparableReference(p.order ?? '') === own;
  const listed = approvedPairs.filter(isOwn).map((p) => p.code);
  const referencing = pairs.filter(isOwn).map((p) => p.code);
  let pairsWrite: ColumnWrite | null = null;
  if (approved.length > 0 && pairsTable) {
    const write = pairStatusWrite(pairsTable, approved);
    if (!write.ok) return write;
    pairsWrite = write.write;
  }
  const log: Cell[][] = [];
  if (!alreadySigned) log.push(logEntry(now, SIGNING_LOG_ACTION, [], `№ ${orderLabel(record)}`));
  if (approved.length > 0) log.push(logEntry(now, APPROVAL_LOG_ACTION, approved, `№ ${orderLabel(record)}`));
  return { ok: true, plan: { order: record, row: sheetRow(index), copies: found.copies, alreadySigned, registerWrite, pairsWrite, approved, listed, referencing, log } };
}
