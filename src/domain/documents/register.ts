/** The order register «Приказы»: numbering per calendar year and what signing an order changes. */
import type { Pair } from '../bank/model';
import { academicYearOf } from '../language/dates';
import { shortDate } from './russian';

export type OrderStatus = 'проект' | 'подписан';

/** One row of «Приказы». */
export interface OrderRecord {
  number: string;
  date: Date | null;
  /** The document kind's Russian name, e.g. «О закреплении наставнических пар (групп)». */
  kind: string;
  title: string;
  link: string;
  pdf: string;
  status: OrderStatus | string;
  /** «Пары»: codes of the pairs the order covers (none for the curator's appointment or a row the school typed). */
  pairs?: string[];
}

/** The sequence part of a number: «12-од» → 12, «348/1» → 348; undefined for numbers the school typed otherwise. */
export function orderSequence(number: string): number | undefined {
  const match = /^\s*№?\s*(\d+)/.exec(number);
  return match ? Number(match[1]) : undefined;
}

/** «од», «-од», « -од » → «-од»: the suffix always follows a hyphen unless the curator chose another separator. */
export function normalizeSuffix(suffix: string): string {
  const trimmed = suffix.trim();
  if (trimmed === '') return '';
  return /^[-/–.]/.test(trimmed) ? trimmed.replace(/^–/, '-') : `-${trimmed}`;
}

/** «П-001; П-002» as typed or written in «Приказы» → the codes. */
export function parsePairCodes(text: string): string[] {
  return text.split(/[;,\s]+/).map((code) => code.trim()).filter(Boolean);
}

const sameKind = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/ё/g, 'е') === b.trim().toLowerCase().replace(/ё/g, 'е');

/** Pairs already covered by an order of this kind («Вид» in «Приказы»), whatever its status: they are not listed again. */
export function pairsCoveredBy(register: readonly OrderRecord[], kind: string): Set<string> {
  return new Set(register.filter((o) => sameKind(o.kind, kind)).flatMap((o) => o.pairs ?? []));
}

/** Orders of this kind dated in the school year of `date` (1 September – 31 August). */
export function ordersOfSchoolYear(register: readonly OrderRecord[], kind: string, date: Date): OrderRecord[] {
  const startYear = (d: Date) => academicYearOf(d).startYear;
  return register.filter((o) => o.date !== null && sameKind(o.kind, kind) && startYear(o.date) === startYear(date));
}

/**
 * The next number for an order dated `date`: numbering restarts each calendar year (orders of the previous year do
 * not count), and continues after the highest number of the year already in the register, whatever its status. So
 * the curator continues the school's own «-од» series by typing its last order as a row (number and date), or by
 * changing a draft's number before signing: later numbers follow it.
 */
export function nextOrderNumber(register: readonly OrderRecord[], date: Date, suffix: string): string {
  const year = date.getFullYear();
  let highest = 0;
  for (const order of register) {
    if (!order.date || order.date.getFullYear() !== year) continue;
    const sequence = orderSequence(order.number);
    if (sequence !== undefined && sequence > highest) highest = sequence;
  }
  return `${highest + 1}${normalizeSuffix(suffix)}`;
}

/**
 * What «Пары» → «Приказ» holds for a pair listed in an order: «12-од от 16.11.2022». The date is part of it because
 * numbers restart every calendar year.
 */
export function orderReference(number: string, date: Date): string {
  return `${number.trim()} от ${shortDate(date)}`;
}

/** An order number or reference as compared: «№ 12-од от 16.11.2022» = «12-од  от 16.11.2022». */
export function comparableReference(reference: string): string {
  return reference.replace(/№/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Pairs that signed orders approve: listed in one of them («Приказ» = its reference) and still «предложена». */
export function pairsApprovedBySigning(pairs: readonly Pair[], register: readonly OrderRecord[]): Pair[] {
  const signed = new Set(register
    .filter((o) => o.status === 'подписан' && o.date)
    .map((o) => comparableReference(orderReference(o.number, o.date as Date))));
  return pairs.filter((p) => p.status === 'предложена' && p.order !== undefined && signed.has(comparableReference(p.order)));
}
