/** The order register «Приказы»: numbering per calendar year and what signing an order changes. */
import type { Pair } from '../bank/model';
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

/**
 * The next number for an order dated `date`: numbering restarts each calendar year (orders of the previous year do
 * not count), and continues after the highest number of the year already in the register, whatever its status.
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
