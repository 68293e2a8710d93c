/**
 * The real Google services behind the ports. Each port member is a call of the documented member, so a port member
 * that does not exist in Apps Script (or returns something the port does not accept) fails to compile, and the
 * bundle names every service it calls (the manifest test derives the OAuth scopes from those names).
 */
import type { FormAppPort, LockServicePort, MailAppPort, PropertiesPort, ScriptAppPort } from './ports';
import { googleResponderAccess, type ResponderAccessPort } from './responders';

export interface FormServices {
  formApp: FormAppPort;
  scriptApp: ScriptAppPort;
  lockService: LockServicePort;
  mailApp: MailAppPort;
  /** The spreadsheet's document properties. */
  properties: PropertiesPort;
  /** Who may answer the forms (the Drive advanced service); null when the service is not enabled. */
  responders: ResponderAccessPort | null;
}

/** The lock every action that writes the spreadsheet takes (see withScriptLock), with the flush that goes with it. */
export function googleLockService(): LockServicePort {
  return { getScriptLock: () => LockService.getScriptLock(), flush: () => SpreadsheetApp.flush() };
}

export function googleFormServices(): FormServices {
  const formApp: FormAppPort = {
    DestinationType: FormApp.DestinationType,
    create: (title, isPublished) => FormApp.create(title, isPublished),
    openById: (id) => FormApp.openById(id),
    createTextValidation: () => FormApp.createTextValidation(),
  };
  const scriptApp: ScriptAppPort = {
    EventType: ScriptApp.EventType,
    getProjectTriggers: () => ScriptApp.getProjectTriggers(),
    deleteTrigger: (trigger) => ScriptApp.deleteTrigger(trigger as GoogleAppsScript.Script.Trigger),
    newTrigger: (functionName) => ScriptApp.newTrigger(functionName),
  };
  const lockService = googleLockService();
  const mailApp: MailAppPort = {
    getRemainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
    sendEmail: (recipient, subject, body, options) => MailApp.sendEmail(recipient, subject, body, options),
  };
  return { formApp, scriptApp, lockService, mailApp, properties: PropertiesService.getDocumentProperties(), responders: googleResponderAccess() };
}
