/**
 * «Пересчитать всё»: every score rebuilt from the raw responses. «Результаты» and the scored part of «Обработка
 * ответов» are rewritten (a response rejected before is scored now if its cause was fixed, e.g. the person was added
 * to the bank); intake and preference responses are never processed twice, only those still unprocessed are caught
 * up. Raw responses are only read.
 */
import { type AppendPlan, appendPlan } from '../bank/append';
import { readBank } from '../bank/bank';
import { PROCESSING_COLUMNS, SHEET, sheetSpec } from '../bank/schema';
import { type Cell, cellText, findColumn } from '../bank/table';
import type { Questionnaire } from '../questionnaires/model';
import { processingRecord, processedIds, readProcessingLog, rejectionRecord } from '../questionnaires/processing-log';
import { readResponses, type Rejection, type ResponseTable } from '../questionnaires/responses';
import { scoreResponses } from '../scoring/batch';
import { rebuiltResults, resultRecord } from '../scoring/results-sheet';
import type { ScoredResponse } from '../scoring/score';
import type { ColumnWrite } from '../documents/sheets';
import { fitCheckMarks } from './fitCheckMarks';
import { type MonitoringTables, mergeAppends, type ProcessPlan, planProcessing, processingOrder, rosterOf, withAppends } from './process';

export interface ResponseSource {
  questionnaire: Questionnaire;
  table: ResponseTable;
}

export interface ScoredAll {
  results: ScoredResponse[];
  rejected: Rejection[];
}

/** Every response of every scored questionnaire, scored against the bank as it is now. */
export function scoreAll(sources: readonly ResponseSource[], tables: MonitoringTables): ScoredAll {
  const roster = rosterOf(readBank(tables));
  const all: ScoredAll = { results: [], rejected: [] };
  for (const { questionnaire, table } of sources) {
    if (questionnaire.kind !== 'scored') continue;
    const batch = scoreResponses(questionnaire, readResponses(questionnaire, table), roster);
    all.results.push(...batch.results);
    all.rejected.push(...batch.rejected);
  }
  return all;
}

export interface SheetRewrite {
  sheet: string;
  header: string[];
  rows: Cell[][];
  /** Data rows to clear first (the old length, if longer). */
  clearRows: number;
}

export interface RecomputePlan {
  results: SheetRewrite;
  processing: SheetRewrite;
  /** Catch-up of unprocessed intake and preference responses (bank rows, «Журнал», «Предпочтения»). */
  appends: AppendPlan[];
  scored: ScoredAll;
  catchUp: ProcessPlan[];
  /** The fit check's marks in «Пары», from every answer (fitCheckMarks.ts). */
  cells: ColumnWrite[];
  /** The tables as they are after the plan (for the dashboard). */
  tables: MonitoringTables;
}

export function planRecompute(sources: readonly ResponseSource[], tables: MonitoringTables, now: Date): RecomputePlan {
  const scoredIds = new Set(sources.filter((source) => source.questionnaire.kind === 'scored').map((source) => source.questionnaire.id));
  const processingTable = tables[SHEET.processing];
  const questionnaireColumn = processingTable ? findColumn(processingTable, PROCESSING_COLUMNS.questionnaire) : -1;
  // Rows of intake and preference processing stay: those responses are never processed twice.
  const kept = (processingTable?.rows ?? []).filter((row) => !scoredIds.has(cellText(row[questionnaireColumn]).trim()));

  const order = [...sources].sort((a, b) => processingOrder(a.questionnaire, b.questionnaire));
  let current = tables;
  const catchUp: ProcessPlan[] = [];
  const appends: AppendPlan[] = [];
  const processed = processedIds(readProcessingLog(tables[SHEET.processing]));
  for (const { questionnaire, table } of order) {
    if (questionnaire.kind === 'scored') continue;
    const plan = planProcessing(questionnaire, table, current, now, processed);
    const outside = plan.appends.filter((append) => append.sheet !== SHEET.processing);
    catchUp.push(plan);
    appends.push(...outside);
    current = withAppends(current, outside);
  }

  const scored = scoreAll(sources, current);
  const byId = new Map(sources.map((source) => [source.questionnaire.id, source.questionnaire] as const));
  const resultRecords = scored.results.map((result) => resultRecord(result, byId.get(result.questionnaireId)!));
  const results = { sheet: SHEET.results, ...rebuiltResults(current[SHEET.results], resultRecords) };

  const processingRecords: Array<Record<string, Cell>> = [
    ...catchUp.flatMap((plan) => plan.processing),
    // Dated by the answer, not by the rebuild: «who has answered this year» reads this date (answeredSince).
    ...scored.results.map((result) => processingRecord(result.timestamp ?? now, result.questionnaireId, result.row, result.participant ?? result.pair ?? '', 'результат', result.responseId)),
    ...scored.rejected.map((rejection) => rejectionRecord(now, rejection)),
  ];
  const header = processingTable && processingTable.header.length > 0 ? processingTable.header : sheetSpec('processing').columns.map((column) => column.header);
  const fresh = appendPlan({ sheet: SHEET.processing, header, rows: [] }, processingRecords);
  const width = fresh.header.length;
  const pad = (row: Cell[]) => [...row.slice(0, width), ...Array<Cell>(Math.max(0, width - row.length)).fill(null)];
  const processing: SheetRewrite = {
    sheet: SHEET.processing,
    header: fresh.header,
    rows: [...kept.map(pad), ...fresh.rows],
    clearRows: Math.max(processingTable?.rows.length ?? 0, kept.length + fresh.rows.length),
  };
  const after = withAppends(current, []);
  after[SHEET.results] = { sheet: SHEET.results, header: results.header, rows: results.rows };
  after[SHEET.processing] = { sheet: SHEET.processing, header: processing.header, rows: processing.rows };
  const cells = sources.flatMap(({ questionnaire, table }) => fitCheckMarks(questionnaire, table, current) ?? []);
  return { results, processing, appends: mergeAppends(appends), scored, catchUp, cells, tables: after };
}

