/**
 * The planned period of a new pair: from the day the curator confirms it to the end of the
 * academic year (31 May: the last month of lessons), kept within 3–12 months, the length of a
 * personalised programme (seed 000: «от 3 месяцев до 1 года»).
 */

import { academicYearOf, formatDateNumeric, parseAcademicYear, toCalendarDate } from '../language/dates';

export const MIN_MONTHS = 3;
export const MAX_MONTHS = 12;
/** A programme's dates fall in these years: «01.01.1900» or «2206» is a typo, not a plan. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
/** Month index (0-based) and day the academic year's programme ends: 31 May. */
const YEAR_END_MONTH = 4;
const YEAR_END_DAY = 31;

export interface Period {
  start: Date;
  end: Date;
}

function dateOnly(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Adds months keeping the day when it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const target = new Date(d.getFullYear(), d.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(d.getDate(), lastDay));
}

/**
 * The calendar year in which the academic year ends: from «Учебный год» in «Настройки» («2025/2026»,
 * «2025–2026 учебный год»), or, when it is blank or unreadable, the academic year of today.
 */
export function academicYearEnd(today: Date, academicYear?: string): number {
  const parsed = academicYear ? parseAcademicYear(academicYear) : undefined;
  return parsed?.ok ? parsed.year.endYear : academicYearOf(today).endYear;
}

export function plannedPeriod(today: Date, academicYear?: string): Period {
  const start = dateOnly(today);
  let end = new Date(academicYearEnd(today, academicYear), YEAR_END_MONTH, YEAR_END_DAY);
  const shortest = addMonths(start, MIN_MONTHS);
  const longest = addMonths(start, MAX_MONTHS);
  if (end < shortest) end = shortest;
  if (end > longest) end = longest;
  return { start, end };
}

/** Why a period cannot be a programme's, in Russian, or undefined when it can: 3 to 12 months. */
export function periodProblem(period: Period): string | undefined {
  const { start, end } = period;
  const span = `с ${formatDateNumeric(start)} по ${formatDateNumeric(end)}`;
  if (end <= start) return `Окончание программы (${formatDateNumeric(end)}) должно быть позже начала (${formatDateNumeric(start)}).`;
  if (end < addMonths(start, MIN_MONTHS)) return `Срок программы — от ${MIN_MONTHS} до ${MAX_MONTHS} месяцев, а ${span} меньше ${MIN_MONTHS} месяцев.`;
  if (end > addMonths(start, MAX_MONTHS)) return `Срок программы — от ${MIN_MONTHS} до ${MAX_MONTHS} месяцев, а ${span} больше ${MAX_MONTHS} месяцев.`;
  return undefined;
}

export type PeriodChoice = { ok: true; period: Period } | { ok: false; message: string };

function dayOf(text: string, what: string): Date | string {
  try {
    const { year, month, day } = toCalendarDate(text);
    if (year < FIRST_YEAR || year > LAST_YEAR) return `${what}: в дате «${text.trim()}» год ${year}, а допустимы годы с ${FIRST_YEAR} по ${LAST_YEAR}.`;
    return new Date(year, month - 1, day);
  } catch (error) {
    return `${what}: ${(error as Error).message}`;
  }
}

/**
 * The period the curator chose: days as «ДД.ММ.ГГГГ» or «ГГГГ-ММ-ДД» (a date field); a blank start is
 * today and a blank end is the default for that start (plannedPeriod). Checked to be 3 to 12 months.
 */
export function choosePeriod(today: Date, academicYear: string | undefined, startText = '', endText = ''): PeriodChoice {
  const start = startText.trim() === '' ? dateOnly(today) : dayOf(startText, 'Начало программы');
  if (typeof start === 'string') return { ok: false, message: start };
  const end = endText.trim() === '' ? plannedPeriod(start, academicYear).end : dayOf(endText, 'Окончание программы');
  if (typeof end === 'string') return { ok: false, message: end };
  const problem = periodProblem({ start, end });
  return problem ? { ok: false, message: problem } : { ok: true, period: { start, end } };
}
