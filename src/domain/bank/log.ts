/** Rows of «Журнал»: what the product did and when, naming people only by their codes. */
import type { Cell } from './table';

export function logEntry(now: Date, action: string, codes: readonly string[], details: string): Cell[] {
  return [now, action, codes.join('; '), details];
}
