/**
 * Post/Redirect/Get for the curator's forms: a POST keeps what it did here under a random id and answers 303 to a GET
 * page that takes it (?done=<id>) and shows it once. A refresh of that page reloads it without posting again, and
 * without the outcome: it already happened. Kept in memory for the server's run; a few recent ones are enough.
 */
import { randomBytes } from 'node:crypto';

export const OUTCOME_PARAM = 'done';

export interface Outcomes {
  /** The address to redirect to: `path` with the outcome's id. */
  redirect(path: string, lines: readonly string[]): string;
  /** The lines of the outcome the page names, once; [] when absent, taken already or unknown. */
  take(id: string | undefined): string[];
}

export function outcomes(limit = 50): Outcomes {
  const kept = new Map<string, string[]>();
  return {
    redirect(path, lines) {
      const id = randomBytes(12).toString('hex');
      kept.set(id, [...lines]);
      // Oldest first in a Map: outcomes a browser never came back for go first.
      while (kept.size > limit) kept.delete(kept.keys().next().value!);
      return `${path}${path.includes('?') ? '&' : '?'}${OUTCOME_PARAM}=${id}`;
    },
    take(id) {
      if (!id) return [];
      const lines = kept.get(id) ?? [];
      kept.delete(id);
      return lines;
    },
  };
}
