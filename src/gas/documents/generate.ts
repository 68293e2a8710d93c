/**
 * One click → one document: an order (numbered from «Приказы», registered, PDF, letter to the director), the
 * monitoring report or the municipal summary. Nothing is registered or written to «Пары» unless the document and its
 * PDF were made; the sheets are read once and each written once.
 */
import { SETTING, settingText } from '../../domain/bank/settings';
import { ORDER_COLUMNS, SHEET } from '../../domain/bank/schema';
import { buildDocuments, DOCUMENTS, type DocumentKind } from '../../domain/documents/catalog';
import { orderLetter } from '../../domain/documents/mail';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { documentLogEntry, madeOrderRecord, orderPairsWrite } from '../../domain/documents/registration';
import { orderRegisterRow } from '../../domain/documents/sheets';
import { appendLog, appendRow, writeColumn } from '../sheets/write';
import { documentsFolder } from './folder';
import { makeDocument, savePdf } from './make';
import { ensureTemplate, templatesFolder } from './templates';
import { readDocumentsWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Made documents with links; problems naming the sheet, row and column or the template field; notes on what else happened. */
export type Outcome = ActionOutcome;

/** The letter with the PDF, if the director's email is set and today's quota allows. */
function mailDirector(workbook: ReturnType<typeof readDocumentsWorkbook>, letter: { subject: string; body: string }, pdf: GoogleAppsScript.Base.Blob): string {
  const email = settingText(workbook.bank.settings, SETTING.directorEmail);
  if (!email) return `Письмо директору не отправлено: на листе «Настройки» не указан «${SETTING.directorEmail}».`;
  if (MailApp.getRemainingDailyQuota() < 1) return 'Письмо директору не отправлено: дневной лимит писем Google исчерпан. Отправьте ссылку из листа «Приказы» вручную или повторите завтра.';
  MailApp.sendEmail({ to: email, subject: letter.subject, body: letter.body, attachments: [pdf], name: 'Наставник' });
  return `Письмо с приказом и PDF отправлено директору (${email}).`;
}

export function generateDocument(spreadsheet: Spreadsheet, kind: Exclude<DocumentKind, 'programmes'>, now: Date): Outcome {
  const outcome: Outcome = { made: [], problems: [], notes: [] };
  const workbook = readDocumentsWorkbook(spreadsheet, now);
  const definition = DOCUMENTS[kind];
  const built = buildDocuments(kind, workbook.ctx, workbook.register);
  if (built.problems.length > 0 || built.documents.length === 0) {
    outcome.problems.push(...built.problems);
    return outcome;
  }
  const pairsTable = workbook.tables[SHEET.pairs];
  const document = built.documents[0];
  if (document.order && !workbook.tables[SHEET.orders]) {
    outcome.problems.push(`Нет листа «${SHEET.orders}»: приказ некуда зарегистрировать. Выполните «Наставничество → Настроить банк».`);
    return outcome;
  }
  // Check the «Пары» write before anything is made, so a renamed column cannot leave a registered order behind.
  const pairsWrite = orderPairsWrite(document, pairsTable);
  if (pairsWrite && !pairsWrite.ok) {
    outcome.problems.push(pairsWrite.problem);
    return outcome;
  }
  const folder = documentsFolder(spreadsheet, workbook.bank.settings);
  if (!folder.ok) {
    outcome.problems.push(folder.problem);
    return outcome;
  }
  if (folder.created) outcome.notes.push(`Создана папка для документов «${folder.folder.getName()}»; ссылка записана в «Настройки».`);
  const template = ensureTemplate(templatesFolder(folder.folder), definition);
  if (template.created) outcome.notes.push(`Создан шаблон «${definition.templateName}» (его можно редактировать).`);
  const made = makeDocument(document, definition, template.file, folder.folder);
  if (!made.ok) {
    outcome.problems.push(...made.problems);
    return outcome;
  }
  const pdf = savePdf(made.file, folder.folder, document.name);
  outcome.made.push({ name: document.name, url: made.url, pdfUrl: pdf.url });
  const record = madeOrderRecord(definition, document, made.url, pdf.url);
  if (document.order && record) {
    const orders = workbook.tables[SHEET.orders];
    appendRow(spreadsheet, SHEET.orders, orderRegisterRow(orders?.header ?? Object.values(ORDER_COLUMNS), record));
    if (pairsWrite?.ok && pairsWrite.write) writeColumn(spreadsheet, pairsWrite.write);
    outcome.notes.push(mailDirector(workbook, orderLetter(workbook.ctx.settings, document.order, made.url, pdf.url), pdf.blob));
  }
  appendLog(spreadsheet, [documentLogEntry(now, definition, document)]);
  return outcome;
}
