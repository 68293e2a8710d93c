/** Menu items and the submit trigger of monitoring; main.ts re-exports them as top-level functions of Code.js. */
import { createFormsMessage, mailingMessage, recomputeMessage } from '../../domain/monitoring/messages';
import { googleFormServices } from '../forms/services';
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
  const outcome = createForms(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date());
  alert('Анкеты', createFormsMessage({ ...outcome, triggerCreated: outcome.trigger.created, triggerRemoved: outcome.trigger.removed }));
}

export function menuSendForms(): void {
  alert('Рассылка анкет', mailingMessage('приглашения', sendInvitations(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices().mailApp, new Date())));
}

export function menuRemind(): void {
  alert('Напоминания', mailingMessage('напоминания', sendReminders(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices().mailApp, new Date())));
}

export function menuRecomputeAll(): void {
  alert('Пересчёт', recomputeMessage(recomputeAll(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices().lockService, new Date())));
}

/** The installable trigger («Создать анкеты» installs it once): runs without a user interface, so it never alerts. */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  handleSubmission(SpreadsheetApp.getActiveSpreadsheet(), event, googleFormServices(), new Date());
}

/** The one-off time trigger a submission that found the lock busy schedules (no user interface either). */
export function catchUpResponses(): void {
  catchUp(SpreadsheetApp.getActiveSpreadsheet(), googleFormServices(), new Date());
}
