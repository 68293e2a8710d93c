/**
 * New pairs as rows of «Пары» and the line of «Журнал», the same for Google Sheets and Excel. Values go into the
 * columns by header (bank/append.ts), wherever the curator moved them; the log line is the bank's logEntry.
 */
import { type AppendPlan, appendPlan } from '../bank/append';
import type { BankTables } from '../bank/bank';
import { logEntry, logRecord } from '../bank/log';
import { PAIR_COLUMNS as P, sheetSpec, type SheetKey } from '../bank/schema';
import type { Cell, Table } from '../bank/table';
import { LIST_SEPARATOR } from '../bank/vocabulary';
import type { NewPair } from './confirmation';

export const PAIRING_LOG_ACTION = 'Подбор пар';

export function pairRecord(p: NewPair): Record<string, Cell> {
  return {
    [P.code]: p.code,
    [P.mentorCode]: p.mentorCode,
    [P.mentorName]: p.mentorName,
    [P.menteeCodes]: p.menteeCodes.join(LIST_SEPARATOR),
    [P.menteeNames]: p.menteeNames.join(LIST_SEPARATOR),
    [P.form]: p.form,
    [P.kind]: p.kind,
    [P.compatibility]: p.compatibility,
    [P.reasons]: p.reasons,
    [P.start]: p.start,
    [P.end]: p.end,
    [P.status]: p.status,
  };
}

/** The «Журнал» line of a confirmed pairing: codes only, no names (DESIGN §3). */
export function pairingLogRecord(now: Date, pairs: readonly NewPair[]): Record<string, Cell> {
  const details = `предложены пары (статус «предложена»): ${pairs.map((p) => `${p.code}: ${p.mentorCode} → ${p.menteeCodes.join(', ')}`).join('; ')}`;
  return logRecord(logEntry(now, PAIRING_LOG_ACTION, pairs.map((p) => p.code), details));
}

function tableOr(tables: BankTables, key: SheetKey): Table {
  const spec = sheetSpec(key);
  return tables[spec.name] ?? { sheet: spec.name, header: spec.columns.map((c) => c.header), rows: [] };
}

/** The two appends of a confirmed pairing: the rows of «Пары» and one line of «Журнал». */
export function pairingAppends(tables: BankTables, pairs: readonly NewPair[], now: Date): AppendPlan[] {
  if (pairs.length === 0) return [];
  return [
    appendPlan(tableOr(tables, 'pairs'), pairs.map(pairRecord)),
    appendPlan(tableOr(tables, 'log'), [pairingLogRecord(now, pairs)]),
  ];
}
