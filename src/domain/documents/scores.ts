/** The figures documents take from «Результаты»: the efficiency rubric per pair (seed 001, section 6). */
import type { ScoreRecord } from './context';

export const RUBRIC_MAX = 18;

/** The rubric «Оценка эффективности программы» is filled per pair by the curator or an expert. */
export function isRubric(record: ScoreRecord): boolean {
  return /эффективност/i.test(record.questionnaire);
}

export function isOptimal(level: string): boolean {
  return /^оптимал/i.test(level.trim());
}

/** The latest rubric score of each pair (a pair may be re-assessed; the last assessment counts). */
export function latestRubricByPair(scores: readonly ScoreRecord[]): Map<string, ScoreRecord> {
  const latest = new Map<string, ScoreRecord>();
  for (const record of scores) {
    if (!isRubric(record) || !record.pairCode) continue;
    const seen = latest.get(record.pairCode);
    const newer = !seen || !seen.date || !record.date || record.date.getTime() >= seen.date.getTime();
    if (newer) latest.set(record.pairCode, record);
  }
  return latest;
}

export function pointsText(record: ScoreRecord): string {
  return `${record.points} из ${record.max || RUBRIC_MAX} баллов`;
}
