/**
 * «Обработка ответов»: every processed response, once, with what became of it. It is the memory that makes
 * processing idempotent (a response id listed here is never processed again by the trigger) and the list where a
 * rejected response is kept with its reason.
 */
import { PROCESSING_COLUMNS as P } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn, isBlankRow } from '../bank/table';
import { normaliseCode, type Rejection } from './responses';

export type Outcome = 'результат' | 'в банке' | 'предпочтение' | 'отклонён';

export interface ProcessingEntry {
  responseId: string;
  questionnaireId: string;
  outcome: string;
  code: string;
  /** When the response was processed (for a rescored one: when it was given); null when the cell holds no date. */
  at: Date | null;
}

export function readProcessingLog(table: Table | undefined): ProcessingEntry[] {
  if (!table) return [];
  const id = findColumn(table, P.responseId);
  if (id < 0) return [];
  const questionnaire = findColumn(table, P.questionnaire);
  const outcome = findColumn(table, P.outcome);
  const code = findColumn(table, P.code);
  const date = findColumn(table, P.date);
  const text = (row: Cell[], column: number) => (column < 0 ? '' : cellText(row[column]).trim());
  return table.rows.filter((row) => !isBlankRow(row) && text(row, id)).map((row) => ({
    responseId: text(row, id), questionnaireId: text(row, questionnaire), outcome: text(row, outcome), code: text(row, code),
    at: date >= 0 && row[date] instanceof Date ? (row[date] as Date) : null,
  }));
}

/**
 * Who has answered each questionnaire since `since` (the academic year's start), by questionnaire id: an answer of an
 * earlier year was for that year's pair, so this year's invitation still waits for one. A row without a date counts.
 */
export function answeredSince(entries: readonly ProcessingEntry[], since: Date): Map<string, Set<string>> {
  const answered = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.outcome === 'отклонён' || !entry.code || (entry.at !== null && entry.at.getTime() < since.getTime())) continue;
    if (!answered.has(entry.questionnaireId)) answered.set(entry.questionnaireId, new Set());
    answered.get(entry.questionnaireId)!.add(normaliseCode(entry.code));
  }
  return answered;
}

export function processedIds(entries: readonly ProcessingEntry[]): Set<string> {
  return new Set(entries.map((entry) => entry.responseId));
}

export function processingRecord(
  now: Date, questionnaireId: string, responseRow: number, code: string, outcome: Outcome, responseId: string, reason = '',
): Record<string, Cell> {
  return {
    [P.date]: now, [P.questionnaire]: questionnaireId, [P.row]: responseRow, [P.code]: code, [P.outcome]: outcome,
    [P.reason]: reason, [P.responseId]: responseId,
  };
}

export function rejectionRecord(now: Date, rejection: Rejection): Record<string, Cell> {
  return processingRecord(now, rejection.questionnaireId, rejection.row, rejection.code, 'отклонён', rejection.responseId, rejection.reason);
}
