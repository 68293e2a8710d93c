/** The menu's document actions: one at a time (the script lock), answered with a dialog in Russian. */
import type { DocumentKind } from '../../domain/documents/catalog';
import { outcomeMessage, outcomeTitle, type ActionOutcome } from '../../domain/documents/outcome';
import { documentsFolder } from './folder';
import { generateDocument } from './generate';
import { generateAgreements } from './agreements';
import { generateProgrammes, scheduleContinuation } from './programmes';
import { applySignedOrders } from './signing';
import { createTemplates } from './templates';
import { withScriptLock } from '../forms/lock';
import { googleLockService } from '../forms/services';
import { readDocumentsWorkbook } from './workbook';
import { schoolNow } from '../sheets/dates';

const BUSY = 'Таблицу сейчас занимает другое действие (документы, обработка ответов анкет или подбор пар). Подождите минуту и повторите.';

/** The lock form submissions and pairing take too (see withScriptLock), flushed before it is released. */
function withLock<T>(body: () => T): T | undefined {
  const outcome = withScriptLock(googleLockService(), body, 5000);
  return outcome.ran ? outcome.value : undefined;
}

function show(outcome: ActionOutcome | undefined): void {
  const ui = SpreadsheetApp.getUi();
  if (!outcome) ui.alert('Наставничество', BUSY, ui.ButtonSet.OK);
  else ui.alert(outcomeTitle(outcome), outcomeMessage(outcome), ui.ButtonSet.OK);
}

export function runAgreements(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Согласия и соглашения с наставниками готовятся…', 'Наставничество', 10);
  show(withLock(() => generateAgreements(spreadsheet, schoolNow(spreadsheet), () => Date.now())));
}

export function runDocument(kind: Exclude<DocumentKind, 'programmes' | 'agreements'>): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Документ готовится…', 'Наставничество', 10);
  show(withLock(() => generateDocument(spreadsheet, kind, schoolNow(spreadsheet))));
}

/** From the menu: a dialog at the end. From the continuation trigger: no UI, the journal records the result. */
export function runProgrammes(fromTrigger: boolean): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const toast = (text: string) => spreadsheet.toast(text, 'Наставничество', 10);
  if (!fromTrigger) toast('Программы наставничества готовятся…');
  const outcome = withLock(() => generateProgrammes(spreadsheet, schoolNow(spreadsheet), () => Date.now(), fromTrigger ? undefined : toast));
  if (fromTrigger) {
    // Another document action holds the lock: the batch must not end here silently, so the slice is tried again later.
    if (!outcome) scheduleContinuation();
    return;
  }
  if (outcome?.folderUrl) outcome.notes.push(`Папка с программами: ${outcome.folderUrl}`);
  show(outcome);
}

export function runCreateTemplates(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  show(withLock((): ActionOutcome => {
    const workbook = readDocumentsWorkbook(spreadsheet, schoolNow(spreadsheet));
    const folder = documentsFolder(spreadsheet, workbook.bank.settings);
    if (!folder.ok) return { made: [], problems: [folder.problem], notes: [] };
    const result = createTemplates(folder.folder);
    return {
      made: [],
      problems: [],
      notes: [
        result.created.length ? `Созданы шаблоны: ${result.created.map((n) => `«${n}»`).join(', ')}.` : result.postponed.length ? '' : 'Все шаблоны уже есть.',
        result.existing.length ? `Уже были и не изменены: ${result.existing.length}.` : '',
        result.postponed.length
          ? `Не хватило времени одного запуска (не больше 6 минут), пока не созданы: ${result.postponed.map((n) => `«${n}»`).join(', ')} — выберите «Создать шаблоны документов» ещё раз.`
          : '',
        `Папка шаблонов: ${result.folderUrl}`,
        'Шаблоны можно править в Google Документах (бланк, логотип, формулировки); метки в {{двойных скобках}} описаны в README.',
      ].filter(Boolean),
    };
  }));
}

export function runApplySignedOrders(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  show(withLock((): ActionOutcome => {
    const result = applySignedOrders(spreadsheet, schoolNow(spreadsheet));
    if (result.problem) return { made: [], problems: [result.problem], notes: [] };
    return { made: [], problems: [], notes: [result.approved.length ? `Утверждены пары: ${result.approved.join(', ')}.` : 'Новых подписанных приказов о закреплении пар нет.'] };
  }));
}
