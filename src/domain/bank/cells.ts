/** Reading one cell by its column type: the value the domain uses, or the Russian reason it cannot be used. */
import type { ColumnSpec } from './schema';
import { type Cell, cellText, isBlank } from './table';
import { type Vocabularies, VOCABULARY, findTerm, normalizeTerm, splitList } from './vocabulary';

export type CellValue = string | number | boolean | Date | string[];

export type Parsed =
  | { ok: true; value: CellValue | undefined; warning?: string }
  | { ok: false; message: string };

const EMAIL = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]{2,}$/;

export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** «16.11.2022» or a Date cell. */
export function parseDate(cell: Cell): Date | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell;
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getDate() === day && date.getMonth() === month - 1 ? date : undefined;
}

function quoted(cell: Cell): string {
  const text = cellText(cell);
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}

function allowedTerms(spec: ColumnSpec, vocabularies: Vocabularies): string[] {
  return (spec.vocabularies ?? []).flatMap((key) => vocabularies[key] ?? []);
}

function vocabularyNames(spec: ColumnSpec): string {
  return (spec.vocabularies ?? []).map((key) => `«${VOCABULARY[key]}»`).join(' или ');
}

/** A blank cell is `{ok: true, value: undefined}`; required-ness is the caller's rule. */
export function parseCell(spec: ColumnSpec, cell: Cell, vocabularies: Vocabularies): Parsed {
  if (isBlank(cell)) return { ok: true, value: undefined };
  switch (spec.type) {
    case 'code':
    case 'text':
    case 'url': {
      const text = cellText(cell).trim();
      const warning = text.startsWith('=') ? `значение ${quoted(cell)} начинается с «=»: оно хранится как текст, а не как формула` : undefined;
      return { ok: true, value: text, warning };
    }
    case 'number':
    case 'integer': {
      const value = parseNumber(cell);
      if (value === undefined) return { ok: false, message: `ожидается число, указано ${quoted(cell)}` };
      if (spec.type === 'integer' && !Number.isInteger(value)) return { ok: false, message: `ожидается целое число, указано ${quoted(cell)}` };
      if (spec.min !== undefined && value < spec.min) return { ok: false, message: `значение ${quoted(cell)} меньше допустимого: минимум ${spec.min}` };
      if (spec.max !== undefined && value > spec.max) return { ok: false, message: `значение ${quoted(cell)} больше допустимого: максимум ${spec.max}` };
      return { ok: true, value };
    }
    case 'date':
    case 'datetime': {
      const value = parseDate(cell);
      return value ? { ok: true, value } : { ok: false, message: `ожидается дата в виде ДД.ММ.ГГГГ, указано ${quoted(cell)}` };
    }
    case 'email': {
      const text = cellText(cell).trim();
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, message: `адрес электронной почты ${quoted(cell)} указан неверно` };
    }
    case 'yesno': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const text = normalizeTerm(cellText(cell));
      if (text === 'да') return { ok: true, value: true };
      if (text === 'нет') return { ok: true, value: false };
      return { ok: false, message: `ожидается «да» или «нет», указано ${quoted(cell)}` };
    }
    case 'choice': {
      const term = findTerm(allowedTerms(spec, vocabularies), cellText(cell));
      return term !== undefined
        ? { ok: true, value: term }
        : { ok: false, message: `значения ${quoted(cell)} нет в справочнике ${vocabularyNames(spec)}` };
    }
    case 'choices': {
      const allowed = allowedTerms(spec, vocabularies);
      const items = splitList(cellText(cell));
      const known: string[] = [];
      const unknown: string[] = [];
      for (const item of items) {
        const term = findTerm(allowed, item);
        if (term === undefined) unknown.push(item);
        else if (!known.includes(term)) known.push(term);
      }
      const warning = unknown.length
        ? `${unknown.map((u) => `«${u}»`).join(', ')} нет в справочнике ${vocabularyNames(spec)}: при подборе не учитывается`
        : undefined;
      return { ok: true, value: known, warning };
    }
  }
}

/** Whether text is one well-formed email address (the same rule as the «Email» columns). */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}
