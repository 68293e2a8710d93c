/**
 * The real Google services behind the ports. Assigning each global to its port is the compile-time proof that every
 * member a port declares exists in Apps Script with that signature.
 */
import type { FormAppPort, LockServicePort, MailAppPort, ScriptAppPort } from './ports';

export interface FormServices {
  formApp: FormAppPort;
  scriptApp: ScriptAppPort;
  lockService: LockServicePort;
  mailApp: MailAppPort;
}

export function googleFormServices(): FormServices {
  const formApp: FormAppPort = FormApp;
  const scriptApp: ScriptAppPort = ScriptApp;
  const lockService: LockServicePort = LockService;
  const mailApp: MailAppPort = MailApp;
  return { formApp, scriptApp, lockService, mailApp };
}
