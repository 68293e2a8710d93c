/** One cell as SpreadsheetML writes it: `<c r="B7" s="3" t="inlineStr"><is><t>…</t></is></c>`. */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../domain/bank/table';
import { escapeXml } from './parts';

/**
 * Text as ST_Xstring carries it: a literal «_x0041_» typed by the curator becomes «_x005F_x0041_» (else Excel reads
 * «A»), and control characters XML 1.0 cannot hold become «_x0001_» — as Excel itself saves them.
 */
export function encodeXstring(text: string): string {
  return escapeXml(text)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const DAY_MS = 86_400_000;

/** A date as Excel's serial number (exceljs dates are the serial's UTC instant, see cells.ts). */
export function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / DAY_MS + (date1904 ? 24107 : 25569);
}

export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

function inline(text: string): string {
  return `t="inlineStr"><is><t xml:space="preserve">${encodeXstring(text)}</t></is>`;
}

/** The `t` attribute and content of a value; undefined for an empty cell. */
function body(value: ExcelJS.CellValue, date1904: boolean): string | undefined {
  if (value === null || value === undefined) return undefined;
  // An empty text is an empty cell, as in Google Sheets: Excel has no empty string outside formulas.
  if (typeof value === 'string') return value === '' ? undefined : inline(value);
  if (typeof value === 'number') return Number.isFinite(value) ? `><v>${value}</v>` : undefined;
  if (typeof value === 'boolean') return `t="b"><v>${value ? 1 : 0}</v>`;
  if (value instanceof Date) return `><v>${excelSerial(value, date1904)}</v>`;
  if ('richText' in value) return inline(value.richText.map((part) => part.text).join(''));
  if ('error' in value) return `t="e"><v>${escapeXml(String(value.error))}</v>`;
  if ('formula' in value && value.formula) {
    const result = value.result;
    const cached = result === undefined || result === null || typeof result === 'object' ? '' : typeof result === 'string'
      ? `<v>${encodeXstring(result)}</v>` : `<v>${typeof result === 'boolean' ? Number(result) : result}</v>`;
    return `${typeof result === 'string' ? 't="str"' : ''}><f>${escapeXml(value.formula)}</f>${cached}`;
  }
  if ('text' in value) return inline(String((value as ExcelJS.CellHyperlinkValue).text ?? ''));
  return inline(String(value));
}

export function cellXml(prefix: string, row: number, column: number, style: string | undefined, value: ExcelJS.CellValue, date1904: boolean): string {
  const s = style && style !== '0' ? ` s="${style}"` : '';
  const content = body(value, date1904);
  const open = `<${prefix}c r="${cellRef(row, column)}"${s}`;
  if (content === undefined) return `${open}/>`;
  const [attrs, rest] = content.startsWith('>') ? ['', content] : [` ${content.slice(0, content.indexOf('>'))}`, content.slice(content.indexOf('>'))];
  return `${open}${attrs}${rest}</${prefix}c>`.replace(/<(\/?)(is|t|v|f)\b/g, `<$1${prefix}$2`);
}
