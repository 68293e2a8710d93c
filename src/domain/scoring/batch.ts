/** Scoring a whole response table: the one path both the trigger (one row) and «Пересчитать всё» (all rows) take. */
import type { Questionnaire } from '../questionnaires/model';
import {
  checkResponseHeader, type FormResponse, type HeaderCheck, readResponses, type Rejection, type ResponseTable,
} from '../questionnaires/responses';
import type { Roster } from '../questionnaires/roster';
import { newResponses } from './idempotency';
import { scoreResponse, type ScoredResponse } from './score';

export interface ScoringBatch {
  results: ScoredResponse[];
  rejected: Rejection[];
  /** Responses already processed (or delivered twice in this batch). */
  skipped: number;
}

export function scoreResponses(
  questionnaire: Questionnaire, responses: readonly FormResponse[], roster: Roster, processedIds: ReadonlySet<string> = new Set(),
): ScoringBatch {
  const fresh = newResponses(responses, processedIds);
  const batch: ScoringBatch = { results: [], rejected: [], skipped: responses.length - fresh.length };
  for (const response of fresh) {
    const outcome = scoreResponse(questionnaire, response, roster);
    if (outcome.kind === 'scored') batch.results.push(outcome.result);
    else batch.rejected.push(outcome.rejection);
  }
  return batch;
}

export function scoreTable(
  questionnaire: Questionnaire, table: ResponseTable, roster: Roster, processedIds: ReadonlySet<string> = new Set(),
): ScoringBatch & { header: HeaderCheck } {
  return {
    ...scoreResponses(questionnaire, readResponses(questionnaire, table), roster, processedIds),
    header: checkResponseHeader(questionnaire, table.header),
  };
}
