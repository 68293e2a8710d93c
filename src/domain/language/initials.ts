import { declineName, type DeclineOptions } from './declension';
import { splitFullName } from './full-name';
import type { GrammaticalCase } from './grammatical-case';

export interface InitialsOptions extends DeclineOptions {
  /** The case of the surname; initials never change. Default: именительный. */
  grammaticalCase?: GrammaticalCase;
  /** Between the surname and the initials; pass '\u00a0' so a line never breaks inside a name. */
  separator?: string;
}

/** «Г.» for Гульсасак, «А.-М.» for Анна-Мария; an initial already typed («И.») stays as it is. */
function initialOf(word: string): string {
  return word
    .split('-')
    .filter((segment) => segment !== '')
    .map((segment) => `${segment.replace(/\.$/, '').charAt(0).toUpperCase()}.`)
    .join('-');
}

/** «Г.М.» from «Гульсасак Манжуровна», «Э.Р.» from «Эльчин Рашид оглы», «И.П.» from an already shortened «И.П.». */
export function initialsOf(fullName: string): string {
  const parts = splitFullName(fullName);
  const rest = [parts.firstName, parts.patronymic].filter((word): word is string => !!word).join(' ');
  if (/^([а-яёa-z]\.\s*)+$/i.test(rest)) return rest.replace(/\s+/g, '');
  const initials: string[] = [];
  if (parts.firstName) initials.push(initialOf(parts.firstName));
  // Of «Рашид оглы» only the father's name gives an initial.
  if (parts.patronymic) initials.push(initialOf(parts.patronymic.split(' ')[0]));
  return initials.join('');
}

function surnameAndInitials(fullName: string, options: InitialsOptions): { surname: string; initials: string } {
  const declension = declineName(fullName, options);
  return {
    surname: declension.surnameForms[options.grammaticalCase ?? 'именительный'],
    initials: initialsOf(declension.fullName),
  };
}

/** «Гумерова Г.М.» (lists, tables); in another case «Гумеровой Г.М.». */
export function surnameWithInitials(fullName: string, options: InitialsOptions = {}): string {
  const { surname, initials } = surnameAndInitials(fullName, options);
  return initials === '' ? surname : `${surname}${options.separator ?? ' '}${initials}`;
}

/** «Г.М. Гумерова» (signature blocks, ГОСТ Р 7.0.97: initials before the surname). */
export function initialsWithSurname(fullName: string, options: InitialsOptions = {}): string {
  const { surname, initials } = surnameAndInitials(fullName, options);
  return initials === '' ? surname : `${initials}${options.separator ?? ' '}${surname}`;
}
