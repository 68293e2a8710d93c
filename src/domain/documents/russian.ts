/**
 * The Russian of documents, from the language module: people by case (with the curator's «Склонение ФИО» and
 * «Пол»), initials, dates and counts. Dates from sheets are calendar days at local midnight (bank/table.ts), so
 * they are handed to the language module as calendar dates, never through UTC.
 */
import type { Gender } from '../bank/model';
import {
  declineFullName, detectGender, formatCount, formatDateLong, formatDateNumeric, initialsWithSurname, splitFullName,
  surnameWithInitials, type CalendarDate, type GrammaticalCase,
} from '../language';

export type { GrammaticalCase };

/** Anyone a document names: a mentor, a mentee, or the director / curator from «Настройки». */
export interface NamedPerson {
  fullName: string;
  position: string;
  gender?: Gender;
  nameOverride?: string;
}

const NBSP = '\u00a0';

export function calendarDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** «16 ноября 2022 г.» */
export function longDate(date: Date): string {
  return formatDateLong(calendarDate(date));
}

/** «16.11.2022» */
export function shortDate(date: Date): string {
  return formatDateNumeric(calendarDate(date));
}

/** 3, ['пара', 'пары', 'пар'] → «3 пары» */
export function count(n: number, [one, few, many]: readonly [string, string, string]): string {
  return formatCount(n, one, few, many);
}

function options(person: NamedPerson) {
  return { gender: person.gender, override: person.nameOverride };
}

/** «Гумерову Гульсасак Манжуровну» */
export function nameIn(person: NamedPerson, grammaticalCase: GrammaticalCase): string {
  return declineFullName(person.fullName, grammaticalCase, options(person));
}

/** «Ш.Х. Хабибрахманов»: signature blocks (ГОСТ Р 7.0.97: initials before the surname), never broken across lines. */
export function signatureName(person: NamedPerson): string {
  return initialsWithSurname(person.fullName, { ...options(person), separator: NBSP });
}

/** «Гумеровой Г.М.» */
export function shortNameIn(person: NamedPerson, grammaticalCase: GrammaticalCase): string {
  return surnameWithInitials(person.fullName, { ...options(person), grammaticalCase, separator: NBSP });
}

export function genderOf(person: NamedPerson): Gender | undefined {
  return detectGender(splitFullName(person.fullName), person.gender).gender;
}
