/** Values the product writes into Google Sheets. */
import type { Cell } from '../../domain/bank/table';
import type { SheetDates } from './dates';

/**
 * setValues() reads a string as if the curator had typed it: = + - @ start a formula, a leading apostrophe is eaten,
 * and «01234», «16.11.2022», «3,5», «10:30», «50%», «ИСТИНА» become a number, a date, a time, a truth value. A leading
 * apostrophe makes any of them literal text (the apostrophe itself is not stored: getValues() returns the text
 * without it), so what the product writes as text — user text above all — is kept exactly.
 */
const PARSED_BY_SHEETS = new RegExp(`^(?:${[
  /[=+\-@'].*/, // a formula, or an apostrophe of the text's own
  /\s*[$€₽£¥]?\s*[+-]?\d[\d \u00a0]*(?:[.,]\d*)?(?:e[+-]?\d+)?\s*(?:%|₽|р\.|руб\.?|[$€£¥])?\s*/, // a number, a percentage, a sum
  /\s*\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/, // a date, with a time or not
  /\s*\d{1,2}:\d{2}(?::\d{2})?\s*/, // a time
  /\s*\d+\s+\d+\/\d+\s*/, // a fraction «1 1/2»
  /\s*(?:true|false|истина|ложь)\s*/, // a truth value
].map((pattern) => pattern.source).join('|')})$`, 'is');

export function asSheetValue(cell: Cell, dates: SheetDates): string | number | boolean | Date {
  if (cell === null) return '';
  if (cell instanceof Date) return dates.toSheet(cell);
  if (typeof cell === 'string' && PARSED_BY_SHEETS.test(cell)) return `'${cell}`;
  return cell;
}

export function asSheetRows(rows: readonly Cell[][], width: number, dates: SheetDates): Array<Array<string | number | boolean | Date>> {
  return rows.map((row) => {
    const out = row.slice(0, width).map((cell) => asSheetValue(cell, dates));
    while (out.length < width) out.push('');
    return out;
  });
}
