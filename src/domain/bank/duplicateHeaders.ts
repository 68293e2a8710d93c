/**
 * Two columns of one sheet with the same header («Статус» in C and in N): reading would take one and appending the
 * other, so a pair written twice or a status read from the wrong column follows. «Проверить банк» reports it as an
 * error, and every action that writes refuses until the curator leaves one.
 */
import type { Issue } from './issues';
import { type Table, columnLetter, normalizeHeader } from './table';

export interface DuplicateHeader {
  sheet: string;
  header: string;
  /** 1-based column numbers, left to right. */
  columns: number[];
}

export function duplicateHeaders(table: Pick<Table, 'sheet' | 'header'>): DuplicateHeader[] {
  const byName = new Map<string, number[]>();
  table.header.forEach((title, index) => {
    const key = normalizeHeader(String(title ?? ''));
    if (key) byName.set(key, [...(byName.get(key) ?? []), index + 1]);
  });
  return [...byName.values()].filter((columns) => columns.length > 1).map((columns) => ({ sheet: table.sheet, header: table.header[columns[0] - 1].trim(), columns }));
}

export function duplicateHeaderMessage(duplicate: DuplicateHeader): string {
  const letters = duplicate.columns.map(columnLetter);
  const listed = `${letters.slice(0, -1).join(', ')} и ${letters[letters.length - 1]}`;
  return `На листе «${duplicate.sheet}» столбцы ${listed} называются одинаково — «${duplicate.header}»: неясно, какой из них читать и куда писать. Оставьте один такой столбец (переименуйте или удалите лишний).`;
}

export function duplicateHeaderIssues(tables: Iterable<Pick<Table, 'sheet' | 'header'> | undefined>): Issue[] {
  return [...tables].flatMap((table) => (table ? duplicateHeaders(table) : [])).map((duplicate) => ({
    severity: 'error' as const,
    sheet: duplicate.sheet,
    row: 1,
    column: duplicate.header,
    message: duplicateHeaderMessage(duplicate),
  }));
}

/** Why a write must not start, or undefined: the first sheet with a repeated header, in the order given. */
export function duplicateHeaderProblem(tables: Iterable<Pick<Table, 'sheet' | 'header'> | undefined>): string | undefined {
  const [first] = duplicateHeaderIssues(tables);
  return first?.message;
}
