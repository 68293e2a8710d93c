/**
 * One lock for every action that reads the spreadsheet and then writes it: form submissions, the catch-up,
 * «Пересчитать всё», pairing confirmations, bank setup and the document actions. It is the script lock: the project is
 * bound to its spreadsheet (see README, «Установка в Google Таблицу»), so the script lock guards exactly that spreadsheet, and unlike
 * getDocumentLock() it is never null. A document lock and a script lock do not exclude each other, so every caller
 * takes this one, through googleLockService().
 *
 * Submissions arriving together are handled one at a time: each waits for the lock. A submission that cannot get it
 * in time is not lost: its row stays in the response sheet and the catch-up trigger it schedules (or the next
 * submission, or «Пересчитать всё») processes it.
 */
import type { LockServicePort } from './ports';

/** How long a menu action waits for another to finish before it says so: the curator is watching. */
export const MENU_WAIT_MS = 5_000;

/**
 * What a menu action answers when the lock stays taken: most often the same item chosen twice (a double click, two
 * curators), or answers being processed. Nothing of it was done, so nothing is done twice.
 */
export function busyMessage(action: string): string {
  return `Действие «${action}» не выполнено: таблицу сейчас изменяет другое действие — это же действие, запущенное ещё раз или другим `
    + 'пользователем, обработка ответов анкет, документы или подбор пар. Ничего не изменено. Подождите минуту и повторите.';
}

/** Apps Script runs a trigger for at most 6 minutes; waiting longer than a few seconds per call only stacks them up. */
export const LOCK_WAIT_MS = 30_000;

/**
 * Runs `action` holding the lock. Spreadsheet writes are buffered by Apps Script: the Lock reference says to call
 * SpreadsheetApp.flush() before releaseLock(), or the next execution may read the sheets as they were before this one
 * (the same response processed twice, the same code issued twice, an appended row overwritten). So the writes are
 * flushed while the lock is still held, on every path, through the port's flush when it has one.
 */
export function withScriptLock<T>(lockService: LockServicePort, action: () => T, waitMs = LOCK_WAIT_MS): { ran: true; value: T } | { ran: false } {
  const lock = lockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: action() };
  } finally {
    try {
      if (lockService.flush) lockService.flush();
      else SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
