/**
 * Responses that reach the workbook other than through Google Forms (a teacher's form of the local app, an export of
 * another forms service): appended to the questionnaire's response sheet by header, as Google Forms writes them, and
 * processed at once as the «on form submit» trigger does in Sheets (gas/monitoring/submit.ts): planProcessing over the
 * sheet, its appends, then «Мониторинг» rebuilt when the questionnaire is scored.
 */
import type ExcelJS from 'exceljs';
import { appendPlan } from '../../domain/bank/append';
import { readBank } from '../../domain/bank/bank';
import { NUMBER_FORMATS, SHEET } from '../../domain/bank/schema';
import type { Cell } from '../../domain/bank/table';
import { catalogFor } from '../../domain/monitoring/catalog';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { MONITORING_SHEETS, planProcessing, type ProcessPlan, withAppends } from '../../domain/monitoring/process';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { readRegistry } from '../../domain/questionnaires/registry';
import { TIMESTAMP_TITLE } from '../../domain/questionnaires/responses';
import { readWorkbookTables, worksheetTable } from '../excel/bankFile';
import { applyAppend, applyColumnWrite, findWorksheet } from '../excel/write';
import { workbookSources, writeDashboardToWorkbook } from './workbook';

/** The questionnaire's response sheet as a table (empty, under its name, when it does not exist yet). */
export function responseSheetTable(workbook: ExcelJS.Workbook, questionnaire: Questionnaire) {
  const worksheet = findWorksheet(workbook, questionnaire.responseSheet);
  return worksheet ? worksheetTable(worksheet) : { sheet: questionnaire.responseSheet, header: [], rows: [] };
}

export function appendAndProcess(workbook: ExcelJS.Workbook, questionnaire: Questionnaire, records: ReadonlyArray<Record<string, Cell>>, now: Date): ProcessPlan {
  const append = appendPlan(responseSheetTable(workbook, questionnaire), records);
  applyAppend(workbook, append);
  const written = findWorksheet(workbook, questionnaire.responseSheet)!;
  const timestamp = append.header.indexOf(TIMESTAMP_TITLE);
  if (timestamp >= 0) {
    append.rows.forEach((row, i) => {
      if (row[timestamp] instanceof Date) written.getCell(append.firstRow + i, timestamp + 1).numFmt = NUMBER_FORMATS.datetime ?? 'dd.mm.yyyy hh:mm:ss';
    });
  }
  const table = worksheetTable(written);
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const plan = planProcessing(questionnaire, { header: table.header, rows: table.rows, source: table.sheet }, tables, now);
  for (const planned of plan.appends) applyAppend(workbook, planned);
  for (const cell of plan.cells) applyColumnWrite(workbook, cell);
  if (questionnaire.kind === 'scored') {
    const catalog = catalogFor(readBank(tables));
    writeDashboardToWorkbook(workbook, dashboardFromSources(catalog, workbookSources(workbook, catalog), withAppends(tables, plan.appends), readRegistry(tables[SHEET.forms]), now));
  }
  return plan;
}
