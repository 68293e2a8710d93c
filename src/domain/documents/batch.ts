/**
 * Long batches (programmes for hundreds of pairs) run in slices under Apps Script's 6-minute limit: each slice stops
 * while there is still time for one more document, saves how far it got, and the next slice carries on. A document
 * already in the folder is never made again, so a rerun or a resumed slice makes no duplicates.
 */
/** A slice stops at 4.5 minutes: a safe margin under the 6-minute limit for saving state and scheduling the next one. */
export const SLICE_BUDGET_MS = 270_000;

/** Stop before the next document when it might not finish in time (the slowest so far, with a margin). */
export function shouldPause(elapsedMs: number, slowestMs: number, budgetMs = SLICE_BUDGET_MS): boolean {
  return elapsedMs + 1.5 * slowestMs > budgetMs;
}

export interface BatchState {
  kind: string;
  total: number;
  done: number;
  skipped: number;
  failed: string[];
  startedAt: string;
  slices: number;
  /** Slices in a row that a Google service error stopped before they made anything. */
  failedSlices?: number;
  /**
   * Documents the earlier slices of this batch made. A slice finds them in the folder and skips them, but the batch
   * made them: the journal must not count them as documents that were there before.
   */
  madeBefore?: number;
}

/** A batch's checkpoint read back from the document properties; anything unreadable counts as none. */
export function parseCheckpoint<T>(json: string | null, valid: (state: T) => boolean): T | undefined {
  if (!json) return undefined;
  try {
    const state = JSON.parse(json) as T;
    return state !== null && typeof state === 'object' && valid(state) ? state : undefined;
  } catch {
    return undefined;
  }
}

export function parseBatchState(json: string | null): BatchState | undefined {
  return parseCheckpoint<BatchState>(json, (state) => typeof state.total === 'number' && typeof state.done === 'number');
}

export function progressText(state: Pick<BatchState, 'done' | 'skipped' | 'total'>): string {
  const ready = state.done + state.skipped;
  const already = state.skipped > 0 ? ` (ранее созданных: ${state.skipped})` : '';
  return `Программы наставничества: готово ${ready} из ${state.total}${already}.`;
}

/** The journal's words for a slice: what the whole batch has made so far, what was in the folder before it began. */
export function batchLogText(state: BatchState): string {
  const madeBefore = state.madeBefore ?? 0;
  const made = madeBefore + state.done;
  const existed = Math.max(0, state.skipped - madeBefore);
  return `создано за пакет: ${made}, были раньше: ${existed}, порций: ${state.slices}${state.failed.length ? `, не созданы: ${state.failed.length}` : ''}`;
}

/** A Google service that failed while a document was made: a daily quota, or a passing error worth another try. */
export interface ServiceFailure {
  kind: 'quota' | 'service';
  /** For the curator; «{документ}» stands for the document's name. */
  message: string;
}

/**
 * What an exception from DocumentApp or DriveApp means. Apps Script words quota errors as «Service invoked too many
 * times for one day», «…in a short time», «Limit Exceeded: Drive»; anything else («Service error: Drive», «We're
 * sorry, a server error occurred») is passing.
 */
export function serviceFailure(errorMessage: string): ServiceFailure {
  // A per-minute limit (the Docs API allows 60 writes a minute per user, https://developers.google.com/workspace/docs/api/limits)
  // passes within the minute the next slice waits: not a day's quota.
  const perMinute = /per minute|rate limit|too many requests/i.test(errorMessage);
  if (!perMinute && /too many times|limit exceeded|quota/i.test(errorMessage)) {
    return {
      kind: 'quota',
      message: 'Документ {документ} не создан: исчерпан дневной лимит Google на создание документов. Запустите действие завтра — уже созданное не повторится.',
    };
  }
  return {
    kind: 'service',
    message: `Документ {документ} не создан: сервис Google не ответил (${errorMessage.replace(/^Exception:\s*/, '').slice(0, 120)}). Ничего не зарегистрировано; повторите через минуту.`,
  };
}

/** Slices in a row that failed without making anything before the batch stops trying by itself. */
export const MAX_FAILED_SLICES = 3;
