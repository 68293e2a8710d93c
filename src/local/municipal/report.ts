/** `docs MUN.xlsx --kind municipal-report`: the municipal analytical report in DOCX, with the same template machinery as the school's. */
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { safeFileName } from '../../domain/documents/catalog';
import { shortDate } from '../../domain/documents/russian';
import {
  MUNICIPAL_REPORT_TEMPLATE, MUNICIPAL_REPORT_TITLE, municipalReportData, municipalReportSchema, municipalReportTemplate, type MunicipalTables,
} from '../../domain/municipal/report';
import { MUNICIPAL_SHEET } from '../../domain/municipal/workbook';
import { type PendingFile, docxTemplate, freePath, writeDocxRun } from '../documents/generate';
import { renderDocx } from '../docx/render';
import { worksheetTable } from '../excel/bankFile';
import { findWorksheet } from '../excel/write';

export interface MunicipalReportRun {
  files: string[];
  problems: string[];
  templatesCreated: string[];
  pending: PendingFile[];
}

export function municipalTables(workbook: ExcelJS.Workbook): MunicipalTables {
  const tables: MunicipalTables = {};
  for (const name of Object.values(MUNICIPAL_SHEET)) {
    const sheet = findWorksheet(workbook, name);
    if (sheet) tables[name] = worksheetTable(sheet);
  }
  return tables;
}

export async function writeMunicipalReport(workbook: ExcelJS.Workbook, outDir: string, templatesDir: string, today: Date): Promise<MunicipalReportRun> {
  const run: MunicipalReportRun = { files: [], problems: [], templatesCreated: [], pending: [] };
  const built = municipalReportData(municipalTables(workbook), today);
  if (!built.ok) {
    run.problems.push(...built.problems);
    return run;
  }
  const template = await docxTemplate({ templateName: MUNICIPAL_REPORT_TEMPLATE, template: municipalReportTemplate }, templatesDir, run);
  const rendered = await renderDocx(template, municipalReportSchema, built.value.data);
  if (!rendered.ok) {
    run.problems.push(...rendered.problems.map((p) => `${MUNICIPAL_REPORT_TITLE}: ${p.message}`));
    return run;
  }
  // A report the municipal curator may have edited is never overwritten: a second run gets «… (2).docx».
  const path = freePath(join(outDir, `${safeFileName(`${MUNICIPAL_REPORT_TITLE} от ${shortDate(today)}`)}.docx`), new Set());
  run.pending.push({ path, bytes: rendered.docx });
  run.files.push(path);
  writeDocxRun(run);
  return run;
}
