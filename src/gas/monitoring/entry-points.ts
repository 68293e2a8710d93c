/** Menu items and the submit trigger of monitoring; main.ts re-exports them as top-level functions of Code.js. */
import { createFormsMessage, mailingMessage, recomputeMessage, takeOverQuestion } from '../../domain/monitoring/messages';
import { googleFormServices } from '../forms/services';
import { busyMessage, MENU_WAIT_MS, withScriptLock } from '../forms/lock';
import { ensureSubmitTrigger } from '../forms/triggers';
import { schoolNow } from '../sheets/dates';
import { catchUpResponses as catchUp } from './catch-up';
import { createForms } from './create-forms';
import { recomputeAll } from './recompute';
import { redrawOnSchedule } from './redraw';
import { type MailingOutcome, sendInvitations, sendReminders } from './send';
import { handleSubmission } from './submit';

/** The active spreadsheet, the Google services, and «now» by the school's clock (the spreadsheet's time zone). */
function active(): [GoogleAppsScript.Spreadsheet.Spreadsheet, ReturnType<typeof googleFormServices>, Date] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return [spreadsheet, googleFormServices(), schoolNow(spreadsheet)];
}

function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

export function menuCreateForms(): void {
  const [spreadsheet, services, now] = active();
  // Two runs at once would both find a questionnaire without a form and make it twice.
  const locked = withScriptLock(services.lockService, () => createForms(spreadsheet, services, now), MENU_WAIT_MS);
  if (!locked.ran) {
    alert('Анкеты', busyMessage('Создать анкеты'));
    return;
  }
  const outcome = locked.value;
  const { created, removed, installedByAnotherUser } = outcome.trigger;
  alert('Анкеты', createFormsMessage({ ...outcome, triggerCreated: created, triggerRemoved: removed, triggerInstalledByAnotherUser: installedByAnotherUser }));
  if (!installedByAnotherUser) return;
  const ui = SpreadsheetApp.getUi();
  if (ui.alert('Обработка ответов', takeOverQuestion(installedByAnotherUser), ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  if (!withScriptLock(services.lockService, () => ensureSubmitTrigger(services, spreadsheet.getId(), now, true), MENU_WAIT_MS).ran) {
    alert('Обработка ответов', busyMessage('Создать анкеты'));
    return;
  }
  alert('Обработка ответов', 'Включена автоматическая обработка ответов от вашего имени.');
}

function mailed(title: string, action: string, kind: 'приглашения' | 'напоминания', outcome: MailingOutcome | undefined): void {
  alert(title, outcome ? mailingMessage(kind, outcome) : busyMessage(action));
}

export function menuSendForms(): void {
  mailed('Рассылка анкет', 'Разослать анкеты', 'приглашения', sendInvitations(...active()));
}

export function menuRemind(): void {
  mailed('Напоминания', 'Напомнить не ответившим', 'напоминания', sendReminders(...active()));
}

export function menuRecomputeAll(): void {
  alert('Пересчёт', recomputeMessage(recomputeAll(...active())));
}

/** The installable trigger («Создать анкеты» installs it once): runs without a user interface, so it never alerts. */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const [spreadsheet, services, now] = active();
  handleSubmission(spreadsheet, event, services, now);
}

/** The one-off time trigger a submission that found the lock busy schedules (no user interface either). */
export function catchUpResponses(): void {
  catchUp(...active());
}

/** The time trigger a scored answer schedules: «Мониторинг» redrawn for all answers of the last minutes. */
export function redrawMonitoring(): void {
  redrawOnSchedule(...active());
}
