/** Values the product writes into Google Sheets. */
import type { Cell } from '../../domain/bank/table';
import type { SheetDates } from './dates';

/**
 * Sheets parses a string that starts with = + - or @ as a formula. A leading apostrophe makes it literal text (the
 * apostrophe itself is not stored: getValues() returns the text without it), so user text can never run as a formula.
 */
export function asSheetValue(cell: Cell, dates: SheetDates): string | number | boolean | Date {
  if (cell === null) return '';
  if (cell instanceof Date) return dates.toSheet(cell);
  if (typeof cell === 'string' && /^[=+\-@]/.test(cell)) return `'${cell}`;
  return cell;
}

export function asSheetRows(rows: readonly Cell[][], width: number, dates: SheetDates): Array<Array<string | number | boolean | Date>> {
  return rows.map((row) => {
    const out = row.slice(0, width).map((cell) => asSheetValue(cell, dates));
    while (out.length < width) out.push('');
    return out;
  });
}
