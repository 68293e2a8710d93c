/** «Анкеты»: which Google Form serves which questionnaire, its links, and whether «Разослать анкеты» sends it. */
import { FORM_COLUMNS as F } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn, isBlankRow, sheetRow } from '../bank/table';
import { normalizeTerm } from '../bank/vocabulary';
import { parseTimestamp } from './responses';
import type { Questionnaire } from './model';

export interface FormRecord {
  questionnaireId: string;
  title: string;
  stage: string;
  send: boolean;
  url: string;
  editUrl: string;
  formId: string;
  linkTemplate: string;
  responseSheet: string;
  created: Date | null;
  /** Sheet row of the record. */
  row: number;
}

export function readRegistry(table: Table | undefined): FormRecord[] {
  if (!table) return [];
  const at = (header: string) => findColumn(table, header);
  const columns = Object.fromEntries(Object.entries(F).map(([key, header]) => [key, at(header)])) as Record<keyof typeof F, number>;
  const text = (row: Cell[], column: number) => (column < 0 ? '' : cellText(row[column]).trim());
  const records: FormRecord[] = [];
  table.rows.forEach((row, index) => {
    if (isBlankRow(row) || !text(row, columns.questionnaire)) return;
    const send = columns.send >= 0 ? row[columns.send] : null;
    records.push({
      questionnaireId: text(row, columns.questionnaire),
      title: text(row, columns.title),
      stage: text(row, columns.stage),
      send: send === true || normalizeTerm(cellText(send)) === 'да',
      url: text(row, columns.url),
      editUrl: text(row, columns.editUrl),
      formId: text(row, columns.formId),
      linkTemplate: text(row, columns.linkTemplate),
      responseSheet: text(row, columns.responseSheet),
      created: columns.created >= 0 ? parseTimestamp(row[columns.created] ?? null) : null,
      row: sheetRow(index),
    });
  });
  return records;
}

/** The registry row of a form just created. New forms are not sent until the curator sets «Рассылать» to «да». */
export function registryRecord(
  questionnaire: Questionnaire,
  form: { formId: string; publishedUrl: string; editUrl: string; linkTemplate: string },
  responseSheet: string,
  now: Date,
): Record<string, Cell> {
  return {
    [F.questionnaire]: questionnaire.id,
    [F.title]: questionnaire.title,
    [F.stage]: questionnaire.stage,
    [F.send]: 'нет',
    [F.url]: form.publishedUrl,
    [F.editUrl]: form.editUrl,
    [F.formId]: form.formId,
    [F.linkTemplate]: form.linkTemplate,
    [F.responseSheet]: responseSheet,
    [F.created]: now,
  };
}

/** Questionnaires of the catalog that have no form yet (a registry row without a form id does not count). */
export function formsToCreate(catalog: readonly Questionnaire[], registry: readonly FormRecord[]): Questionnaire[] {
  const made = new Set(registry.filter((record) => record.formId).map((record) => record.questionnaireId));
  return catalog.filter((questionnaire) => !made.has(questionnaire.id));
}

/** The form behind a response sheet: by the sheet's name in the registry, or by the form id in the sheet's form URL. */
export function recordForSheet(registry: readonly FormRecord[], sheetName: string, formUrl?: string | null): FormRecord | undefined {
  const byName = registry.find((record) => record.responseSheet && record.responseSheet === sheetName);
  if (byName) return byName;
  if (!formUrl) return undefined;
  return registry.find((record) => record.formId && formUrl.includes(record.formId));
}
