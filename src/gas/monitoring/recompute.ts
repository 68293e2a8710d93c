/** «Пересчитать всё»: every score rebuilt from the response sheets, the dashboard redrawn. */
import { planDashboard } from '../../domain/monitoring/dashboard-plan';
import { planRecompute } from '../../domain/monitoring/recompute';
import type { LockServicePort } from '../forms/ports';
import { withScriptLock } from '../forms/lock';
import { writeDashboard } from './sheets';
import { writeAppend, writeColumn, writeRewrite } from '../sheets/write';
import { EVERY_KIND, readMonitoring } from './sources';
import type { FormsAccess } from './wording';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RecomputeOutcome {
  ran: boolean;
  responses: number;
  scored: number;
  rejected: number;
  caughtUp: number;
}

export function recomputeAll(spreadsheet: Spreadsheet, services: FormsAccess & { lockService: LockServicePort }, now: Date): RecomputeOutcome {
  // The same lock as the trigger: a submission arriving meanwhile waits and then finds its response already scored.
  const outcome = withScriptLock(services.lockService, () => {
    const { tables, registry, catalog, sources } = readMonitoring(spreadsheet, services, EVERY_KIND);
    const plan = planRecompute(sources, tables, now);
    for (const append of plan.appends) writeAppend(spreadsheet, append);
    for (const cell of plan.cells) writeColumn(spreadsheet, cell);
    writeRewrite(spreadsheet, plan.results);
    writeRewrite(spreadsheet, plan.processing);
    writeDashboard(spreadsheet, planDashboard(catalog, plan.scored.results, plan.tables, registry, now));
    const caughtUp = plan.catchUp.reduce((sum, step) => sum + step.processing.length, 0);
    return {
      ran: true,
      responses: sources.reduce((sum, source) => sum + source.table.rows.length, 0),
      scored: plan.scored.results.length,
      rejected: plan.scored.rejected.length,
      caughtUp,
    };
  }, 60_000);
  return outcome.ran ? outcome.value : { ran: false, responses: 0, scored: 0, rejected: 0, caughtUp: 0 };
}
