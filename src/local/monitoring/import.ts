/**
 * Answers collected by another forms service (Яндекс Формы, a Google Form of another account) and exported as
 * XLSX or CSV, brought into the workbook: the rows not there yet are appended to the questionnaire's response sheet and
 * processed as if the form had been submitted. The question titles of the export must be the questionnaire's (the
 * form made from `npm run -s cli -- forms`); the answer time may come as «Отметка времени» or as «Время создания».
 */
import type ExcelJS from 'exceljs';
import { readBank } from '../../domain/bank/bank';
import { type Cell, cellText } from '../../domain/bank/table';
import { catalogFor } from '../../domain/monitoring/catalog';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { detectQuestionnaire } from '../../domain/questionnaires/detect';
import { readResponses, type ResponseTable, timestampColumn, TIMESTAMP_TITLE } from '../../domain/questionnaires/responses';
import { readWorkbookTables } from '../excel/bankFile';
import { appendAndProcess, responseSheetTable } from './submit';

/** Names other services give the moment an answer was sent. */
const OTHER_TIMESTAMP_TITLES = ['время создания', 'время ответа', 'дата создания'];

export interface ImportOutcome {
  lines: string[];
  changed: boolean;
}

function withTimestampTitle(table: ResponseTable): ResponseTable {
  if (timestampColumn(table.header) >= 0) return table;
  const column = table.header.findIndex((cell) => OTHER_TIMESTAMP_TITLES.includes(cellText(cell).trim().toLocaleLowerCase('ru')));
  if (column < 0) return table;
  const header = [...table.header];
  header[column] = TIMESTAMP_TITLE;
  return { ...table, header };
}

export function importResponses(workbook: ExcelJS.Workbook, exported: ResponseTable, questionnaireId: string, now: Date): ImportOutcome {
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const catalog = catalogFor(readBank(tables));
  const table = withTimestampTitle(exported);
  const questionnaire = questionnaireId ? catalog.find((candidate) => candidate.id === questionnaireId) : detectQuestionnaire(catalog, table.header);
  if (!questionnaire) {
    return { changed: false, lines: [`Не удалось узнать анкету по заголовкам столбцов файла «${exported.source ?? ''}»: выберите анкету в списке. Заголовки вопросов должны совпадать с вопросами анкеты.`] };
  }
  if (timestampColumn(table.header, questionnaire) < 0) {
    return { changed: false, lines: [`В файле нет столбца «${TIMESTAMP_TITLE}» или «Время создания»: без времени ответа его не учесть ровно один раз. Ничего не добавлено.`] };
  }
  // A file exported again later holds the earlier answers too: those already in the sheet are not added twice.
  const present = new Set(readResponses(questionnaire, responseSheetTable(workbook, questionnaire)).map((response) => response.id));
  const firstRow = table.firstRow ?? 2;
  const fresh = readResponses(questionnaire, table).filter((response) => !present.has(response.id));
  const titles = table.header.map((cell) => cellText(cell).trim());
  const records = fresh.map((response) => {
    const row = table.rows[response.row - firstRow];
    const record: Record<string, Cell> = {};
    titles.forEach((title, column) => {
      if (title && !(title in record)) record[title] = row[column] ?? null;
    });
    return record;
  });
  const known = readResponses(questionnaire, table).length - fresh.length;
  if (records.length === 0) return { changed: false, lines: [`«${questionnaire.title}»: новых ответов в файле нет (уже в книге: ${known}).`] };
  const plan = appendAndProcess(workbook, questionnaire, records, now);
  return {
    changed: true,
    lines: [
      `«${questionnaire.title}»: добавлено ответов на лист «${questionnaire.responseSheet}»: ${records.length}${known ? ` (уже были в книге: ${known})` : ''}.`,
      questionnaire.kind === 'scored' ? `Оценено: ${plan.scored.length} — на листе «Результаты».` : `В банк: ${plan.intake.length + plan.preferences.length}.`,
      ...(plan.rejected.length ? [`Отклонено: ${plan.rejected.length} — причины на листе «Обработка ответов»:`, ...plan.rejected.map((r) => `строка ${r.row}: ${r.reason}`)] : []),
    ],
  };
}
