/**
 * Exactly one installable «on form submit» trigger for this spreadsheet, however many times forms are created: an
 * existing one is kept, duplicates (from an older version or a double click) are removed.
 *
 * getProjectTriggers() lists only the current user's triggers, so a second curator running «Создать анкеты» would add
 * a second one (processing stays idempotent, but every response would be processed twice over). The trigger's id and
 * date are kept in the document properties, which every user of the spreadsheet sees: a user without a trigger of
 * their own who finds one recorded is told about it, and a second one is made only when they ask (`takeOver`: the
 * first curator has left and their trigger no longer fires).
 */
import type { PropertiesPort, ScriptAppPort } from './ports';

export const SUBMIT_HANDLER = 'onFormSubmit';
/** Document property: the submit trigger installed for this spreadsheet, by whom it is not known (no such scope). */
export const SUBMIT_TRIGGER_PROPERTY = 'nastavnik.submitTrigger';
/** The one-off time trigger that processes what a submission could not (see scheduleCatchUp). */
export const CATCH_UP_HANDLER = 'catchUpResponses';
/** A minute: Apps Script's time-trigger granularity, and time for the execution holding the lock to finish. */
export const CATCH_UP_AFTER_MS = 60_000;

export interface TriggerOutcome {
  created: boolean;
  removed: number;
  /** When another user of the spreadsheet installed the trigger that processes the responses (none made now). */
  installedByAnotherUser?: Date;
}

interface Recorded {
  id: string;
  installedAt: string;
}

function recorded(properties: PropertiesPort): Recorded | null {
  try {
    const value = JSON.parse(properties.getProperty(SUBMIT_TRIGGER_PROPERTY) ?? 'null') as Partial<Recorded> | null;
    return value && typeof value.id === 'string' && typeof value.installedAt === 'string' ? { id: value.id, installedAt: value.installedAt } : null;
  } catch {
    return null;
  }
}

export function ensureSubmitTrigger(
  services: { scriptApp: ScriptAppPort; properties: PropertiesPort }, spreadsheetId: string, now: Date, takeOver = false,
): TriggerOutcome {
  const { scriptApp, properties } = services;
  const ours = scriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === SUBMIT_HANDLER
    && trigger.getEventType() === scriptApp.EventType.ON_FORM_SUBMIT && trigger.getTriggerSourceId() === spreadsheetId);
  ours.slice(1).forEach((trigger) => scriptApp.deleteTrigger(trigger));
  const known = recorded(properties);
  const record = (id: string) => {
    if (known?.id !== id) properties.setProperty(SUBMIT_TRIGGER_PROPERTY, JSON.stringify({ id, installedAt: now.toISOString() }));
  };
  if (ours.length > 0) {
    record(ours[0].getUniqueId());
    return { created: false, removed: ours.length - 1 };
  }
  if (known && !takeOver) return { created: false, removed: 0, installedByAnotherUser: new Date(known.installedAt) };
  record(scriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheetId).onFormSubmit().create().getUniqueId());
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

/** The time trigger that redraws «Мониторинг» after answers arrived (see scheduleRedraw). */
export const REDRAW_HANDLER = 'redrawMonitoring';
/** Answers arriving together are drawn together: «Мониторинг» is redrawn at most once in these 5 minutes. */
export const REDRAW_AFTER_MS = 5 * 60_000;

/** Deletes the redraw trigger: the redraw itself does so when it starts (a fired one-off trigger stays listed). */
export function clearRedraw(scriptApp: ScriptAppPort): void {
  for (const trigger of scriptApp.getProjectTriggers()) if (trigger.getHandlerFunction() === REDRAW_HANDLER) scriptApp.deleteTrigger(trigger);
}

/**
 * A redraw of «Мониторинг» in REDRAW_AFTER_MS unless one is already pending: a burst of answers after a mailing costs one
 * redraw, not one per answer, and adds at most one trigger (a user has 20 per script: this, the submit trigger, the
 * catch-up and the programmes' continuation are four at most). Listed means pending: the redraw deletes its trigger
 * before it reads the sheets, so an answer scored after that schedules the next one.
 */
export function scheduleRedraw(scriptApp: ScriptAppPort): boolean {
  if (scriptApp.getProjectTriggers().some((trigger) => trigger.getHandlerFunction() === REDRAW_HANDLER)) return false;
  scriptApp.newTrigger(REDRAW_HANDLER).timeBased().after(REDRAW_AFTER_MS).create();
  return true;
}
