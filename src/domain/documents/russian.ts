/**
 * The Russian of documents, from the language module: people by case (with the curator's «Склонение ФИО» and
 * «Пол»), initials, dates and counts. Dates from sheets are calendar days at local midnight (bank/table.ts), so
 * they are handed to the language module as calendar dates, never through UTC.
 */
import type { Gender } from '../bank/model';
import {
  declineFullName, declinePosition, detectGender, formatCount, formatDateLong, formatDateNumeric, genderDoubts, initialsWithSurname,
  positionInSentence, splitFullName, surnameWithInitials, type CalendarDate, type GrammaticalCase,
} from '../language';

export type { GrammaticalCase };

/** Anyone a document names: a mentor, a mentee, or the director / curator from «Настройки». */
export interface NamedPerson {
  fullName: string;
  position: string;
  gender?: Gender;
  nameOverride?: string;
  /** The bank's code: two namesakes are two people. The director and the curator have none. */
  code?: string;
  /** «выбыл»: the person has left and signs nothing any more. */
  status?: string;
  /** Where the name is typed, for notes: «лист «Наставляемые», строка 12». */
  where?: string;
  /** What the curator fills in when the gender is in doubt; «укажите пол или «Склонение ФИО»» when absent. */
  declensionFix?: string;
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

/**
 * The position in a case, inside a sentence: «заместителя директора по учебно-воспитательной работе». A position whose
 * head noun is unknown is written so that it needs no declension: «занимающую должность «…»».
 */
export function positionIn(person: NamedPerson, grammaticalCase: 'винительный' | 'дательный'): string {
  const position = person.position.trim();
  if (position === '') return '';
  const declined = declinePosition(position, grammaticalCase);
  if (declined !== undefined) return positionInSentence(declined);
  const gender = genderOf(person);
  if (gender === undefined) return `в должности «${position}»`;
  const holding = grammaticalCase === 'дательный' ? (gender === 'ж' ? 'занимающей' : 'занимающему') : (gender === 'ж' ? 'занимающую' : 'занимающего');
  return `${holding} должность «${position}»`;
}

/** Doubts about the gender a person's name is declined by, with where to fix them; empty when the forms are sure. */
export function declensionNotes(person: NamedPerson): string[] {
  const where = person.where ? ` (${person.where})` : '';
  return genderDoubts(person.fullName, options(person), person.declensionFix).map((doubt) => `${person.fullName.trim()}${where}: ${doubt}`);
}

export function genderOf(person: NamedPerson): Gender | undefined {
  return detectGender(splitFullName(person.fullName), person.gender).gender;
}
