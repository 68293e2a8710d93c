/** The response sheets of the product's forms, found through «Анкеты», each read once. */
import { readBank } from '../../domain/bank/bank';
import { SHEET, type SheetName } from '../../domain/bank/schema';
import { catalogFor } from '../../domain/monitoring/catalog';
import { MONITORING_SHEETS, type MonitoringTables } from '../../domain/monitoring/process';
import type { ResponseSource } from '../../domain/monitoring/recompute';
import type { Questionnaire } from '../../domain/questionnaires/model';
import type { ResponseTable } from '../../domain/questionnaires/responses';
import { type FormRecord, readRegistry } from '../../domain/questionnaires/registry';
import { spreadsheetDates } from '../sheets/dates';
import { readTable, readTables } from '../sheets/tables';
import { currentWording, type FormsAccess } from './wording';
import { findSheet } from '../sheets/find';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The response sheet of a registry record: by the name recorded, else (the curator renamed it) by the form id in a
 * sheet's form URL. `sheets` is fetched at most once per action, only when a name did not match.
 */
export function responseSheet(spreadsheet: Spreadsheet, record: FormRecord, sheets: { all?: Sheet[] }): Sheet | null {
  const byName = record.responseSheet ? findSheet(spreadsheet, record.responseSheet as SheetName) : null;
  if (byName) return byName;
  if (!record.formId) return null;
  sheets.all ??= spreadsheet.getSheets();
  return sheets.all.find((sheet) => (sheet.getFormUrl() ?? '').includes(record.formId)) ?? null;
}

/**
 * Response tables of the registry's forms of these kinds, each with its questionnaire as the form words it now (see
 * wording.ts); `known` are tables already read in this action.
 */
export function readSources(
  spreadsheet: Spreadsheet, forms: FormsAccess, catalog: readonly Questionnaire[], registry: readonly FormRecord[],
  kinds: ReadonlyArray<Questionnaire['kind']>, known: ReadonlyMap<string, ResponseTable> = new Map(),
): ResponseSource[] {
  const sheets: { all?: Sheet[] } = {};
  const dates = spreadsheetDates(spreadsheet);
  const sources: ResponseSource[] = [];
  for (const record of registry) {
    const questionnaire = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!questionnaire || !kinds.includes(questionnaire.kind)) continue;
    let table = known.get(questionnaire.id);
    if (!table) {
      const sheet = responseSheet(spreadsheet, record, sheets);
      if (!sheet) continue;
      const read = readTable(sheet, dates);
      table = { header: read.header, rows: read.rows, source: read.sheet };
    }
    sources.push({ questionnaire: currentWording(forms, record, questionnaire, table), table });
  }
  return sources;
}

export const EVERY_KIND: ReadonlyArray<Questionnaire['kind']> = ['scored', 'preference', 'mentor-intake', 'mentee-intake'];

/** Everything monitoring reads for an action over all forms: the sheets it uses and the response sheets of these kinds. */
export function readMonitoring(spreadsheet: Spreadsheet, forms: FormsAccess, kinds: ReadonlyArray<Questionnaire['kind']>): {
  tables: MonitoringTables; registry: FormRecord[]; catalog: Questionnaire[]; sources: ResponseSource[];
} {
  const tables = readTables(spreadsheet, MONITORING_SHEETS);
  const registry = readRegistry(tables[SHEET.forms]);
  const catalog = catalogFor(readBank(tables));
  return { tables, registry, catalog, sources: readSources(spreadsheet, forms, catalog, registry, kinds) };
}
