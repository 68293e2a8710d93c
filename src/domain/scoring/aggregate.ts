/** Figures over many scored responses: means per item and overall, levels distribution. */
import { isScored, type Level, type Questionnaire, type ScoringSpec } from '../questionnaires/model';
import { levelOf, round } from './levels';
import type { ScoredResponse } from './score';

function respondentKey(result: ScoredResponse): string {
  return `${result.questionnaireId}|${result.participant ?? ''}|${result.pair ?? ''}`;
}

function later(a: ScoredResponse, b: ScoredResponse): boolean {
  const ta = a.timestamp?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.timestamp?.getTime() ?? Number.NEGATIVE_INFINITY;
  return ta !== tb ? ta > tb : a.row > b.row;
}

/**
 * One result per respondent and questionnaire: the latest (a person who answered twice changed their mind). Earlier
 * results stay in «Результаты»; figures count each respondent once.
 */
export function latestPerRespondent(results: readonly ScoredResponse[]): ScoredResponse[] {
  const latest = new Map<string, ScoredResponse>();
  for (const result of results) {
    const key = respondentKey(result);
    const current = latest.get(key);
    if (!current || later(result, current)) latest.set(key, result);
  }
  return [...latest.values()];
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 2);
}

export interface ItemMean {
  key: string;
  title: string;
  subscale?: string;
  mean: number | null;
  /** Responses that answered the item. */
  count: number;
  low: boolean;
}

/** Mean of each scored item (reverse items already turned round), in questionnaire order. */
export function itemMeans(questionnaire: Questionnaire, results: readonly ScoredResponse[]): ItemMean[] {
  const spec = questionnaire.scoring;
  return questionnaire.items.filter(isScored).map((item) => {
    const values = results.flatMap((result) => result.items.filter((score) => score.key === item.key && score.value !== null))
      .map((score) => score.value as number);
    const average = mean(values);
    return {
      key: item.key, title: item.title, ...(item.subscale ? { subscale: item.subscale } : {}),
      mean: average, count: values.length, low: average !== null && spec !== undefined && average <= spec.lowItemAtMost,
    };
  });
}

export interface Overall {
  mean: number | null;
  count: number;
  level?: Level;
}

/** Mean total over responses, with the level of that mean. */
export function overallMean(spec: ScoringSpec, results: readonly ScoredResponse[]): Overall {
  const average = mean(results.map((result) => result.total));
  return average === null ? { mean: null, count: 0 } : { mean: average, count: results.length, level: levelOf(spec, average) };
}

/** How many results reached each level, highest level first (levels with none included, as zero). */
export function levelDistribution(spec: ScoringSpec, results: readonly ScoredResponse[]): Array<{ level: Level; count: number }> {
  return spec.levels.map((level) => ({ level, count: results.filter((result) => result.level.label === level.label).length }));
}
