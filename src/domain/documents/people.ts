/** The checks a name must pass before it goes into a document a director signs. */
import type { CellRef } from '../bank/model';
import { mixedLetterWarnings } from '../language/declension';

export function cellPlace(ref: CellRef): string {
  return `лист «${ref.sheet}», строка ${ref.row}, столбец «${ref.column}»`;
}

/** Why a name cannot go into a document as it is, or undefined when it can; `where` says where the curator typed it. */
export function nameProblem(fullName: string, where: string): string | undefined {
  const name = fullName.trim();
  if (name === '') return `Не заполнено ФИО (${where}).`;
  // «Нинo» with a Latin «o» looks Russian: say which word, not «written in Latin».
  const mixed = mixedLetterWarnings(name);
  if (mixed.length > 0) return `ФИО «${name}» (${where}): ${mixed.join(' ')}`;
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
