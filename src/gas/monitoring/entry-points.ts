/** Menu items and the submit trigger of monitoring; main.ts re-exports them as top-level functions of Code.js. */
import { createFormsMessage, mailingMessage, recomputeMessage, takeOverQuestion } from '../../domain/monitoring/messages';
import { googleFormServices } from '../forms/services';
import { ensureSubmitTrigger } from '../forms/triggers';
import { catchUpResponses as catchUp } from './catch-up';
import { createForms } from './create-forms';
import { recomputeAll } from './recompute';
import { sendInvitations, sendReminders } from './send';
import { handleSubmission } from './submit';

function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

export function menuCreateForms(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const services = googleFormServices();
  const now = new Date();
  const outcome = createForms(spreadsheet, services, now);
  const { created, removed, installedByAnotherUser } = outcome.trigger;
  alert('Анкеты', createFormsMessage({ ...outcome, triggerCreated: created, triggerRemoved: removed, triggerInstalledByAnotherUser: installedByAnotherUser }));
  if (!installedByAnotherUser) return;
  const ui = SpreadsheetApp.getUi();
  if (ui.alert('Обработка ответов', takeOverQuestion(installedByAnotherUser), ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  ensureSubmitTrigger(services, spreadsheet.getId(), now, true);
  alert('Обработка ответов', 'Включена автоматическая обработка ответов от вашего имени.');
}

export function menuSendForms(): void {
  alert('Рассылка анкет', mailingMessage('приглашения', sendInvitations(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date())));
}

export function menuRemind(): void {
  alert('Напоминания', mailingMessage('напоминания', sendReminders(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date())));
}

export function menuRecomputeAll(): void {
  alert('Пересчёт', recomputeMessage(recomputeAll(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date())));
}

/** The installable trigger («Создать анкеты» installs it once): runs without a user interface, so it never alerts. */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  handleSubmission(SpreadsheetApp.getActiveSpreadsheet(), event, googleFormServices(), new Date());
}

/** The one-off time trigger a submission that found the lock busy schedules (no user interface either). */
export function catchUpResponses(): void {
  catchUp(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date());
}
