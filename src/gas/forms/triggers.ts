/**
 * Exactly one installable «on form submit» trigger for this spreadsheet, however many times forms are created: an
 * existing one is kept, duplicates (from an older version or a double click) are removed.
 */
import type { ScriptAppPort } from './ports';

export const SUBMIT_HANDLER = 'onFormSubmit';

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
