import { GRAMMATICAL_CASES, type GrammaticalCase } from './grammatical-case';

/** Endings in case order И, Р, Д, В, Т, П, shared by the name corrections and the positions. */
export type Endings = readonly [string, string, string, string, string, string];

export function withEnding(stem: string, endings: Endings, grammaticalCase: GrammaticalCase): string {
  return stem + endings[GRAMMATICAL_CASES.indexOf(grammaticalCase)];
}

/** Masculine adjective after г к х: Долгий → Долгого, Горский → Горского. */
export const VELAR_ADJECTIVE: Endings = ['ий', 'ого', 'ому', 'ого', 'им', 'ом'];
/** Masculine soft or hushing adjective: Горячий → Горячего, старший → старшего, заведующий → заведующему. */
export const SOFT_ADJECTIVE: Endings = ['ий', 'его', 'ему', 'его', 'им', 'ем'];
