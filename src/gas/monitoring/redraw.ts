/** «Мониторинг» rebuilt from the sheets as they are now (each read once): after a mailing, for «Кто ещё не ответил». */
import { readBank } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { catalogFor } from '../../domain/monitoring/catalog';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { readRegistry } from '../../domain/questionnaires/registry';
import { readTables } from '../sheets/tables';
import { writeDashboard } from './sheets';
import { readSources } from './sources';
import type { FormsAccess } from './wording';

export function redrawDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, forms: FormsAccess, now: Date): void {
  const tables = readTables(spreadsheet, MONITORING_SHEETS);
  const registry = readRegistry(tables[SHEET.forms]);
  const catalog = catalogFor(readBank(tables));
  writeDashboard(spreadsheet, dashboardFromSources(catalog, readSources(spreadsheet, forms, catalog, registry, ['scored']), tables, registry, now));
}
