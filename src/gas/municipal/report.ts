/**
 * «Муниципалитет → Аналитическая справка»: the municipal report as a Google Doc (and its PDF), from the summary's own
 * sheets — the same content (src/domain/municipal/report.ts) the CLI renders as DOCX, the same template machinery as
 * the school's documents: a template Doc made once in «Шаблоны» (the curator may edit it), copied and filled in.
 * The documents go to a folder of the municipal curator's Drive, not to the schools' folder the schools can open.
 */
import { safeFileName } from '../../domain/documents/catalog';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { shortDate } from '../../domain/documents/russian';
import type { Table } from '../../domain/bank/table';
import {
  MUNICIPAL_REPORT_TEMPLATE, MUNICIPAL_REPORT_TITLE, municipalReportData, municipalReportSchema, municipalReportTemplate, type MunicipalTables,
} from '../../domain/municipal/report';
import { MUNICIPAL_SHEET } from '../../domain/municipal/workbook';
import { subfolder } from '../documents/folder';
import { makeDocument, savePdf } from '../documents/make';
import { ensureTemplate, templatesFolder } from '../documents/templates';
import { findSheets } from '../sheets/find';
import { readTable } from '../sheets/tables';
import { municipalParameters, NOT_MUNICIPAL } from './sheets';

export const MUNICIPAL_DOCUMENTS_FOLDER = 'Наставничество — муниципалитет';

const DEFINITION = { templateName: MUNICIPAL_REPORT_TEMPLATE, template: municipalReportTemplate, schema: municipalReportSchema };

export function makeMunicipalReport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): ActionOutcome {
  const outcome: ActionOutcome = { made: [], problems: [], notes: [] };
  if (!municipalParameters(spreadsheet)) {
    outcome.problems.push(NOT_MUNICIPAL);
    return outcome;
  }
  const names = Object.values(MUNICIPAL_SHEET);
  const tables: MunicipalTables = {};
  findSheets(spreadsheet, names).forEach((sheet, i) => {
    if (sheet) tables[names[i]] = readTable(sheet) as Table;
  });
  const built = municipalReportData(tables, now);
  if (!built.ok) {
    outcome.problems.push(...(built.nothingNew ? ['В сводке ещё нет сведений школ: сначала выберите «Муниципалитет → Собрать сведения школ».'] : built.problems));
    return outcome;
  }
  const folder = subfolder(DriveApp.getRootFolder(), MUNICIPAL_DOCUMENTS_FOLDER);
  const template = ensureTemplate(templatesFolder(folder), DEFINITION);
  if (template.created) outcome.notes.push(`Создан шаблон «${MUNICIPAL_REPORT_TEMPLATE}» (его можно редактировать).`);
  const name = safeFileName(`${MUNICIPAL_REPORT_TITLE} от ${shortDate(now)}`);
  const made = makeDocument({ name, data: built.value.data }, DEFINITION, template.file, folder);
  if (!made.ok) {
    outcome.problems.push(...made.problems);
    return outcome;
  }
  const pdf = savePdf(made.file, folder, name);
  outcome.made.push({ name, url: made.url, pdfUrl: pdf.url });
  outcome.notes.push(`Папка: ${folder.getUrl()}`);
  return outcome;
}
