/**
 * The figures documents take from «Результаты». The efficiency rubric (seed 001, section 6) is the questionnaire
 * catalog's: its short title names its rows, its levels and maximum are the ones documents quote.
 */
import { academicYearOf } from '../language/dates';
import { efficiencyRubric } from '../questionnaires/catalog/efficiency-rubric';
import type { ScoreRecord } from './context';

const RUBRIC = efficiencyRubric();
const SCORING = RUBRIC.scoring as NonNullable<typeof RUBRIC.scoring>;

export const RUBRIC_MAX = SCORING.max;

/** Levels best first, each with its range of points: оптимальный 15–18, допустимый 9–14, недопустимый 0–8. */
export const RUBRIC_LEVELS: { label: string; from: number; to: number }[] = SCORING.levels.map((level, i, all) => ({
  label: level.label,
  from: level.min,
  to: i === 0 ? SCORING.max : all[i - 1].min - 1,
}));

/** The rubric is filled per pair by the curator or an expert; its rows carry the catalog's short title. */
export function isRubric(record: ScoreRecord): boolean {
  return record.questionnaire.trim() === RUBRIC.shortTitle || /эффективност/i.test(record.questionnaire);
}

export function isOptimal(level: string): boolean {
  return level.trim().toLowerCase() === RUBRIC_LEVELS[0].label;
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

/**
 * The latest rubric score of each pair assessed in the school year of `date`: a year-end order speaks of that year's
 * assessments, not of a pair thanked the year before. An undated row counts for any year.
 */
export function rubricOfSchoolYear(scores: readonly ScoreRecord[], date: Date): Map<string, ScoreRecord> {
  const year = academicYearOf(date).startYear;
  return latestRubricByPair(scores.filter((r) => !r.date || academicYearOf(r.date).startYear === year));
}

export function pointsText(record: ScoreRecord): string {
  return `${record.points} из ${record.max || RUBRIC_MAX} баллов`;
}
