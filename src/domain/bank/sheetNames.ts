/**
 * Sheets are found by name as columns are found by header: the curator's «наставники » is «Наставники». Google
 * Sheets and Excel both refuse a second sheet whose name differs only in case, so adding the product's own beside
 * the curator's would fail.
 */
import { normalizeTerm } from './vocabulary';

/** The index of the sheet called `name`: the exact name first, then the same name spelt loosely; -1 when none. */
export function findSheetName(names: readonly string[], name: string): number {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const key = normalizeTerm(name);
  return names.findIndex((candidate) => normalizeTerm(candidate) === key);
}
