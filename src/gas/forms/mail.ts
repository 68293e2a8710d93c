/** Sending letters within the daily quota: what does not fit waits for the next run (the domain decided the order). */
import type { Letter } from '../../domain/questionnaires/mailing';
import { splitByQuota } from '../../domain/questionnaires/mailing';
import type { MailAppPort } from './ports';

export interface SendOutcome<T> {
  sent: T[];
  /** Left for the next run: the quota ran out. */
  waiting: T[];
  failed: Array<{ item: T; error: string }>;
}

export function sendWithinQuota<T>(mailApp: MailAppPort, items: readonly T[], letterOf: (item: T) => Letter, senderName: string): SendOutcome<T> {
  // One quota read per run, not per letter.
  const { now, later } = splitByQuota(items, mailApp.getRemainingDailyQuota());
  const outcome: SendOutcome<T> = { sent: [], waiting: [...later], failed: [] };
  for (const item of now) {
    const letter = letterOf(item);
    try {
      mailApp.sendEmail(letter.to, letter.subject, letter.body, { name: senderName });
      outcome.sent.push(item);
    } catch (error) {
      // One bad address must not stop the others; it is reported, and tried again on the next run.
      outcome.failed.push({ item, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
