import { isValidCalendarDate, type CalendarDate } from './dates';

/*
 * Days off in Russia (Трудовой кодекс, ст. 112): 1–8 January, 23 February, 8 March, 1 May, 9 May, 12 June,
 * 4 November, and Saturdays and Sundays. A holiday other than the January ones that falls on a weekend moves the day
 * off to the next working day (9 May 2027 is a Sunday: 10 May is off). The government's yearly decree may move other
 * days too; the plan of a programme does not need that precision.
 */
const HOLIDAYS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [2, 23], [3, 8], [5, 1], [5, 9], [6, 12], [11, 4],
];

const key = (d: CalendarDate): string => `${d.month}-${d.day}`;

function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function nextDay(d: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

const isWeekend = (d: CalendarDate): boolean => weekday(d) === 0 || weekday(d) === 6;

const cache = new Map<number, Set<string>>();

/** The holidays of a year and the days off they move to, as «месяц-день». */
function holidaysOf(year: number): Set<string> {
  const known = cache.get(year);
  if (known) return known;
  const off = new Set(HOLIDAYS.map(([month, day]) => `${month}-${day}`));
  for (const [month, day] of HOLIDAYS) {
    const holiday = { year, month, day };
    if (month === 1 || !isWeekend(holiday)) continue;
    let moved = nextDay(holiday);
    while (isWeekend(moved) || off.has(key(moved))) moved = nextDay(moved);
    if (moved.year === year) off.add(key(moved));
  }
  cache.set(year, off);
  return off;
}

/** Whether nobody works that day: a weekend, a public holiday, or a holiday's day off moved from a weekend. */
export function isDayOff(date: CalendarDate): boolean {
  if (!isValidCalendarDate(date)) throw new RangeError(`Даты ${date.day}.${date.month}.${date.year} не существует.`);
  return isWeekend(date) || holidaysOf(date.year).has(key(date));
}

function previousDay(d: CalendarDate): CalendarDate {
  const prev = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  return { year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate() };
}

/**
 * The latest day a written notice may be dated to warn «не менее чем за N рабочих дней» before `date` (ст. 351.8 ТК
 * РФ: three working days): N working days lie between the notice and the day itself, the notice's own day included
 * when it is a working day. A stop on Friday 12.02.2027 is noticed on Tuesday 09.02.2027 at the latest.
 */
export function workingDaysBefore(date: CalendarDate, workingDays: number): CalendarDate {
  let day = date;
  for (let counted = 0; counted < workingDays;) {
    day = previousDay(day);
    if (!isDayOff(day)) counted++;
  }
  return day;
}
