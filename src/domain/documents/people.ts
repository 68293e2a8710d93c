/** How people appear in documents: initials for signatures, and the checks a name must pass before a director signs it. */
import type { CellRef } from '../bank/model';

const NBSP = '\u00a0';

/** Surname, given name, the rest (patronymic, «оглы», «кызы»). */
export function nameParts(fullName: string): { surname: string; given: string; patronymic: string } {
  const [surname = '', given = '', ...rest] = fullName.trim().split(/\s+/);
  return { surname, given, patronymic: rest.join(' ') };
}

function initials(given: string, patronymic: string): string {
  const first = given ? `${given.charAt(0).toUpperCase()}.` : '';
  const second = patronymic ? `${patronymic.charAt(0).toUpperCase()}.` : '';
  return first + second;
}

/** «Хабибрахманов Шамиль Халилович» → «Ш.Х. Хабибрахманов» (ГОСТ Р 7.0.97: initials before the surname in a signature). */
export function signatureName(fullName: string): string {
  const { surname, given, patronymic } = nameParts(fullName);
  const init = initials(given, patronymic);
  return init ? `${init}${NBSP}${surname}` : surname;
}

/**
 * A declined full name shortened to «Гумеровой Г.М.»: the surname from the declined form, the initials from the
 * nominative (initials do not decline).
 */
export function surnameWithInitials(declinedFullName: string, nominativeFullName: string): string {
  const { surname } = nameParts(declinedFullName);
  const { given, patronymic } = nameParts(nominativeFullName);
  const init = initials(given, patronymic);
  return init ? `${surname}${NBSP}${init}` : surname;
}

export function cellPlace(ref: CellRef): string {
  return `лист «${ref.sheet}», строка ${ref.row}, столбец «${ref.column}»`;
}

/** Why a name cannot go into a document as it is, or undefined when it can; `where` says where the curator typed it. */
export function nameProblem(fullName: string, where: string): string | undefined {
  const name = fullName.trim();
  if (name === '') return `Не заполнено ФИО (${where}).`;
  if (/[A-Za-z]/.test(name)) {
    return `ФИО «${name}» (${where}) написано латиницей: в приказе имя склоняется по-русски. Запишите ФИО кириллицей.`;
  }
  if (!/^[А-Яа-яЁё]+(?:[-'’][А-Яа-яЁё]+)*(?:\s+[А-Яа-яЁё]+(?:[-'’][А-Яа-яЁё]+)*)*$/.test(name)) {
    return `ФИО «${name}» (${where}) содержит цифры или знаки: оставьте только буквы, дефис и пробелы.`;
  }
  if (name.split(/\s+/).length < 2) {
    return `В ФИО «${name}» (${where}) только одно слово: для приказа нужны фамилия, имя и отчество (если оно есть).`;
  }
  return undefined;
}
