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
}

export function parseBatchState(json: string | null): BatchState | undefined {
  if (!json) return undefined;
  try {
    const state = JSON.parse(json) as BatchState;
    return typeof state.total === 'number' && typeof state.done === 'number' ? state : undefined;
  } catch {
    return undefined;
  }
}

export function progressText(state: Pick<BatchState, 'done' | 'skipped' | 'total'>): string {
  const ready = state.done + state.skipped;
  const already = state.skipped > 0 ? ` (ранее созданных: ${state.skipped})` : '';
  return `Программы наставничества: готово ${ready} из ${state.total}${already}.`;
}
