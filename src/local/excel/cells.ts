/** exceljs cell values ↔ the domain's cells. */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../domain/bank/table';

/**
 * exceljs reads a date cell as the UTC instant of its serial number; the domain reads calendar dates with local
 * getters (as Apps Script hands them over in the spreadsheet's zone). Shifting here keeps 16.11.2022 the 16th anywhere.
 */
export function fromExcelDate(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

export function toExcelDate(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));
}

export function fromExcelValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return fromExcelDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && !(result instanceof Date)) return null;
      return fromExcelValue(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/**
 * Strings are written as strings: exceljs never turns text into a formula, whatever it starts with. An empty text is
 * an empty cell, as the package patch writes it (package/cellXml.ts), so a new sheet and a rewritten one read alike.
 */
export function toExcelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return toExcelDate(cell);
  return cell;
}
