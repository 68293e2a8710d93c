/** Values the product writes into Google Sheets. */
import type { Cell } from '../../domain/bank/table';

/**
 * Sheets parses a string that starts with = + - or @ as a formula. A leading apostrophe makes it literal text (the
 * apostrophe itself is not stored: getValues() returns the text without it), so user text can never run as a formula.
 */
export function asSheetValue(cell: Cell): string | number | boolean | Date {
  if (cell === null) return '';
  if (typeof cell === 'string' && /^[=+\-@]/.test(cell)) return `'${cell}`;
  return cell;
}

export function asSheetRows(rows: readonly Cell[][], width: number): Array<Array<string | number | boolean | Date>> {
  return rows.map((row) => {
    const out = row.slice(0, width).map(asSheetValue);
    while (out.length < width) out.push('');
    return out;
  });
}
