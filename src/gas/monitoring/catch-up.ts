/**
 * The one-off catch-up trigger a submission schedules when it cannot get the lock: every response of every form not
 * processed yet is processed, the dashboard redrawn. It deletes its own trigger first; busy again, it tries once more
 * a minute later, so a response is never left waiting for the next submission.
 */
import { planCatchUp } from '../../domain/monitoring/catch-up';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { withScriptLock } from '../forms/lock';
import { clearCatchUp, scheduleCatchUp } from '../forms/triggers';
import { writeAppend, writeColumn } from '../sheets/write';
import { writeDashboard } from './sheets';
import { EVERY_KIND, readMonitoring } from './sources';
import type { SubmissionServices } from './submit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CatchUpOutcome {
  ran: boolean;
  processed: number;
}

export function catchUpResponses(spreadsheet: Spreadsheet, services: SubmissionServices, now: Date): CatchUpOutcome {
  clearCatchUp(services.scriptApp);
  const outcome = withScriptLock(services.lockService, () => {
    const { tables, registry, catalog, sources } = readMonitoring(spreadsheet, services, EVERY_KIND);
    const plan = planCatchUp(sources, tables, now);
    for (const append of plan.appends) writeAppend(spreadsheet, append);
    for (const cell of plan.cells) writeColumn(spreadsheet, cell);
    if (plan.plans.some((step) => step.scored.length + step.rejected.length > 0)) {
      writeDashboard(spreadsheet, dashboardFromSources(catalog, sources, plan.tables, registry, now));
    }
    return { ran: true, processed: plan.processed };
  });
  if (outcome.ran) return outcome.value;
  scheduleCatchUp(services.scriptApp);
  return { ran: false, processed: 0 };
}
