import { getFirstnameGender } from 'lvovich';
import type { Gender } from '../bank/model';

/** «Фамилия Имя Отчество» split into its parts; only the surname is always there. */
export interface NameParts {
  surname: string;
  firstName?: string;
  /** Everything after the first name: «Сергеевич», or a Turkic patronymic «Рашид оглы». */
  patronymic?: string;
}

/** Where the gender of a person was taken from, strongest first. */
export type GenderSource = 'пол' | 'отчество' | 'фамилия' | 'имя';

export interface GenderFinding {
  gender?: Gender;
  source?: GenderSource;
  /** Russian notes for the curator: a guess, or a «Пол» that contradicts the patronymic. */
  warnings: string[];
}

const MALE_TURKIC_MARKERS = ['оглы', 'огли', 'угли', 'улы', 'уулу'];
const FEMALE_TURKIC_MARKERS = ['кызы', 'гызы', 'кизи'];

const GENDER_WORDS: Readonly<Record<Gender, string>> = { м: 'мужской', ж: 'женский' };
const FORM_WORDS: Readonly<Record<Gender, string>> = { м: 'мужская форма', ж: 'женская форма' };

/** Collapses runs of spaces, tabs and no-break spaces that come from pasted cells. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Splits «Фамилия Имя Отчество» by position: the bank stores names in this order. */
export function splitFullName(fullName: string): NameParts {
  const words = normalizeSpaces(fullName).split(' ').filter((word) => word !== '');
  if (words.length === 0) return { surname: '' };
  const parts: NameParts = { surname: words[0] };
  if (words.length > 1) parts.firstName = words[1];
  if (words.length > 2) parts.patronymic = words.slice(2).join(' ');
  return parts;
}

/** The gender a Turkic patronymic («Рашид оглы», «Рашид-кызы») states; undefined when it is not one. */
export function turkicPatronymicGender(patronymic: string): Gender | undefined {
  const words = patronymic.toLowerCase().split(/[\s-]+/);
  const last = words[words.length - 1];
  if (words.length < 2) return undefined;
  if (MALE_TURKIC_MARKERS.includes(last)) return 'м';
  if (FEMALE_TURKIC_MARKERS.includes(last)) return 'ж';
  return undefined;
}

/** Gender by the patronymic: -ич / -на, оглы / кызы. */
export function genderFromPatronymic(patronymic: string): Gender | undefined {
  const turkic = turkicPatronymicGender(patronymic);
  if (turkic) return turkic;
  const last = patronymic.toLowerCase().split(/\s+/).pop() ?? '';
  if (!/^[а-яё-]+$/.test(last)) return undefined;
  if (/ич$/.test(last)) return 'м';
  if (/(вна|чна|шна)$/.test(last)) return 'ж';
  return undefined;
}

/** Gender by the surname's Russian form (-ов/-ова, -ский/-ская, -ий/-ая); undefined for Швец, Шевченко, Гогия. */
export function genderFromSurname(surname: string): Gender | undefined {
  const segments = surname.toLowerCase().split('-');
  const last = segments[segments.length - 1];
  if (!/^[а-яё]{3,}$/.test(last)) return undefined;
  if (/(ова|ева|ёва|ина|ына|ская|цкая|[^аеёиоуыэюя]ая|[^аеёиоуыэюя]яя)$/.test(last)) return 'ж';
  if (/(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|[^аеёиоуыэюя][ыи]й)$/.test(last)) return 'м';
  return undefined;
}

/**
 * Decides the gender: the «Пол» column wins, then the patronymic, then the surname's form, and only then a
 * guess from the first name (lvovich's name lists), which is reported because it can be wrong (Гульсасак).
 */
export function detectGender(parts: NameParts, explicit?: Gender): GenderFinding {
  const warnings: string[] = [];
  const byPatronymic = parts.patronymic ? genderFromPatronymic(parts.patronymic) : undefined;
  if (explicit) {
    if (byPatronymic && byPatronymic !== explicit) {
      warnings.push(
        `Пол «${explicit}» не совпадает с отчеством «${parts.patronymic}» (${GENDER_WORDS[byPatronymic]}): ` +
          'ФИО склонено по столбцу «Пол», проверьте его.',
      );
    }
    const bySurname = genderFromSurname(parts.surname);
    if (!byPatronymic && bySurname && bySurname !== explicit) {
      warnings.push(
        `Пол «${explicit}» не совпадает с фамилией «${parts.surname}» (${FORM_WORDS[bySurname]}): ` +
          'ФИО склонено по столбцу «Пол», проверьте его.',
      );
    }
    return { gender: explicit, source: 'пол', warnings };
  }
  if (byPatronymic) return { gender: byPatronymic, source: 'отчество', warnings };
  const bySurname = genderFromSurname(parts.surname);
  if (bySurname) return { gender: bySurname, source: 'фамилия', warnings };
  if (parts.firstName && /^[а-яё-]+$/i.test(parts.firstName)) {
    const guess = getFirstnameGender(parts.firstName);
    if (guess === 'male' || guess === 'female') {
      const gender: Gender = guess === 'male' ? 'м' : 'ж';
      warnings.push(
        `Пол определён по имени «${parts.firstName}» как ${GENDER_WORDS[gender]}: проверьте склонение ` +
          'или заполните столбец «Пол».',
      );
      return { gender, source: 'имя', warnings };
    }
  }
  return { warnings };
}
