/**
 * Exactly one installable «on form submit» trigger for this spreadsheet, however many times forms are created: an
 * existing one is kept, duplicates (from an older version or a double click) are removed.
 */
import type { ScriptAppPort } from './ports';

export const SUBMIT_HANDLER = 'onFormSubmit';
/** The one-off time trigger that processes what a submission could not (see scheduleCatchUp). */
export const CATCH_UP_HANDLER = 'catchUpResponses';
/** A minute: Apps Script's time-trigger granularity, and time for the execution holding the lock to finish. */
export const CATCH_UP_AFTER_MS = 60_000;

export interface TriggerOutcome {
  created: boolean;
  removed: number;
}

export function ensureSubmitTrigger(scriptApp: ScriptAppPort, spreadsheetId: string): TriggerOutcome {
  const ours = scriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === SUBMIT_HANDLER
    && trigger.getEventType() === scriptApp.EventType.ON_FORM_SUBMIT && trigger.getTriggerSourceId() === spreadsheetId);
  ours.slice(1).forEach((trigger) => scriptApp.deleteTrigger(trigger));
  if (ours.length > 0) return { created: false, removed: ours.length - 1 };
  scriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheetId).onFormSubmit().create();
  return { created: true, removed: 0 };
}

/**
 * A one-off trigger stays among the project's triggers after it fired (and counts against the 20 a user may have per
 * script) until it is deleted: the catch-up deletes its own when it starts.
 */
export function clearCatchUp(scriptApp: ScriptAppPort): void {
  for (const trigger of scriptApp.getProjectTriggers()) if (trigger.getHandlerFunction() === CATCH_UP_HANDLER) scriptApp.deleteTrigger(trigger);
}

/** The catch-up a minute from now; never more than one pending, however many submissions ask for it. */
export function scheduleCatchUp(scriptApp: ScriptAppPort): void {
  clearCatchUp(scriptApp);
  scriptApp.newTrigger(CATCH_UP_HANDLER).timeBased().after(CATCH_UP_AFTER_MS).create();
}
