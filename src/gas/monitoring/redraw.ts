/** «Мониторинг» rebuilt from the sheets as they are now (each read once): after a mailing, for «Кто ещё не ответил». */
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { writeDashboard } from './sheets';
import { readMonitoring } from './sources';
import type { FormsAccess } from './wording';

export function redrawDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, forms: FormsAccess, now: Date): void {
  const { tables, registry, catalog, sources } = readMonitoring(spreadsheet, forms, ['scored']);
  writeDashboard(spreadsheet, dashboardFromSources(catalog, sources, tables, registry, now));
}
