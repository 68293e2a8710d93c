/*
 * Counts with the right noun form: «1 пара», «3 пары», «5 пар», «11 пар», «21 пара».
 * Fractions («2,5 балла») take the genitive singular, written with a decimal comma.
 */

/** one: 1, 21, 101; few: 2–4, 22–24; many: 0, 5–20, 25–30, 111–114. */
export type PluralCategory = 'one' | 'few' | 'many';

export interface NounForms {
  one: string;
  few: string;
  many: string;
  /** With a fraction: «2,5 балла», «1,5 наставляемого». Default: few, which is right for nouns. */
  fraction?: string;
}

/** The nouns the product counts. Substantivised adjectives take the genitive plural from 2 on: «2 наставляемых». */
export const NOUNS = {
  пара: { one: 'пара', few: 'пары', many: 'пар' },
  наставник: { one: 'наставник', few: 'наставника', many: 'наставников' },
  наставляемый: { one: 'наставляемый', few: 'наставляемых', many: 'наставляемых', fraction: 'наставляемого' },
  группа: { one: 'группа', few: 'группы', many: 'групп' },
  анкета: { one: 'анкета', few: 'анкеты', many: 'анкет' },
  ответ: { one: 'ответ', few: 'ответа', many: 'ответов' },
  балл: { one: 'балл', few: 'балла', many: 'баллов' },
  педагог: { one: 'педагог', few: 'педагога', many: 'педагогов' },
  документ: { one: 'документ', few: 'документа', many: 'документов' },
  приказ: { one: 'приказ', few: 'приказа', many: 'приказов' },
  день: { one: 'день', few: 'дня', many: 'дней' },
  месяц: { one: 'месяц', few: 'месяца', many: 'месяцев' },
  год: { one: 'год', few: 'года', many: 'лет' },
  участник: { one: 'участник', few: 'участника', many: 'участников' },
  программа: { one: 'программа', few: 'программы', many: 'программ' },
  человек: { one: 'человек', few: 'человека', many: 'человек' },
} as const satisfies Record<string, NounForms>;

export type CountedNoun = keyof typeof NOUNS;

function checkCount(n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`Число «${n}» нельзя записать словами.`);
}

/** The plural category of a whole number; the last two digits decide (11–14 are «many»). */
export function pluralCategory(n: number): PluralCategory {
  checkCount(n);
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'many';
  if (last === 1) return 'one';
  if (last >= 2 && last <= 4) return 'few';
  return 'many';
}

function formOf(n: number, forms: NounForms): string {
  checkCount(n);
  if (!Number.isInteger(n)) return forms.fraction ?? forms.few;
  return forms[pluralCategory(n)];
}

/** The noun form alone: pluralize(5, 'пара', 'пары', 'пар') → «пар». */
export function pluralize(n: number, one: string, few: string, many: string): string {
  return formOf(n, { one, few, many });
}

function roundToHundredths(n: number): number {
  checkCount(n);
  return Math.round(n * 100) / 100;
}

/** A number as written in Russian text: decimal comma, at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(roundToHundredths(n)).replace('.', ',');
}

/** «3 пары», «21 наставляемый», «2,5 балла», from the product's dictionary. */
export function countOf(n: number, noun: CountedNoun): string {
  // The noun agrees with the number as printed: 0,999 prints as «1», so «1 балл».
  const shown = roundToHundredths(n);
  return `${formatNumber(shown)} ${formOf(shown, NOUNS[noun])}`;
}

/** Like countOf for a noun outside the dictionary: formatCount(3, 'школа', 'школы', 'школ') → «3 школы». */
export function formatCount(n: number, one: string, few: string, many: string): string {
  const shown = roundToHundredths(n);
  return `${formatNumber(shown)} ${pluralize(shown, one, few, many)}`;
}
