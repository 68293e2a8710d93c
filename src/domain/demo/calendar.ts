/**
 * The demo's school year: the days on which the sample school does each thing, from filling the bank in September to
 * the year-end orders in May (seeds 002 and 004, the road maps). The year is the academic year of the day the demo
 * runs, so its orders always fall in two calendar years, as a real school's do.
 */
import { academicYearOf, formatAcademicYear } from '../language/dates';

export interface SchoolYearCalendar {
  /** «2026/2027 учебный год». */
  label: string;
  /** The curator fills the bank and checks it. */
  bank: Date;
  /** Pairs proposed after the group meeting and the preference forms. */
  pairing: Date;
  /** The orders of the start of the year: the curator's appointment and the pairs. */
  startOrders: Date;
  /** The director signs them. */
  signing: Date;
  /** Programmes are written within the 14 days the pairs order gives. */
  programmes: Date;
  /** Входная диагностика. */
  entryDiagnostics: Date;
  /** A pair ends early. */
  termination: Date;
  /** Итоговая диагностика. */
  finalDiagnostics: Date;
  satisfaction: Date;
  /** The curator scores every pair with the efficiency rubric. */
  rubric: Date;
  /** Programmes completed, the year-end orders, the report and the municipal summary. */
  yearEnd: Date;
}

/** Orders are not dated on a weekend: Saturday moves back to Friday, Sunday on to Monday. */
function workday(year: number, month: number, day: number, hour: number): Date {
  const date = new Date(year, month, day, hour);
  const weekday = date.getDay();
  if (weekday === 6) return new Date(year, month, day - 1, hour);
  if (weekday === 0) return new Date(year, month, day + 1, hour);
  return date;
}

/** The last weekday on or before a date: the year's last orders come before 31 May, not after it. */
function lastWorkday(year: number, month: number, day: number, hour: number): Date {
  const date = new Date(year, month, day, hour);
  const back = date.getDay() === 6 ? 1 : date.getDay() === 0 ? 2 : 0;
  return new Date(year, month, day - back, hour);
}

export function schoolYearCalendar(today: Date): SchoolYearCalendar {
  const year = academicYearOf(today);
  const [autumn, spring] = [year.startYear, year.endYear];
  return {
    label: formatAcademicYear(year),
    bank: workday(autumn, 8, 2, 9),
    pairing: workday(autumn, 8, 9, 10),
    startOrders: workday(autumn, 8, 10, 11),
    signing: workday(autumn, 8, 11, 12),
    programmes: workday(autumn, 8, 18, 14),
    entryDiagnostics: workday(autumn, 8, 25, 9),
    termination: workday(spring, 1, 12, 15),
    finalDiagnostics: workday(spring, 4, 12, 9),
    satisfaction: workday(spring, 4, 15, 9),
    rubric: workday(spring, 4, 20, 16),
    yearEnd: lastWorkday(spring, 4, 29, 11),
  };
}
