/**
 * «Результаты»: one row per scored response (DESIGN §3). The sheet is derived data: «Пересчитать всё» rewrites it
 * from the responses, carrying over whatever the curator added in columns of their own, row by response id.
 */
import { RESULT_COLUMNS as R } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn, normalizeHeader } from '../bank/table';
import type { Questionnaire } from '../questionnaires/model';
import type { ScoredResponse } from './score';

export function resultRecord(result: ScoredResponse, questionnaire: Pick<Questionnaire, 'shortTitle'>): Record<string, Cell> {
  return {
    [R.date]: result.timestamp,
    [R.questionnaire]: questionnaire.shortTitle,
    [R.stage]: result.stage,
    [R.participant]: result.participant ?? '',
    [R.pair]: result.pair ?? '',
    [R.score]: result.total,
    [R.max]: result.max,
    [R.percent]: result.percent,
    [R.level]: result.level.label,
    [R.responseId]: result.responseId,
  };
}

export function resultIds(table: Table | undefined): Set<string> {
  if (!table) return new Set();
  const id = findColumn(table, R.responseId);
  return new Set(id < 0 ? [] : table.rows.map((row) => cellText(row[id]).trim()).filter(Boolean));
}

/** The whole sheet rewritten: our columns from the records, the curator's own columns kept by response id. */
export function rebuiltResults(existing: Table | undefined, records: ReadonlyArray<Record<string, Cell>>): { header: string[]; rows: Cell[][]; clearRows: number } {
  const ours = Object.values(R) as string[];
  const header = existing && existing.header.length > 0 ? [...existing.header] : [...ours];
  for (const title of ours) if (findColumn({ header }, title) < 0) header.push(title);
  const oursNormalised = new Set(ours.map(normalizeHeader));
  const extra = header.map((title, column) => ({ title, column })).filter(({ title }) => title && !oursNormalised.has(normalizeHeader(title)));
  const previous = new Map<string, Cell[]>();
  if (existing && extra.length > 0) {
    const id = findColumn(existing, R.responseId);
    if (id >= 0) for (const row of existing.rows) previous.set(cellText(row[id]).trim(), row);
  }
  const rows = records.map((record) => {
    const row: Cell[] = header.map((title) => {
      const key = Object.keys(record).find((candidate) => normalizeHeader(candidate) === normalizeHeader(title));
      return key === undefined ? null : record[key];
    });
    const before = previous.get(cellText(record[R.responseId]).trim());
    if (before) for (const { column } of extra) row[column] = before[column] ?? null;
    return row;
  });
  return { header, rows, clearRows: Math.max(existing?.rows.length ?? 0, rows.length) };
}
