/** «Журнал» rows for document actions: when, what, which codes (no personal data), details. */
import { LOG_COLUMNS } from '../bank/schema';
import type { Cell } from '../bank/table';

// TODO(merge): use logEntry from bank/log.ts once it is on main (it is imported by bank/setup.ts but not committed).
export function journalRow(now: Date, action: string, codes: readonly string[], details: string): Cell[] {
  const byHeader: Record<string, Cell> = { [LOG_COLUMNS.time]: now, [LOG_COLUMNS.action]: action, [LOG_COLUMNS.codes]: codes.join(', '), [LOG_COLUMNS.details]: details };
  return [LOG_COLUMNS.time, LOG_COLUMNS.action, LOG_COLUMNS.codes, LOG_COLUMNS.details].map((h) => byHeader[h]);
}
