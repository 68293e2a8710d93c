/**
 * Long actions (programmes for hundreds of pairs, hundreds of schools' packages) run in slices under Apps Script's
 * 6-minute limit: a slice saves its checkpoint in the document properties and schedules the next slice with a one-off
 * time trigger on its handler. Both batches use these, so neither can leave a spent trigger behind.
 */

/** A minute between slices: Apps Script's trigger granularity, and time for the quota to breathe. */
const NEXT_SLICE_MS = 60_000;

/**
 * A one-off time trigger stays in the project's triggers after it fired (and counts against the 20 triggers a user may
 * have per script) until it is deleted.
 */
export function clearContinuation(handler: string): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
  }
}

/** The next slice in a minute; never more than one continuation trigger per handler exists. */
export function scheduleContinuation(handler: string): void {
  clearContinuation(handler);
  ScriptApp.newTrigger(handler).timeBased().after(NEXT_SLICE_MS).create();
}

/** The checkpoint a batch keeps between slices, as JSON in the document properties. */
export function checkpoint(key: string): { read(): string | null; save(value: string): void; clear(): void } {
  const properties = PropertiesService.getDocumentProperties();
  return {
    read: () => properties.getProperty(key),
    save: (value) => {
      properties.setProperty(key, value);
    },
    clear: () => {
      properties.deleteProperty(key);
    },
  };
}
