/** The period of a personalised programme: 3 months to 1 year (Положение, п. 1.2), from the pair's dates when set. */
import type { Pair } from '../../bank/model';

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(date.getDate(), lastDay));
}

export function dayOnly(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * Start: the pair's «Начало», else `fallbackStart` (the order's date). End: the pair's «Окончание», else 31 May of
 * the school year, but at least 3 months and at most 1 year after the start.
 */
export function programmePeriod(pair: Pair, fallbackStart: Date): { start: Date; end: Date } {
  const start = dayOnly(pair.start ?? fallbackStart);
  if (pair.end) return { start, end: dayOnly(pair.end) };
  const schoolYearEnd = new Date(start.getMonth() >= 8 ? start.getFullYear() + 1 : start.getFullYear(), 4, 31);
  const shortest = addMonths(start, 3);
  const longest = addDays(addMonths(start, 12), -1);
  const end = schoolYearEnd < shortest ? shortest : schoolYearEnd > longest ? longest : schoolYearEnd;
  return { start, end };
}

/** Why a pair's dates cannot go into a new order or programme: an end before the start, or already past. */
export function periodProblem(pair: Pair, orderDate: Date): string | undefined {
  const { start, end } = programmePeriod(pair, orderDate);
  const where = `Пара ${pair.code} (лист «${pair.ref.sheet}», строка ${pair.ref.row})`;
  if (end.getTime() <= start.getTime()) return `${where}: «Окончание» не позже «Начала» — исправьте даты программы.`;
  if (end.getTime() < dayOnly(orderDate).getTime()) return `${where}: «Окончание» программы уже прошло — исправьте даты или отметьте пару как «завершена».`;
  return undefined;
}

/**
 * Where the plan's dates begin. A programme drawn up for a pair that has not started work (proposed or approved,
 * the order signed days after pairing) plans from the day it is made: a plan does not schedule meetings in the past.
 * A running, finished or terminated pair keeps its own start, so its plan shows the meetings as they were meant.
 */
export function planStart(pair: Pair, start: Date, end: Date, today: Date): Date {
  const day = dayOnly(today);
  const notStarted = pair.status === 'предложена' || pair.status === 'утверждена';
  return notStarted && day.getTime() > start.getTime() && day.getTime() < end.getTime() ? day : start;
}

/** The date of the order a pair's «Приказ» names («2-од от 10.09.2026»), if it names one. */
export function pairOrderDate(pair: Pair): Date | undefined {
  const match = /от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(pair.order ?? '');
  return match ? new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1])) : undefined;
}

/**
 * The term of a pair that an order fixed: its programme period, starting no earlier than the order (a pair proposed
 * on 9 September and fixed on 10 September works from the 10th). Programmes and agreements state the same term as
 * the order; `orderDate` is the order's date when known, else the one «Приказ» names.
 */
export function fixedPeriod(pair: Pair, fallbackStart: Date, orderDate: Date | undefined = pairOrderDate(pair)): { start: Date; end: Date } {
  const { start, end } = programmePeriod(pair, fallbackStart);
  if (!orderDate) return { start, end };
  const day = dayOnly(orderDate);
  return { start: start.getTime() < day.getTime() && day.getTime() < end.getTime() ? day : start, end };
}
