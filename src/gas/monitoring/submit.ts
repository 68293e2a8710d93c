/**
 * The installable «on form submit» trigger: under the script lock, the submitted questionnaire's response sheet is
 * read once and every response not processed yet is processed (the submitted one and any a busy moment left behind),
 * so two submissions at the same moment are both processed and neither twice. The Spreadsheet calls do not depend on
 * how many responses there are. A submission that cannot get the lock in time schedules the catch-up a minute later.
 */
import { readBank } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { catalogFor } from '../../domain/monitoring/catalog';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { MONITORING_SHEETS, planProcessing, withAppends } from '../../domain/monitoring/process';
import { readRegistry, recordForSheet } from '../../domain/questionnaires/registry';
import type { LockServicePort, ScriptAppPort } from '../forms/ports';
import { withScriptLock } from '../forms/lock';
import { scheduleCatchUp } from '../forms/triggers';
import { spreadsheetDates } from '../sheets/dates';
import { readTable, readTables } from '../sheets/tables';
import { writeDashboard } from './sheets';
import { writeAppend } from '../sheets/write';
import { readSources } from './sources';
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
    const tables = readTables(spreadsheet, MONITORING_SHEETS);
    const registry = readRegistry(tables[SHEET.forms]);
    const record = recordForSheet(registry, sheet.getName()) ?? recordForSheet(registry, '', sheet.getFormUrl());
    // A form of somebody else's linked to this spreadsheet: not ours to process.
    if (!record) return NOTHING;
    const catalog = catalogFor(readBank(tables));
    const listed = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!listed) return NOTHING;
    const table = readTable(sheet, spreadsheetDates(spreadsheet));
    const responses = { header: table.header, rows: table.rows, source: table.sheet };
    const questionnaire = currentWording(services, record, listed, responses);
    const plan = planProcessing(questionnaire, responses, tables, now);
    for (const append of plan.appends) writeAppend(spreadsheet, append);
    if (questionnaire.kind === 'scored' && plan.scored.length + plan.rejected.length > 0) {
      const sources = readSources(spreadsheet, services, catalog, registry, ['scored'], new Map([[questionnaire.id, responses]]));
      writeDashboard(spreadsheet, dashboardFromSources(catalog, sources, withAppends(tables, plan.appends), registry, now));
    }
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
