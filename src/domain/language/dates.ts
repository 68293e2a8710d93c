/*
 * Dates as Russian documents write them: «16 ноября 2022 г.» (words) and «16.11.2022» (digits), after ГОСТ Р 7.0.97:
 * no leading zero in the words form, a leading zero in the digits form, «г.» only in the words form.
 *
 * Time zones. A document date is a day, not an instant, so the domain works with CalendarDate (year, month, day).
 * A JavaScript Date is read with local getters, the convention of the whole domain (src/domain/bank/table.ts): Apps
 * Script hands a date cell over as midnight in the script's time zone, which is its local time, and the Excel adapter
 * shifts exceljs's UTC midnight to local midnight (src/local/excel/cells.ts). So the day never depends on the zone.
 */

/** A day of the calendar, without time or time zone. month is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A CalendarDate, an ISO date «2022-11-16» (a time after it is ignored), «16.11.2022», or a Date read in local time. */
export type DateValue = CalendarDate | Date | string;

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; error: string };

export interface AcademicYear {
  startYear: number;
  endYear: number;
}

export type AcademicYearParse = { ok: true; year: AcademicYear } | { ok: false; error: string };

export const MONTHS_NOMINATIVE: readonly string[] = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

export const MONTHS_GENITIVE: readonly string[] = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

/** The school year starts on 1 September, as Russian school calendars and seed road maps have it. */
const ACADEMIC_YEAR_FIRST_MONTH = 9;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real day of the Gregorian calendar (no 31.02, 29.02 only in leap years). */
export function isValidCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** «16.11.2022» → the day; every failure says what was expected, in Russian, for a cell message. */
export function parseDateNumeric(text: string): DateParse {
  const trimmed = text.trim().replace(/\s*(г\.?|года?)$/, '');
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/.exec(trimmed);
  if (!match) {
    return { ok: false, error: `Дата «${text.trim()}» не распознана: ожидается ДД.ММ.ГГГГ, например 16.11.2022.` };
  }
  const [day, month] = [Number(match[1]), Number(match[2])];
  if (match[3].length !== 4) {
    return { ok: false, error: `В дате «${text.trim()}» год нужно писать четырьмя цифрами, например 16.11.2022.` };
  }
  const year = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, error: `В дате «${text.trim()}» год ${year} вне допустимого диапазона ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  const date = { year, month, day };
  if (!isValidCalendarDate(date)) return { ok: false, error: `Даты «${text.trim()}» не существует.` };
  return { ok: true, date };
}

/** Any DateValue → CalendarDate; throws a RangeError with a Russian message on a value that is no date. */
export function toCalendarDate(value: DateValue): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Неверная дата.');
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  if (typeof value === 'string') {
    const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
    if (iso) {
      const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
      if (isValidCalendarDate(date)) return date;
      throw new RangeError(`Даты «${value.trim()}» не существует.`);
    }
    const parsed = parseDateNumeric(value);
    if (parsed.ok) return parsed.date;
    throw new RangeError(parsed.error);
  }
  if (!isValidCalendarDate(value)) {
    throw new RangeError(`Даты ${value.day}.${value.month}.${value.year} не существует.`);
  }
  return { year: value.year, month: value.month, day: value.day };
}

/** «ноябрь» or, for a date, «ноября». month is 1–12. */
export function monthName(month: number, form: 'именительный' | 'родительный' = 'именительный'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Месяца с номером ${month} нет.`);
  return (form === 'родительный' ? MONTHS_GENITIVE : MONTHS_NOMINATIVE)[month - 1];
}

/** «16 ноября 2022 г.», «5 сентября 2025 г.». */
export function formatDateLong(value: DateValue): string {
  const { year, month, day } = toCalendarDate(value);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

/** «16.11.2022», «05.09.2025». */
export function formatDateNumeric(value: DateValue): string {
  const { year, month, day } = toCalendarDate(value);
  return `${pad2(day)}.${pad2(month)}.${year}`;
}

/** «2022-11-16», for keys and sorting. */
export function formatIsoDate(value: DateValue): string {
  const { year, month, day } = toCalendarDate(value);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** «с 1 сентября 2025 г. по 31 мая 2026 г.», for the period of a programme. */
export function formatPeriod(start: DateValue, end: DateValue): string {
  return `с ${formatDateLong(start)} по ${formatDateLong(end)}`;
}

/** The school year a day belongs to: 31.08.2025 → 2024/2025, 01.09.2025 → 2025/2026. */
export function academicYearOf(value: DateValue): AcademicYear {
  const { year, month } = toCalendarDate(value);
  const startYear = month >= ACADEMIC_YEAR_FIRST_MONTH ? year : year - 1;
  return { startYear, endYear: startYear + 1 };
}

/** «2025/2026 учебный год», or «2025/2026» with withWords false. Accepts the year or its first calendar year. */
export function formatAcademicYear(year: AcademicYear | number, withWords = true): string {
  const startYear = typeof year === 'number' ? year : year.startYear;
  const label = `${startYear}/${startYear + 1}`;
  return withWords ? `${label} учебный год` : label;
}

/** The first and last day of a school year: 1 September and 31 August. */
export function academicYearBounds(year: AcademicYear | number): { start: CalendarDate; end: CalendarDate } {
  const startYear = typeof year === 'number' ? year : year.startYear;
  return { start: { year: startYear, month: 9, day: 1 }, end: { year: startYear + 1, month: 8, day: 31 } };
}

/** Reads «2025/2026», «2025-2026», «2025–2026», «2025/26», «2025/2026 учебный год» (e.g. from «Настройки»). */
export function parseAcademicYear(text: string): AcademicYearParse {
  const trimmed = text.trim();
  const match = /^(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})(\s+(учебный\s+год|уч\.?\s*г(од)?\.?))?$/i.exec(trimmed);
  if (!match) {
    return { ok: false, error: `Учебный год «${trimmed}» не распознан: ожидается, например, 2025/2026.` };
  }
  const startYear = Number(match[1]);
  // «2025/26»: the short form names the last two digits of the next year (1999/00 included).
  const endYear = match[2].length === 2
    ? ((startYear + 1) % 100 === Number(match[2]) ? startYear + 1 : Number.NaN)
    : Number(match[2]);
  if (endYear !== startYear + 1) {
    return { ok: false, error: `Учебный год «${trimmed}»: второй год должен быть следующим за первым, например 2025/2026.` };
  }
  if (startYear < MIN_YEAR || startYear >= MAX_YEAR) {
    return { ok: false, error: `Учебный год «${trimmed}» вне допустимого диапазона ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  return { ok: true, year: { startYear, endYear } };
}
