/**
 * How the demo's pairs end, written as the curator would type it in the bank: one pair stops in February because its
 * mentee moves to another school («Статус» «прекращена», the reason, «Окончание»; the mentee «выбыл»), and at the end
 * of May every pair still at work has completed its programme («завершена»).
 */
import { readBank, type BankTables } from '../bank/bank';
import type { Pair } from '../bank/model';
import { MENTEE_COLUMNS as E, PAIR_COLUMNS as P, SHEET } from '../bank/schema';
import type { Cell } from '../bank/table';
import { codedColumnWrite, type ColumnWrite } from '../documents/sheets';
import { genderOf } from '../documents/russian';

/** The reason as the curator types it, agreeing with the mentee: «перевод наставляемой в другую организацию». */
export function earlyEndReason(gender: 'м' | 'ж' | undefined): string {
  return `перевод ${gender === 'ж' ? 'наставляемой' : 'наставляемого'} в другую организацию`;
}

const AT_WORK = ['утверждена', 'действует'];

export type PairEndPlan = { ok: true; pairs: Pair[]; writes: ColumnWrite[]; reason?: string } | { ok: false; problem: string };

function writesOf(tables: BankTables, changes: ReadonlyArray<{ sheet: string; header: string; codeHeader: string; values: ReadonlyMap<string, Cell> }>): ColumnWrite[] | string {
  const writes: ColumnWrite[] = [];
  for (const change of changes) {
    const table = tables[change.sheet as keyof BankTables];
    if (!table) return `В книге нет листа «${change.sheet}».`;
    const write = codedColumnWrite(table, change.header, change.codeHeader, change.values);
    if (!write.ok) return write.problem;
    if (write.write) writes.push(write.write);
  }
  return writes;
}

/** The pair that ends early: a one-to-one pair at work (the last by code, so the demo is the same every run). */
export function earlyEndPlan(tables: BankTables, date: Date, givenReason?: string): PairEndPlan {
  const bank = readBank(tables);
  const candidates = bank.pairs.filter((p) => AT_WORK.includes(p.status) && p.menteeCodes.length === 1);
  const pair = candidates[candidates.length - 1];
  if (!pair) return { ok: false, problem: 'Нет утверждённой пары «один на один»: досрочно прекращать нечего.' };
  const mentee = bank.mentees.find((m) => m.code === pair.menteeCodes[0]);
  const reason = givenReason ?? earlyEndReason(mentee ? genderOf(mentee) : undefined);
  const one = (value: Cell) => new Map([[pair.code, value]]);
  const writes = writesOf(tables, [
    { sheet: SHEET.pairs, header: P.status, codeHeader: P.code, values: one('прекращена') },
    { sheet: SHEET.pairs, header: P.endReason, codeHeader: P.code, values: one(reason) },
    { sheet: SHEET.pairs, header: P.end, codeHeader: P.code, values: one(new Date(date.getFullYear(), date.getMonth(), date.getDate())) },
    { sheet: SHEET.mentees, header: E.status, codeHeader: E.code, values: new Map([[pair.menteeCodes[0], 'выбыл']]) },
  ]);
  return typeof writes === 'string' ? { ok: false, problem: writes } : { ok: true, pairs: [pair], writes, reason };
}

/** Every pair still at work completes its programme at the end of the year. */
export function yearEndPlan(tables: BankTables): PairEndPlan {
  const pairs = readBank(tables).pairs.filter((p) => AT_WORK.includes(p.status));
  if (pairs.length === 0) return { ok: false, problem: 'Нет пар, которые работали до конца года.' };
  const writes = writesOf(tables, [{ sheet: SHEET.pairs, header: P.status, codeHeader: P.code, values: new Map(pairs.map((p) => [p.code, 'завершена'])) }]);
  return typeof writes === 'string' ? { ok: false, problem: writes } : { ok: true, pairs, writes };
}
