/**
 * Codes of people and pairs: assigned by the product, stable, unique and never reused. The highest number ever issued
 * is the larger of the codes in the sheet and the codes recorded in «Журнал», so a deleted row's code is not given again.
 */
import { type Cell, type Table, cellText, findColumn, isBlank, isBlankRow, sheetRow } from './table';

export function formatCode(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** The number of a code with this prefix («НС-012» → 12), or undefined. */
export function codeNumber(prefix: string, code: string): number | undefined {
  const match = new RegExp(`^${prefix}-(\\d+)$`).exec(code.trim());
  return match ? Number(match[1]) : undefined;
}

/** The highest code number with this prefix found in any of the texts (a log cell may list several codes). */
export function highestCodeNumber(prefix: string, texts: Iterable<string>): number {
  let highest = 0;
  const pattern = new RegExp(`(?:^|[^\\p{L}])${prefix}-(\\d+)`, 'gu');
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

export interface CodeAssignment {
  /** 1-based sheet row of the first code-less data row; the block runs to the last one. */
  firstRow: number;
  /** The code column for rows firstRow..firstRow+values.length-1: new codes, and the cells between them as read. */
  values: Cell[][];
  /** Per row of the block: whether it gets a new code (the others must be left exactly as they are). */
  fresh: boolean[];
  assigned: string[];
}

/** Codes for rows that have data but no code; null when there is nothing to assign. */
export function assignCodes(table: Table, header: string, prefix: string, issuedElsewhere: number): CodeAssignment | null {
  const column = findColumn(table, header);
  if (column < 0) return null;
  const missing: number[] = [];
  table.rows.forEach((row, index) => {
    if (!isBlankRow(row) && isBlank(row[column])) missing.push(index);
  });
  if (missing.length === 0) return null;
  let next = Math.max(issuedElsewhere, highestCodeNumber(prefix, table.rows.map((row) => cellText(row[column])))) + 1;
  const missingSet = new Set(missing);
  const first = missing[0];
  const last = missing[missing.length - 1];
  const values: Cell[][] = [];
  const fresh: boolean[] = [];
  const assigned: string[] = [];
  for (let index = first; index <= last; index++) {
    const isNew = missingSet.has(index);
    fresh.push(isNew);
    if (isNew) {
      const code = formatCode(prefix, next++);
      assigned.push(code);
      values.push([code]);
    } else values.push([table.rows[index][column] ?? null]);
  }
  return { firstRow: sheetRow(first), values, fresh, assigned };
}
