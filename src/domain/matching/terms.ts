/**
 * Matching of curator-typed terms: deficits against competences, subjects, kinds. The bank's
 * normalizeTerm (case, ё, spaces, dashes) is the base; on top of it quotes and the spaces around
 * a dash are dropped, and a trailing gloss in brackets is ignored, because «виртуальное» and
 * «виртуальное (дистанционное)» are one kind to a curator.
 */
import { normalizeTerm } from '../bank/vocabulary';

/** A comparison key, never shown to the user. */
export function termKey(text: string): string {
  return normalizeTerm(text)
    .replace(/[«»"“”„']/g, '')
    .replace(/\s*[-‐‑‒―]\s*/g, '-')
    .trim();
}

/** The key without a trailing parenthesised gloss: «традиционное («один на один»)» → «традиционное». */
export function termStem(text: string): string {
  return termKey(text).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** True when two curator terms name the same thing (exactly, or up to a parenthesised gloss). */
export function sameTerm(a: string, b: string): boolean {
  const sa = termStem(a);
  return sa !== '' && sa === termStem(b);
}

/**
 * Interns terms as small integers so that a 1,000 × 400 bank compares ids, not strings.
 * Two spellings of one term (see sameTerm) get one id, because the stem is the interned key.
 */
export class TermIndex {
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    const key = termStem(text);
    if (key === '') return -1;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The id of a term if any person has it, else -1 (nothing is added). */
  find(text: string): number {
    return this.ids.get(termStem(text)) ?? -1;
  }
}
