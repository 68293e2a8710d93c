/**
 * The installable «on form submit» trigger: under the script lock, the submitted questionnaire's response sheet is
 * read once and every response not processed yet is processed (the submitted one and any a busy moment left behind),
 * so two submissions at the same moment are both processed and neither twice. The Spreadsheet calls do not depend on
 * how many responses there are. A submission that cannot get the lock in time schedules the catch-up a minute later.
 * A scored answer writes its rows in «Результаты» and «Обработка ответов» and asks for a redraw of «Мониторинг» in a
 * few minutes (scheduleRedraw), so its cost does not grow with the sheets.
 */
import { readBank } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { catalogFor } from '../../domain/monitoring/catalog';
import { MONITORING_SHEETS, planProcessing, SCORED_SUBMISSION_SHEETS } from '../../domain/monitoring/process';
import { readRegistry, recordForSheet } from '../../domain/questionnaires/registry';
import type { LockServicePort, ScriptAppPort } from '../forms/ports';
import { withScriptLock } from '../forms/lock';
import { scheduleCatchUp, scheduleRedraw } from '../forms/triggers';
import { spreadsheetDates } from '../sheets/dates';
import { readTable, readTables } from '../sheets/tables';
import { writeAppend, writeColumn } from '../sheets/write';
import { currentWording, type FormsAccess } from './wording';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SubmissionOutcome {
  /** False when the lock could not be had: the response waits in its sheet for the catch-up. */
  ran: boolean;
  questionnaireId?: string;
  scored: number;
  rejected: number;
  addedToBank: number;
  preferences: number;
  skipped: number;
}

const NOTHING: SubmissionOutcome = { ran: true, scored: 0, rejected: 0, addedToBank: 0, preferences: 0, skipped: 0 };

/** What processing responses needs: the lock, ScriptApp (the catch-up), FormApp and the properties (reworded questions). */
export interface SubmissionServices extends FormsAccess {
  lockService: LockServicePort;
  scriptApp: ScriptAppPort;
}

export function handleSubmission(
  spreadsheet: Spreadsheet, event: { range: GoogleAppsScript.Spreadsheet.Range }, services: SubmissionServices, now: Date,
): SubmissionOutcome {
  const outcome = withScriptLock(services.lockService, () => {
    const sheet = event.range.getSheet();
    const read = readTables(spreadsheet, SCORED_SUBMISSION_SHEETS);
    const registry = readRegistry(read[SHEET.forms]);
    const sheetName = sheet.getName();
    const record = recordForSheet(registry, sheetName) ?? recordForSheet(registry, '', sheet.getFormUrl());
    // A form of somebody else's linked to this spreadsheet: not ours to process.
    if (!record) return NOTHING;
    const catalog = catalogFor(readBank(read));
    const listed = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!listed) return NOTHING;
    // A scored answer (the many) needs no more sheets; an intake or a preference reads the rest.
    const rest = listed.kind === 'scored' ? [] : MONITORING_SHEETS.filter((name) => !SCORED_SUBMISSION_SHEETS.includes(name));
    const tables = rest.length > 0 ? { ...read, ...readTables(spreadsheet, rest) } : read;
    const table = readTable(sheet, spreadsheetDates(spreadsheet), sheetName);
    const responses = { header: table.header, rows: table.rows, source: table.sheet };
    const questionnaire = currentWording(services, record, listed, responses);
    const plan = planProcessing(questionnaire, responses, tables, now);
    for (const append of plan.appends) writeAppend(spreadsheet, append);
    for (const cell of plan.cells) writeColumn(spreadsheet, cell);
    // «Мониторинг» is redrawn a few minutes later for all answers that came meanwhile, not for each one: a redraw reads
    // every response sheet and rewrites the sheet and its charts, ten times what scoring one answer costs.
    if (questionnaire.kind === 'scored' && plan.scored.length + plan.rejected.length > 0) scheduleRedraw(services.scriptApp);
    return {
      ran: true, questionnaireId: questionnaire.id, scored: plan.scored.length, rejected: plan.rejected.length,
      addedToBank: plan.intake.length, preferences: plan.preferences.length, skipped: plan.skipped,
    };
  });
  if (outcome.ran) return outcome.value;
  // Another execution held the lock past the wait (a long «Пересчитать всё», a burst of submissions): the response is
  // in its sheet, and the catch-up processes it as soon as the lock is free rather than at the next submission.
  scheduleCatchUp(services.scriptApp);
  return { ...NOTHING, ran: false };
}
