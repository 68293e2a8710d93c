/**
 * «Мониторинг» rebuilt from the sheets as they are now (each read once): after a mailing, for «Кто ещё не ответил»,
 * and a few minutes after answers arrived (the redraw trigger).
 */
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { writeDashboard } from './sheets';
import { readMonitoring } from './sources';
import type { FormsAccess } from './wording';
import type { LockServicePort, ScriptAppPort } from '../forms/ports';
import { withScriptLock } from '../forms/lock';
import { clearRedraw, scheduleRedraw } from '../forms/triggers';

export function redrawDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, forms: FormsAccess, now: Date): void {
  const { tables, registry, catalog, sources } = readMonitoring(spreadsheet, forms, ['scored']);
  writeDashboard(spreadsheet, dashboardFromSources(catalog, sources, tables, registry, now));
}

/**
 * The time trigger scheduleRedraw makes: deletes itself, then redraws under the lock. Busy (a long «Пересчитать всё»,
 * a mailing), it asks for another redraw a few minutes later, so the last answers are never left undrawn.
 */
export function redrawOnSchedule(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, services: FormsAccess & { scriptApp: ScriptAppPort; lockService: LockServicePort }, now: Date): boolean {
  clearRedraw(services.scriptApp);
  const outcome = withScriptLock(services.lockService, () => redrawDashboard(spreadsheet, services, now));
  if (!outcome.ran) scheduleRedraw(services.scriptApp);
  return outcome.ran;
}
