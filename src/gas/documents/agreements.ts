/**
 * «Соглашения с наставниками» in Google Docs: the consents, supplementary agreements and notices of the mentors
 * (ст. 351.8 ТК РФ), each its own Doc in one subfolder of the documents folder. A paper already there (same name) is
 * not made again, so a rerun adds only what is new — the notice of a pair stopped since, a new mentor's papers. One
 * run stays under the 6-minute limit: what does not fit is left for the next click, and the dialog says so.
 */
import { SLICE_BUDGET_MS, shouldPause } from '../../domain/documents/batch';
import { logEntry } from '../../domain/bank/log';
import { buildDocuments, DOCUMENTS } from '../../domain/documents/catalog';
import { countOf } from '../../domain/language/plural';
import { AGREEMENTS_LOG_ACTION } from '../../domain/documents/registration';
import { appendLog } from '../sheets/write';
import { documentsFolder } from './folder';
import type { Outcome } from './generate';
import { makeDocument } from './make';
import { readDocumentsWorkbook } from './workbook';
import { yearFolder } from './yearFolder';

export function generateAgreements(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, clock: () => number, budgetMs = SLICE_BUDGET_MS): Outcome {
  const started = clock();
  const workbook = readDocumentsWorkbook(spreadsheet, now);
  const built = buildDocuments('agreements', workbook.ctx, workbook.register);
  const outcome: Outcome = { made: [], problems: [...built.problems], notes: [], ...(built.skipped ? { skipped: [built.skipped] } : {}) };
  if (built.documents.length === 0) return outcome;
  const folder = documentsFolder(spreadsheet, workbook.bank.settings);
  if (!folder.ok) {
    outcome.problems.push(folder.problem);
    return outcome;
  }
  const definition = DOCUMENTS.agreements;
  const { template, target, made: existing } = yearFolder(folder.folder, definition, 'Соглашения с наставниками', workbook.ctx.settings.academicYear || String(now.getFullYear()), outcome.notes);
  let slowest = 0;
  let skipped = 0;
  const codes: string[] = [];
  for (const document of built.documents) {
    if (existing.has(document.name)) {
      skipped++;
      continue;
    }
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      outcome.notes.push('Не все документы успели создаться за один запуск (не больше 6 минут): выберите «Соглашения с наставниками» ещё раз — созданные не повторятся.');
      break;
    }
    const result = makeDocument(document, definition, template, target);
    slowest = Math.max(slowest, clock() - before);
    if (!result.ok) {
      outcome.problems.push(...result.problems);
      break;
    }
    outcome.made.push({ name: document.name, url: result.url });
    codes.push(...document.pairCodes);
    outcome.notes.push(...document.notes.map((note) => `Проверьте склонение: ${note}`));
  }
  if (skipped > 0) outcome.notes.push(`Уже были в папке и не созданы повторно: ${skipped}.`);
  outcome.notes.push(`Папка: ${target.getUrl()}`);
  if (outcome.made.length > 0) appendLog(spreadsheet, [logEntry(now, AGREEMENTS_LOG_ACTION, [...new Set(codes)], `${countOf(outcome.made.length, 'документ')} в папке «${target.getName()}»`)]);
  return outcome;
}
