import { SOFT_ADJECTIVE, VELAR_ADJECTIVE, withEnding, type Endings } from './endings';
import type { GrammaticalCase } from './grammatical-case';

/*
 * School positions by case: «заместителя директора по учебно-воспитательной работе», «учителю начальных классов»,
 * «социальному педагогу», «учителю-логопеду». A position is [adjectives] head noun [complement]: the adjectives and
 * the head decline (a masculine animate noun, so В = Р), the complement («директора по УВР», «начальных классов») is
 * already in the genitive and stays. Only heads we know are declined: anything else gets undefined, and the caller
 * writes the position in a form that needs no declension.
 */

const HARD_NOUN: Endings = ['', 'а', 'у', 'а', 'ом', 'е'];
const SOFT_NOUN: Endings = ['ь', 'я', 'ю', 'я', 'ем', 'е'];
const HARD_ADJECTIVE: Endings = ['ый', 'ого', 'ому', 'ого', 'ым', 'ом'];
const STRESSED_ADJECTIVE: Endings = ['ой', 'ого', 'ому', 'ого', 'ым', 'ом'];

/** Heads of school positions (Номенклатура должностей педагогических работников and the usual staff list). */
const HEADS = new Set([
  'учитель', 'заместитель', 'воспитатель', 'преподаватель', 'руководитель', 'библиотекарь', 'секретарь', 'педагог', 'психолог',
  'логопед', 'дефектолог', 'методист', 'тьютор', 'советник', 'директор', 'инструктор', 'концертмейстер', 'организатор',
  'специалист', 'лаборант', 'тренер', 'ассистент', 'помощник', 'мастер', 'бухгалтер', 'вожатый', 'заведующий', 'сурдопедагог',
  'олигофренопедагог', 'тифлопедагог',
  // Feminine adjectival nouns of staff lists: «заведующая библиотекой», «старшая вожатая».
  'заведующая', 'вожатая',
]);

/** Feminine adjectives and adjectival nouns: «старшая вожатая» → «старшей вожатой», «заведующая» → «заведующую». */
const FEMININE_ADJECTIVE: Endings = ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'];
const FEMININE_HUSHING_ADJECTIVE: Endings = ['ая', 'ей', 'ей', 'ую', 'ей', 'ей'];
const FEMININE_SOFT_ADJECTIVE: Endings = ['яя', 'ей', 'ей', 'юю', 'ей', 'ей'];

/** A masculine adjective (or an adjectival noun: вожатый, заведующий); undefined when the word is not one. */
function adjectiveIn(word: string, grammaticalCase: GrammaticalCase): string | undefined {
  const stem = word.slice(0, -2);
  if (/[гкх]ий$/.test(word)) return withEnding(stem, VELAR_ADJECTIVE, grammaticalCase);
  if (/ий$/.test(word)) return withEnding(stem, SOFT_ADJECTIVE, grammaticalCase);
  if (/ый$/.test(word)) return withEnding(stem, HARD_ADJECTIVE, grammaticalCase);
  if (/[^гкхжшчщ]ой$/.test(word)) return withEnding(stem, STRESSED_ADJECTIVE, grammaticalCase);
  // Unstressed endings after a hushing consonant are spelt «-ей»: старшей, заведующей.
  if (/[жшчщ]ая$/.test(word)) return withEnding(stem, FEMININE_HUSHING_ADJECTIVE, grammaticalCase);
  if (/ая$/.test(word)) return withEnding(stem, FEMININE_ADJECTIVE, grammaticalCase);
  if (/яя$/.test(word)) return withEnding(stem, FEMININE_SOFT_ADJECTIVE, grammaticalCase);
  return undefined;
}

/** One known head noun, or undefined. */
function headIn(word: string, grammaticalCase: GrammaticalCase): string | undefined {
  if (!HEADS.has(word)) return undefined;
  if (/(ый|ий|ая)$/.test(word)) return adjectiveIn(word, grammaticalCase);
  if (word.endsWith('ь')) return withEnding(word.slice(0, -1), SOFT_NOUN, grammaticalCase);
  return withEnding(word, HARD_NOUN, grammaticalCase);
}

/** «учитель-логопед» → «учителю-логопеду»: both nouns of a compound decline. */
function compoundHeadIn(word: string, grammaticalCase: GrammaticalCase): string | undefined {
  const parts = word.split('-').map((part) => headIn(part, grammaticalCase));
  return parts.every((part): part is string => part !== undefined) ? parts.join('-') : undefined;
}

function keepCapital(original: string, declined: string): string {
  return original.charAt(0) !== original.charAt(0).toLowerCase() ? declined.charAt(0).toUpperCase() + declined.slice(1) : declined;
}

function onePositionIn(position: string, grammaticalCase: GrammaticalCase): string | undefined {
  const words = position.split(' ').filter(Boolean);
  const headIndex = words.findIndex((word) => compoundHeadIn(word.toLowerCase(), grammaticalCase) !== undefined);
  if (headIndex < 0) return undefined;
  const declined: string[] = [];
  for (let i = 0; i < headIndex; i++) {
    const adjective = adjectiveIn(words[i].toLowerCase(), grammaticalCase);
    if (adjective === undefined) return undefined;
    declined.push(keepCapital(words[i], adjective));
  }
  declined.push(keepCapital(words[headIndex], compoundHeadIn(words[headIndex].toLowerCase(), grammaticalCase) as string));
  return [...declined, ...words.slice(headIndex + 1)].join(' ');
}

/**
 * The position in a case, or undefined when its head noun is not one we know. «учитель, классный руководитель»:
 * each position of a list declines.
 */
export function declinePosition(position: string, grammaticalCase: GrammaticalCase): string | undefined {
  const text = position.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (grammaticalCase === 'именительный') return text;
  const parts = text.split(/\s*,\s*/).map((part) => onePositionIn(part, grammaticalCase));
  return parts.every((part): part is string => part !== undefined) ? parts.join(', ') : undefined;
}

/** A position inside a sentence starts with a small letter («…, заместителя директора»), an abbreviation keeps its capitals. */
export function positionInSentence(position: string): string {
  const first = position.trim().split(/[\s-]/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return position.trim();
  return position.trim().charAt(0).toLowerCase() + position.trim().slice(1);
}
