/** Russian language for documents: names by case, dates, counts. Pure and deterministic. */
export {
  CASE_LETTERS,
  CASE_QUESTIONS,
  GRAMMATICAL_CASES,
  caseFromLabel,
  type GrammaticalCase,
} from './grammatical-case';
export {
  detectGender,
  genderFromPatronymic,
  genderFromSurname,
  normalizeSpaces,
  splitFullName,
  type GenderFinding,
  type GenderSource,
  type NameParts,
} from './full-name';
export { NAME_OVERRIDE_EXAMPLE, parseNameOverride, type NameOverride, type OverrideParse } from './name-override';
export { declineFullName, declineName, genderDoubts, mixedLetterWarnings, type DeclineOptions, type NameDeclension } from './declension';
export { declinePosition, positionInSentence } from './position';
export { isDayOff, workingDaysBefore } from './holidays';
export { organisationGenitive } from './organisation';
export { keepTogether } from './typography';
export { initialsOf, initialsWithSurname, surnameWithInitials, type InitialsOptions } from './initials';
export {
  MONTHS_GENITIVE,
  MONTHS_NOMINATIVE,
  academicYearBounds,
  academicYearOf,
  formatAcademicYear,
  formatDateLong,
  formatDateNumeric,
  formatIsoDate,
  formatPeriod,
  isValidCalendarDate,
  monthName,
  parseAcademicYear,
  parseDateNumeric,
  toCalendarDate,
  type AcademicYear,
  type AcademicYearParse,
  type CalendarDate,
  type DateParse,
  type DateValue,
} from './dates';
export {
  NOUNS,
  countOf,
  formatCount,
  formatNumber,
  pluralCategory,
  pluralize,
  type CountedNoun,
  type NounForms,
  type PluralCategory,
} from './plural';
