/**
 * One click → one document: an order (numbered from «Приказы», registered, PDF, letter to the director), the
 * monitoring report or the municipal summary. Nothing is registered or written to «Пары» unless the document and its
 * PDF were made; the sheets are read once and each written once.
 */
import { isEmailAddress } from '../../domain/bank/cells';
import { SETTING, settingText } from '../../domain/bank/settings';
import { ORDER_COLUMNS, SHEET } from '../../domain/bank/schema';
import { buildDocuments, DOCUMENTS, type DocumentKind } from '../../domain/documents/catalog';
import { orderLetter } from '../../domain/documents/mail';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { documentLogEntry, madeOrderRecord, orderPairsWrite, orderRegisterCheck } from '../../domain/documents/registration';
import { orderRegisterRow } from '../../domain/documents/sheets';
import { appendLog, appendRow, writeColumn } from '../sheets/write';
import { documentsFolder } from './folder';
import { makeDocument, savePdf } from './make';
import { ensureTemplate, templatesFolder } from './templates';
import { readDocumentsWorkbook } from './workbook';
import { duplicateHeaderProblem } from '../../domain/bank/duplicateHeaders';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Made documents with links; problems naming the sheet, row and column or the template field; notes on what else happened. */
export type Outcome = ActionOutcome;

/**
 * The director gets viewer access to the Doc (the link in the letter is private otherwise) and the letter with the
 * PDF, if «Email руководителя» is an address and today's quota allows. The order is registered already: whatever fails
 * here is told to the curator in Russian and never undoes or repeats the order.
 */
function mailDirector(workbook: ReturnType<typeof readDocumentsWorkbook>, letter: { subject: string; body: string }, pdf: GoogleAppsScript.Base.Blob, file: GoogleAppsScript.Drive.File): string[] {
  const email = settingText(workbook.bank.settings, SETTING.directorEmail);
  const manually = 'Приказ создан и зарегистрирован; отправьте директору ссылку из листа «Приказы» вручную.';
  if (!email) return [`Письмо директору не отправлено: на листе «Настройки» не указан «${SETTING.directorEmail}». ${manually}`];
  if (!isEmailAddress(email)) return [`Письмо директору не отправлено: «${SETTING.directorEmail}» на листе «Настройки» («${email}») — не адрес электронной почты. Исправьте его. ${manually}`];
  const notes: string[] = [];
  try {
    file.addViewer(email);
  } catch {
    notes.push(`Директору (${email}) не удалось открыть доступ к документу: откройте его вручную кнопкой «Настройки доступа» в документе, иначе ссылка из письма не откроется.`);
  }
  if (MailApp.getRemainingDailyQuota() < 1) return [...notes, `Письмо директору не отправлено: дневной лимит писем Google исчерпан. ${manually.replace('вручную.', 'вручную или повторите завтра.')}`];
  try {
    MailApp.sendEmail({ to: email, subject: letter.subject, body: letter.body, attachments: [pdf], name: 'Наставник' });
    notes.push(`Письмо с приказом и PDF отправлено директору (${email}).`);
  } catch {
    notes.push(`Письмо директору (${email}) не отправлено: почта Google отказала в отправке. ${manually}`);
  }
  return notes;
}

export function generateDocument(spreadsheet: Spreadsheet, kind: Exclude<DocumentKind, 'programmes' | 'agreements'>, now: Date): Outcome {
  const outcome: Outcome = { made: [], problems: [], notes: [] };
  const workbook = readDocumentsWorkbook(spreadsheet, now);
  const repeated = duplicateHeaderProblem(Object.values(workbook.tables));
  if (repeated) return { ...outcome, problems: [repeated] };
  const definition = DOCUMENTS[kind];
  const built = buildDocuments(kind, workbook.ctx, workbook.register);
  if (built.skipped) outcome.skipped = [built.skipped];
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
  const registerProblem = orderRegisterCheck(document, workbook.tables[SHEET.orders]);
  if (registerProblem || (pairsWrite && !pairsWrite.ok)) {
    outcome.problems.push(registerProblem ?? (pairsWrite && !pairsWrite.ok ? pairsWrite.problem : ''));
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
  outcome.notes.push(...document.notes.map((note) => `Проверьте склонение: ${note}`));
  const record = madeOrderRecord(definition, document, made.url, pdf.url);
  if (document.order && record) {
    const orders = workbook.tables[SHEET.orders];
    appendRow(spreadsheet, SHEET.orders, orderRegisterRow(orders?.header ?? Object.values(ORDER_COLUMNS), record));
    if (pairsWrite?.ok && pairsWrite.write) writeColumn(spreadsheet, pairsWrite.write);
    outcome.notes.push(...mailDirector(workbook, orderLetter(workbook.ctx.settings, document.order, made.url, pdf.url), pdf.blob, made.file));
  }
  appendLog(spreadsheet, [documentLogEntry(now, definition, document)]);
  return outcome;
}
