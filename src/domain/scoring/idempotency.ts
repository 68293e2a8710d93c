/**
 * Each response is processed once. The trigger may deliver a submission twice and «Пересчитать всё» re-reads every
 * row, so what to do is decided by response id against the ids already recorded (in «Результаты» and the list of
 * rejected responses), never by row position.
 */
export interface Identified {
  id: string;
}

/** A code-less response's id now: «…:<timestamp>:#<n>», the n-th code-less response of that second. */
const ORDINAL_ID = /^(.*):#(\d{1,6})$/;
/**
 * The same response's id as earlier versions recorded it in «Обработка ответов»: «…:<timestamp>:#» and a 16-digit
 * fingerprint of the answers. A fingerprint can no longer be recomputed once the curator has corrected an answer, so
 * such an id counts per timestamp: k of them recorded for a second mean the first k code-less responses of that second
 * were processed.
 */
const FINGERPRINT_ID = /^(.*):#[0-9a-f]{16}$/;

function fingerprintsPerStamp(processedIds: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of processedIds) {
    const match = FINGERPRINT_ID.exec(id);
    if (match) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return counts;
}

/** Responses not processed before, each id once (the first occurrence), in input order. */
export function newResponses<T extends Identified>(responses: readonly T[], processedIds: ReadonlySet<string>): T[] {
  const fingerprints = fingerprintsPerStamp(processedIds);
  const processed = (id: string) => {
    if (processedIds.has(id)) return true;
    const match = fingerprints.size > 0 ? ORDINAL_ID.exec(id) : null;
    return match !== null && Number(match[2]) <= (fingerprints.get(match[1]) ?? 0);
  };
  const seen = new Set<string>();
  return responses.filter((response) => {
    if (processed(response.id) || seen.has(response.id)) return false;
    seen.add(response.id);
    return true;
  });
}
