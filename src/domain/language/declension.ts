import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import type { Gender } from '../bank/model';
import {
  detectGender,
  normalizeSpaces,
  splitFullName,
  turkicPatronymicGender,
  type GenderSource,
  type NameParts,
} from './full-name';
import { GRAMMATICAL_CASES, type GrammaticalCase } from './grammatical-case';
import { correctedFirstNameWord, correctedSurnameWord } from './name-corrections';
import { parseNameOverride, type NameOverride } from './name-override';

/*
 * Declension of «Фамилия Имя Отчество».
 *
 * Rules come from lvovich (MIT, pure data-driven rules, no Node APIs), called per part with an explicit gender,
 * because its whole-name call guesses the gender and gets it wrong for names like Гульсасак. Against our test list
 * lvovich was right for 36 of 43 names and petrovich 0.2.1 for 30; lvovich's misses (Горячий, Осадчий/Осадчая,
 * Швец, Т of Коломиец and Илья) are corrected in name-corrections.ts. Anything still wrong is fixed per person
 * by the curator's override (name-override.ts).
 */

export interface DeclineOptions {
  /** From the «Пол» column; wins over the patronymic. */
  gender?: Gender;
  /** The curator's forms, as typed («Р: …; Д: …») or already parsed. */
  override?: string | NameOverride;
}

export interface NameDeclension {
  /** The name as given, spaces tidied. */
  fullName: string;
  parts: NameParts;
  gender?: Gender;
  genderSource?: GenderSource;
  forms: Record<GrammaticalCase, string>;
  /** The surname alone in each case, for «Гумеровой Г.М.». */
  surnameForms: Record<GrammaticalCase, string>;
  /** Which forms came from the curator's override rather than the rules. */
  overridden: GrammaticalCase[];
  /** Russian notes for the curator (a guessed gender, an unreadable override, Latin letters). */
  warnings: string[];
}

type LibraryCase = Parameters<typeof inclineLastname>[1];
type LibraryGender = 'male' | 'female';

const LIBRARY_CASES: Readonly<Record<GrammaticalCase, LibraryCase>> = {
  именительный: 'nominative',
  родительный: 'genitive',
  дательный: 'dative',
  винительный: 'accusative',
  творительный: 'instrumental',
  предложный: 'prepositional',
};

type PartKind = 'surname' | 'firstName' | 'patronymic';

const LIBRARY_FUNCTIONS: Readonly<Record<PartKind, typeof inclineLastname>> = {
  surname: inclineLastname,
  firstName: inclineFirstname,
  patronymic: inclineMiddlename,
};

const CYRILLIC_WORD = /^[а-яё]+(-[а-яё]+)*$/i;
const HAS_LATIN = /[a-z]/i;
const HAS_CYRILLIC = /[а-яё]/i;

/** Gives the declined lower-case word the letter case of the original: ИВАНОВ → ИВАНОВА, Петров-Водкин → Петрова-Водкина. */
function restoreLetterCase(original: string, declined: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return declined.toUpperCase();
  const originalSegments = original.split('-');
  const declinedSegments = declined.split('-');
  if (originalSegments.length !== declinedSegments.length) return declined;
  return declinedSegments
    .map((segment, i) => {
      const first = originalSegments[i].charAt(0);
      return first !== first.toLowerCase() ? segment.charAt(0).toUpperCase() + segment.slice(1) : segment;
    })
    .join('-');
}

function declineWordLower(word: string, kind: PartKind, gender: Gender, grammaticalCase: GrammaticalCase): string {
  const libraryGender: LibraryGender = gender === 'м' ? 'male' : 'female';
  const byLibrary = LIBRARY_FUNCTIONS[kind](word, LIBRARY_CASES[grammaticalCase], libraryGender);
  if (kind === 'surname') {
    // The library declines each hyphen segment; ours are applied per segment on top.
    const segments = word.split('-');
    const libSegments = byLibrary.split('-');
    if (libSegments.length !== segments.length) return byLibrary;
    return segments
      .map((segment, i) => correctedSurnameWord(segment, gender, grammaticalCase) ?? libSegments[i])
      .join('-');
  }
  if (kind === 'firstName') {
    const segments = word.split('-');
    if (segments.length === 1) return correctedFirstNameWord(word, gender, grammaticalCase) ?? byLibrary;
    // Анна-Мария: two names, each declined on its own.
    return segments
      .map((segment) => correctedFirstNameWord(segment, gender, grammaticalCase)
        ?? LIBRARY_FUNCTIONS.firstName(segment, LIBRARY_CASES[grammaticalCase], libraryGender))
      .join('-');
  }
  return byLibrary;
}

/**
 * One word of a name in one case. Without a known gender a word is declined only if both genders give the same
 * form (Глинка, Гогия, Саша); otherwise it stays as written.
 */
function declineWord(word: string, kind: PartKind, gender: Gender | undefined, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'именительный' || !CYRILLIC_WORD.test(word)) return word;
  const lower = word.toLowerCase();
  let declined: string;
  if (gender) {
    declined = declineWordLower(lower, kind, gender, grammaticalCase);
  } else {
    const asMale = declineWordLower(lower, kind, 'м', grammaticalCase);
    const asFemale = declineWordLower(lower, kind, 'ж', grammaticalCase);
    declined = asMale === asFemale ? asMale : lower;
  }
  return restoreLetterCase(word, declined);
}

function declinePatronymic(patronymic: string, gender: Gender | undefined, grammaticalCase: GrammaticalCase): string {
  // «Рашид оглы»: the father's name and the particle stay unchanged in every case.
  if (turkicPatronymicGender(patronymic)) return patronymic;
  const words = patronymic.split(' ');
  const last = words.pop() ?? '';
  return [...words, declineWord(last, 'patronymic', gender, grammaticalCase)].join(' ');
}

/** Words that mix Latin and Cyrillic letters («Нинo» typed with a Latin «o»): they look right but never decline. */
export function mixedLetterWarnings(fullName: string): string[] {
  return normalizeSpaces(fullName).split(' ')
    .filter((word) => HAS_LATIN.test(word) && HAS_CYRILLIC.test(word))
    .map((word) => `В слове «${word}» смешаны латинские и русские буквы: исправьте написание, иначе оно не склоняется.`);
}

function wordWarnings(parts: NameParts): string[] {
  const words = [parts.surname, parts.firstName ?? '', parts.patronymic ?? ''].join(' ').split(' ').filter(Boolean);
  const warnings = mixedLetterWarnings(words.join(' '));
  for (const word of words) {
    if (HAS_LATIN.test(word) && !HAS_CYRILLIC.test(word)) warnings.push(`Слово «${word}» написано латиницей и оставлено без изменения.`);
  }
  if (parts.patronymic && !turkicPatronymicGender(parts.patronymic) && parts.patronymic.includes(' ')) {
    warnings.push(
      `В ФИО больше трёх слов: склонено только последнее слово отчества «${parts.patronymic}». ` +
        'Проверьте склонение или задайте его вручную.',
    );
  }
  return warnings;
}

function resolveOverride(override: DeclineOptions['override'], warnings: string[]): NameOverride {
  if (override === undefined) return {};
  if (typeof override !== 'string') return override;
  if (override.trim() === '') return {};
  const parsed = parseNameOverride(override);
  if (parsed.ok) return parsed.forms;
  warnings.push(`Ручное склонение не применено: ${parsed.errors.join(' ')}`);
  return {};
}

/** Declines a full name into all six cases, with the gender used and notes for the curator. */
export function declineName(fullName: string, options: DeclineOptions = {}): NameDeclension {
  const normalized = normalizeSpaces(fullName);
  const parts = splitFullName(normalized);
  const finding = detectGender(parts, options.gender);
  const warnings = [...finding.warnings, ...wordWarnings(parts)];
  if (parts.surname === '') warnings.push('ФИО не заполнено.');
  const gender = finding.gender;
  if (!gender && parts.surname !== '') {
    warnings.push(
      `Не удалось определить пол для «${normalized}»: заполните столбец «Пол». ` +
        'Слова, склонение которых зависит от пола, оставлены без изменения.',
    );
  }
  const override = resolveOverride(options.override, warnings);
  const forms = {} as Record<GrammaticalCase, string>;
  const surnameForms = {} as Record<GrammaticalCase, string>;
  const overridden: GrammaticalCase[] = [];
  for (const grammaticalCase of GRAMMATICAL_CASES) {
    const surname = declineWord(parts.surname, 'surname', gender, grammaticalCase);
    const words = [surname];
    if (parts.firstName) words.push(declineWord(parts.firstName, 'firstName', gender, grammaticalCase));
    if (parts.patronymic) words.push(declinePatronymic(parts.patronymic, gender, grammaticalCase));
    const manual = override[grammaticalCase];
    if (manual !== undefined && manual.trim() !== '') {
      forms[grammaticalCase] = normalizeSpaces(manual);
      // The override is written in the same order, so its first word is the surname.
      surnameForms[grammaticalCase] = forms[grammaticalCase].split(' ')[0];
      overridden.push(grammaticalCase);
    } else {
      forms[grammaticalCase] = words.join(' ');
      surnameForms[grammaticalCase] = surname;
    }
  }
  return {
    fullName: normalized,
    parts,
    gender,
    genderSource: finding.source,
    forms,
    surnameForms,
    overridden,
    warnings,
  };
}

/** The full name in one case: «Назначить {винительный} куратором». */
export function declineFullName(fullName: string, grammaticalCase: GrammaticalCase, options: DeclineOptions = {}): string {
  return declineName(fullName, options).forms[grammaticalCase];
}

/**
 * What is doubtful about the gender a name is declined by: «Пол» contradicting the patronymic or the surname, a gender
 * guessed from the first name, or no gender at all while the forms differ for a man and a woman («Коломийцу Саше» or
 * «Коломиец Саше»?) and the curator's override does not settle it. `fix` says what the curator should fill in.
 */
export function genderDoubts(fullName: string, options: DeclineOptions = {}, fix = 'укажите пол или «Склонение ФИО»'): string[] {
  const parts = splitFullName(normalizeSpaces(fullName));
  if (parts.surname === '') return [];
  const finding = detectGender(parts, options.gender);
  const doubts = [...finding.warnings];
  if (!finding.gender) {
    const male = declineName(fullName, { gender: 'м', override: options.override }).forms;
    const female = declineName(fullName, { gender: 'ж', override: options.override }).forms;
    if (GRAMMATICAL_CASES.some((c) => male[c] !== female[c])) {
      doubts.push(`Пол не определяется ни по отчеству, ни по фамилии, а склонение от него зависит (кому? — «${male.дательный}» или «${female.дательный}»): ${fix}.`);
    }
  }
  return doubts;
}
