/**
 * Sending letters within the daily quota and within one execution's time: what does not fit waits for the next run
 * (the domain decided the order).
 */
import { shouldPause } from '../../domain/documents/batch';
import type { Letter } from '../../domain/questionnaires/mailing';
import { splitByQuota } from '../../domain/questionnaires/mailing';
import type { MailAppPort } from './ports';

/**
 * Apps Script stops an execution at 6 minutes, and the letters sent are logged in «Рассылка» only after the loop: a run
 * cut off mid-loop would lose that log and write to everybody again next time. Sending stops at 4 minutes, which
 * leaves the reads before and the one log write after well inside the limit.
 */
export const MAIL_BUDGET_MS = 240_000;

export interface SendOutcome<T> {
  sent: T[];
  /** Left for the next run: the quota ran out. */
  waiting: T[];
  /** Left for the next run: this run's time ran out. */
  deferred: T[];
  failed: Array<{ item: T; error: string }>;
}

export function sendWithinQuota<T>(
  mailApp: MailAppPort, items: readonly T[], letterOf: (item: T) => Letter, senderName: string,
  clock: () => number = Date.now, budgetMs = MAIL_BUDGET_MS,
): SendOutcome<T> {
  const started = clock();
  // One quota read per run, not per letter.
  const { now, later } = splitByQuota(items, mailApp.getRemainingDailyQuota());
  const outcome: SendOutcome<T> = { sent: [], waiting: [...later], deferred: [], failed: [] };
  let slowest = 0;
  for (const [index, item] of now.entries()) {
    const before = clock();
    if (shouldPause(before - started, slowest, budgetMs)) {
      outcome.deferred.push(...now.slice(index));
      break;
    }
    const letter = letterOf(item);
    try {
      mailApp.sendEmail(letter.to, letter.subject, letter.body, { name: senderName });
      outcome.sent.push(item);
    } catch (error) {
      // One bad address must not stop the others; it is reported, and tried again on the next run.
      outcome.failed.push({ item, error: error instanceof Error ? error.message : String(error) });
    }
    slowest = Math.max(slowest, clock() - before);
  }
  return outcome;
}
