/**
 * Matching of curator-typed terms: deficits against competences, subjects, forms and kinds.
 * Cells are typed by people, so «ИКТ», «икт », «Цифровые инструменты и ИКТ» differ only in
 * case, spacing, quotes, dashes or ё; we compare a normal form and never show it to the user.
 */

/** A comparison key: lower case, ё→е, one kind of dash and quote removed, single spaces. */
export function termKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„']/g, '')
    .replace(/\s*[-‐‑‒–—―]\s*/g, '-')
    .replace(/\s+/g, ' ')
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

  /** Ids of a list of terms, blanks dropped, duplicates kept once, in the original order. */
  idsOf(texts: readonly string[]): number[] {
    const out: number[] = [];
    for (const t of texts) {
      const id = this.id(t);
      if (id >= 0 && !out.includes(id)) out.push(id);
    }
    return out;
  }
}
