/**
 * Rows of «Журнал»: what the product did and when, naming people only by their codes. «Журнал» is also the memory of
 * issued codes (codes.ts reads its «Коды» by header), so its rows are always placed by header, never by position.
 */
import { type AppendPlan, appendUnder } from './append';
import { LOG_COLUMNS, SHEET } from './schema';
import type { Cell } from './table';

export function logEntry(now: Date, action: string, codes: readonly string[], details: string): Cell[] {
  return [now, action, codes.join('; '), details];
}

const LOG_ORDER = [LOG_COLUMNS.time, LOG_COLUMNS.action, LOG_COLUMNS.codes, LOG_COLUMNS.details];

/** A logEntry as {header: value}. */
export function logRecord(entry: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(LOG_ORDER.map((header, i) => [header, entry[i] ?? null]));
}

/**
 * Log entries under the last row of «Журнал» with this header (as read from the sheet; the spec's header for a sheet
 * that does not exist yet), each value in its column wherever the curator moved it.
 */
export function logAppend(header: readonly string[] | undefined, lastRow: number, entries: ReadonlyArray<readonly Cell[]>): AppendPlan {
  return appendUnder(SHEET.log, header ?? LOG_ORDER, header ? lastRow : 1, entries.map(logRecord));
}
