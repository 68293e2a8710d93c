/**
 * Which known name a curator's header or parameter probably is: «Дефициты» for «Дефициты (запросы)», «E-mail» for
 * «Email», «Наименование организации» for «Полное наименование организации». Used only for hints, never to read data.
 */
import { normalizeHeader } from './table';

/** Letters and digits only: «E-mail» and «Email», «Макс. наставляемых» and «Макс наставляемых» compare equal. */
function letters(name: string): string {
  return normalizeHeader(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(name: string): string[] {
  return normalizeHeader(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Levenshtein distance: how many letters to insert, delete or change to turn one text into the other. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Every word of the shorter name is a word of the longer one: a name shortened or extended by the curator. */
function sharesAllWords(a: string, b: string): boolean {
  const [shorter, longer] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return shorter.length > 0 && shorter.every((word) => longer.includes(word));
}

/** How far apart two names are (smaller is closer), or undefined when they look unrelated. */
function distance(candidate: string, known: string): number | undefined {
  const a = letters(candidate);
  const b = letters(known);
  if (!a || !b) return undefined;
  const edits = editDistance(a, b);
  if (edits <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 4))) return edits;
  if (sharesAllWords(candidate, known)) return edits;
  return undefined;
}

/** The known name the candidate most probably means, or undefined when none is close. */
export function closestName(candidate: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const d = distance(candidate, name);
    if (d !== undefined && (!best || d < best.distance)) best = { name, distance: d };
  }
  return best?.name;
}
