/**
 * «Разослать анкеты» and «Напомнить»: the letters the domain planned, sent within today's MailApp quota; what does
 * not fit waits for the next run (it is not logged, so it is planned again), and each letter sent is logged in
 * «Рассылка» in one write. Then «Мониторинг» is redrawn, so «Кто ещё не ответил» lists the people just written to.
 * All of it under the script lock.
 */
import { appendPlan } from '../../domain/bank/append';
import { SHEET, sheetSpec } from '../../domain/bank/schema';
import { type MailItem, type MailPlan, planInvitations, planReminders } from '../../domain/monitoring/mail-plan';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { mailRecord } from '../../domain/questionnaires/mail-log';
import { SENDER_NAME } from '../../domain/questionnaires/mailing';
import type { LockServicePort, MailAppPort } from '../forms/ports';
import { MENU_WAIT_MS, withScriptLock } from '../forms/lock';
import { sendWithinQuota } from '../forms/mail';
import { redrawDashboard } from './redraw';
import type { FormsAccess } from './wording';
import { readTables } from '../sheets/tables';
import { writeAppend } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MailingOutcome {
  sent: number;
  waiting: number;
  /** Not sent because this run's time ran out: the next run sends them. */
  deferred: number;
  failed: string[];
  notes: string[];
}

export interface MailingServices extends FormsAccess {
  mailApp: MailAppPort;
  lockService: LockServicePort;
}

function carryOut(
  spreadsheet: Spreadsheet, services: MailingServices, plan: MailPlan, mailing: ReturnType<typeof readTables>[typeof SHEET.mailing],
  now: Date, clock: () => number,
): MailingOutcome {
  const outcome = sendWithinQuota<MailItem>(services.mailApp, plan.items, (item) => item.letter, SENDER_NAME, clock);
  const records = outcome.sent.flatMap((item) => item.records.map(mailRecord));
  const notes = [...plan.notes];
  if (records.length > 0) {
    const table = mailing ?? { sheet: SHEET.mailing, header: sheetSpec('mailing').columns.map((column) => column.header), rows: [] };
    writeAppend(spreadsheet, appendPlan(table, records));
    redrawDashboard(spreadsheet, services, now);
  }
  return {
    sent: outcome.sent.length,
    waiting: outcome.waiting.length,
    deferred: outcome.deferred.length,
    failed: outcome.failed.map(({ item, error }) => `${item.letter.to}: ${error}`),
    notes,
  };
}

/**
 * The whole mailing — reading who got what, sending, logging in «Рассылка», redrawing — holds the script lock: two
 * mailings at once (a double click, two curators) would both read the log before either wrote it and send every
 * letter twice. Undefined when another action holds the lock: nothing was sent. Submissions arriving meanwhile wait
 * for the lock or are caught up later (see withScriptLock).
 */
function mailing(
  spreadsheet: Spreadsheet, services: MailingServices, now: Date, clock: () => number, plan: (tables: ReturnType<typeof readTables>) => MailPlan,
): MailingOutcome | undefined {
  const outcome = withScriptLock(services.lockService, () => {
    const tables = readTables(spreadsheet, MONITORING_SHEETS);
    return carryOut(spreadsheet, services, plan(tables), tables[SHEET.mailing], now, clock);
  }, MENU_WAIT_MS);
  return outcome.ran ? outcome.value : undefined;
}

/** `clock` (milliseconds, Date.now in Apps Script) measures this run against MAIL_BUDGET_MS. */
export function sendInvitations(spreadsheet: Spreadsheet, services: MailingServices, now: Date, clock: () => number = Date.now): MailingOutcome | undefined {
  return mailing(spreadsheet, services, now, clock, (tables) => planInvitations(tables, now));
}

export function sendReminders(spreadsheet: Spreadsheet, services: MailingServices, now: Date, clock: () => number = Date.now): MailingOutcome | undefined {
  return mailing(spreadsheet, services, now, clock, (tables) => planReminders(tables, now));
}
