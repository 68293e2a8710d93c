/**
 * What to do with the responses of one questionnaire: the plan the trigger (after each submission) and «Пересчитать
 * всё» carry out, and the CLI and the demo too. Responses already processed are skipped by id; the rest become
 * results, bank rows or preferences, or are rejected with the reason, and every one of them is recorded in
 * «Обработка ответов». The plan appends, and changes one thing already in a sheet: the fit check's mark in «Пары».
 */
import { type AppendPlan, appendPlan } from '../bank/append';
import { type Bank, type BankTables, readBank } from '../bank/bank';
import { formatCode, highestCodeNumber } from '../bank/codes';
import type { Preference } from '../bank/model';
import { LOG_COLUMNS, PREFERENCE_COLUMNS, SHEET, type SheetName, sheetSpec } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn } from '../bank/table';
import { ACTIVE_STATUS } from '../bank/vocabulary';
import { intakeRows, type IntakeRow } from '../questionnaires/intake';
import type { Questionnaire } from '../questionnaires/model';
import { preferenceFromResponse } from '../questionnaires/preferences';
import { processedIds, processingRecord, readProcessingLog, rejectionRecord } from '../questionnaires/processing-log';
import { checkResponseHeader, type HeaderCheck, readResponses, type Rejection, type ResponseTable } from '../questionnaires/responses';
import { buildRoster, type Roster } from '../questionnaires/roster';
import { scoreResponses } from '../scoring/batch';
import type { ColumnWrite } from '../documents/sheets';
import { fitCheckMarks } from './fitCheckMarks';
import { newResponses } from '../scoring/idempotency';
import { resultIds, resultRecord } from '../scoring/results-sheet';
import type { ScoredResponse } from '../scoring/score';

/**
 * The sheets processing reads, by name; a sheet not created yet is absent. The bank sheets (settings, vocabularies,
 * people, pairs, preferences) plus «Результаты», «Обработка ответов» and «Журнал».
 */
export type MonitoringTables = BankTables;

export const MONITORING_SHEETS: readonly SheetName[] = [
  SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.preferences,
  SHEET.results, SHEET.processing, SHEET.log, SHEET.forms, SHEET.mailing,
];

/**
 * What processing an answer to a scored questionnaire reads: the catalog (settings, vocabularies, people), the roster
 * (pairs), the registry of forms, and what was processed already. The other kinds need the rest of MONITORING_SHEETS.
 */
export const SCORED_SUBMISSION_SHEETS: readonly SheetName[] = [
  SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.forms, SHEET.results, SHEET.processing,
];

export interface ProcessPlan {
  questionnaireId: string;
  /** Rows to add, per sheet (at most one append per sheet). */
  appends: AppendPlan[];
  /** Cells of «Пары» the answers change: «Проверка совместимости» (fitCheckMarks.ts); the only change besides appends. */
  cells: ColumnWrite[];
  scored: ScoredResponse[];
  rejected: Rejection[];
  intake: IntakeRow[];
  preferences: Preference[];
  /** Rows for «Обработка ответов», one per response processed now (also inside appends). */
  processing: Array<Record<string, Cell>>;
  /** Responses processed before (or twice in this table). */
  skipped: number;
  header: HeaderCheck;
}

/** A sheet not created yet is planned as empty with its standard header (the adapter creates it). */
function tableOr(table: Table | undefined, key: Parameters<typeof sheetSpec>[0]): Table {
  const spec = sheetSpec(key);
  return table ?? { sheet: spec.name, header: spec.columns.map((column) => column.header), rows: [] };
}

/** Everything already processed: «Обработка ответов» and, for sheets filled before it existed, «Результаты». */
export function alreadyProcessed(tables: MonitoringTables): Set<string> {
  const ids = processedIds(readProcessingLog(tables[SHEET.processing]));
  for (const id of resultIds(tables[SHEET.results])) ids.add(id);
  return ids;
}

/** The tables as they will be once the appends are written: the next plan of the same run starts from there. */
export function withAppends(tables: MonitoringTables, appends: readonly AppendPlan[]): MonitoringTables {
  const next: MonitoringTables = { ...tables };
  for (const append of appends) {
    const name = append.sheet as SheetName;
    const before = tables[name];
    const width = append.header.length;
    const pad = (row: Cell[]) => [...row, ...Array<Cell>(Math.max(0, width - row.length)).fill(null)];
    next[name] = { sheet: append.sheet, header: append.header, rows: [...(before?.rows ?? []).map(pad), ...append.rows] };
  }
  return next;
}

/**
 * Appends planned one after another (each on the tables the previous ones left) as one append per sheet: the later
 * one's header extends the earlier one's and its rows start where the earlier one's end, so they join into one write.
 */
export function mergeAppends(appends: readonly AppendPlan[]): AppendPlan[] {
  const merged = new Map<string, AppendPlan>();
  for (const append of appends) {
    const earlier = merged.get(append.sheet);
    if (!earlier) {
      merged.set(append.sheet, append);
      continue;
    }
    const width = append.header.length;
    const pad = (row: Cell[]) => [...row, ...Array<Cell>(Math.max(0, width - row.length)).fill(null)];
    merged.set(append.sheet, {
      sheet: append.sheet, header: append.header, headerChanged: earlier.headerChanged || append.headerChanged,
      firstRow: earlier.firstRow, rows: [...earlier.rows.map(pad), ...append.rows],
    });
  }
  return [...merged.values()];
}

/** Intake first (a person it adds may be named in a preference of the same run), then preferences, then scores. */
export function processingOrder(a: Questionnaire, b: Questionnaire): number {
  const rank = (questionnaire: Questionnaire) => (questionnaire.kind.endsWith('intake') ? 0 : questionnaire.kind === 'preference' ? 1 : 2);
  return rank(a) - rank(b);
}

export function rosterOf(bank: Bank): Roster {
  return buildRoster(bank.mentors, bank.mentees, bank.pairs);
}

function codesIssued(table: Table, header: string): string[] {
  const column = findColumn(table, header);
  return column < 0 ? [] : table.rows.map((row) => cellText(row[column]));
}

function intakePlan(questionnaire: Questionnaire, fresh: ReturnType<typeof readResponses>, tables: MonitoringTables, bank: Bank, now: Date) {
  const key = questionnaire.kind === 'mentor-intake' ? 'mentors' : 'mentees';
  const spec = sheetSpec(key);
  const sheet = tableOr(tables[spec.name], key);
  const people = key === 'mentors' ? bank.mentors : bank.mentees;
  const log = tableOr(tables[SHEET.log], 'log');
  // Codes are never reused: continue after the highest ever issued, in the sheet or in «Журнал».
  const highest = Math.max(
    highestCodeNumber(spec.codePrefix!, codesIssued(sheet, spec.columns[0].header)),
    highestCodeNumber(spec.codePrefix!, codesIssued(log, LOG_COLUMNS.codes)),
  );
  const batch = intakeRows(
    questionnaire, fresh,
    { codes: people.map((person) => person.code), emails: people.filter((person) => person.email).map((person) => [person.email!, person.code]) },
    (index) => formatCode(spec.codePrefix!, highest + index + 1),
    ACTIVE_STATUS,
  );
  const appends: AppendPlan[] = [];
  if (batch.rows.length > 0) {
    appends.push(appendPlan(sheet, batch.rows.map((row) => row.values)));
    appends.push(appendPlan(log, [{
      [LOG_COLUMNS.time]: now,
      [LOG_COLUMNS.action]: `Анкета «${questionnaire.shortTitle}» → лист «${spec.name}»`,
      [LOG_COLUMNS.codes]: batch.rows.map((row) => row.code).join('; '),
      [LOG_COLUMNS.details]: `добавлено строк: ${batch.rows.length}; статус «${ACTIVE_STATUS}», проверьте данные («Проверить банк»)`,
    }]));
  }
  return { batch, appends };
}

export function planProcessing(
  questionnaire: Questionnaire, responses: ResponseTable, tables: MonitoringTables, now: Date, processed: ReadonlySet<string> = alreadyProcessed(tables),
): ProcessPlan {
  const bank = readBank(tables);
  const all = readResponses(questionnaire, responses);
  const fresh = newResponses(all, processed);
  const processing: Array<Record<string, Cell>> = [];
  const plan: ProcessPlan = {
    questionnaireId: questionnaire.id, appends: [], cells: [], scored: [], rejected: [], intake: [], preferences: [], processing,
    skipped: all.length - fresh.length, header: checkResponseHeader(questionnaire, responses.header),
  };
  if (questionnaire.kind === 'scored') {
    const batch = scoreResponses(questionnaire, fresh, rosterOf(bank));
    plan.scored = batch.results;
    plan.rejected = batch.rejected;
    if (batch.results.length > 0) plan.appends.push(appendPlan(tableOr(tables[SHEET.results], 'results'), batch.results.map((result) => resultRecord(result, questionnaire))));
    for (const result of batch.results) {
      processing.push(processingRecord(now, questionnaire.id, result.row, result.participant ?? result.pair ?? '', 'результат', result.responseId));
    }
    const marks = batch.results.length > 0 ? fitCheckMarks(questionnaire, responses, tables) : null;
    if (marks) plan.cells.push(marks);
  } else if (questionnaire.kind === 'preference') {
    const roster = rosterOf(bank);
    const rows: Array<Record<string, Cell>> = [];
    for (const response of fresh) {
      const outcome = preferenceFromResponse(questionnaire, response, roster);
      if (outcome.kind === 'rejected') {
        plan.rejected.push(outcome.rejection);
        continue;
      }
      plan.preferences.push(outcome.preference);
      const [first = '', second = '', third = ''] = outcome.preference.whom;
      rows.push({
        [PREFERENCE_COLUMNS.date]: outcome.timestamp ?? now, [PREFERENCE_COLUMNS.who]: outcome.preference.who,
        [PREFERENCE_COLUMNS.first]: first, [PREFERENCE_COLUMNS.second]: second, [PREFERENCE_COLUMNS.third]: third,
        [PREFERENCE_COLUMNS.responseId]: outcome.responseId,
      });
      processing.push(processingRecord(now, questionnaire.id, outcome.row, outcome.preference.who, 'предпочтение', outcome.responseId));
    }
    if (rows.length > 0) plan.appends.push(appendPlan(tableOr(tables[SHEET.preferences], 'preferences'), rows));
  } else {
    const { batch, appends } = intakePlan(questionnaire, fresh, tables, bank, now);
    plan.intake = batch.rows;
    plan.rejected = batch.rejected;
    plan.appends.push(...appends);
    for (const row of batch.rows) processing.push(processingRecord(now, questionnaire.id, row.responseRow, row.code, 'в банке', row.responseId));
  }
  processing.push(...plan.rejected.map((rejection) => rejectionRecord(now, rejection)));
  if (processing.length > 0) plan.appends.push(appendPlan(tableOr(tables[SHEET.processing], 'processing'), processing));
  return plan;
}
