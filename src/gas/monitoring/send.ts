/**
 * «Разослать анкеты» and «Напомнить»: the letters the domain planned, sent within today's MailApp quota; what does
 * not fit waits for the next run (it is not logged, so it is planned again), and each letter sent is logged in
 * «Рассылка» in one write.
 */
import { appendPlan } from '../../domain/bank/append';
import { SHEET, sheetSpec } from '../../domain/bank/schema';
import { type MailItem, type MailPlan, planInvitations, planReminders } from '../../domain/monitoring/mail-plan';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { mailRecord } from '../../domain/questionnaires/mail-log';
import type { MailAppPort } from '../forms/ports';
import { sendWithinQuota } from '../forms/mail';
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

const SENDER_NAME = 'Программа наставничества';

function carryOut(
  spreadsheet: Spreadsheet, mailApp: MailAppPort, plan: MailPlan, mailing: ReturnType<typeof readTables>[typeof SHEET.mailing], clock: () => number,
): MailingOutcome {
  const outcome = sendWithinQuota<MailItem>(mailApp, plan.items, (item) => item.letter, SENDER_NAME, clock);
  const records = outcome.sent.flatMap((item) => item.records.map(mailRecord));
  if (records.length > 0) {
    const table = mailing ?? { sheet: SHEET.mailing, header: sheetSpec('mailing').columns.map((column) => column.header), rows: [] };
    writeAppend(spreadsheet, appendPlan(table, records));
  }
  return {
    sent: outcome.sent.length,
    waiting: outcome.waiting.length,
    deferred: outcome.deferred.length,
    failed: outcome.failed.map(({ item, error }) => `${item.letter.to}: ${error}`),
    notes: plan.notes,
  };
}

/** `clock` (milliseconds, Date.now in Apps Script) measures this run against MAIL_BUDGET_MS. */
export function sendInvitations(spreadsheet: Spreadsheet, mailApp: MailAppPort, now: Date, clock: () => number = Date.now): MailingOutcome {
  const tables = readTables(spreadsheet, MONITORING_SHEETS);
  return carryOut(spreadsheet, mailApp, planInvitations(tables, now), tables[SHEET.mailing], clock);
}

export function sendReminders(spreadsheet: Spreadsheet, mailApp: MailAppPort, now: Date, clock: () => number = Date.now): MailingOutcome {
  const tables = readTables(spreadsheet, MONITORING_SHEETS);
  return carryOut(spreadsheet, mailApp, planReminders(tables, now), tables[SHEET.mailing], clock);
}
