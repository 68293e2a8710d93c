/**
 * Each response is processed once. The trigger may deliver a submission twice and «Пересчитать всё» re-reads every
 * row, so what to do is decided by response id against the ids already recorded (in «Результаты» and the list of
 * rejected responses), never by row position.
 */
export interface Identified {
  id: string;
}

/** Responses not processed before, each id once (the first occurrence), in input order. */
export function newResponses<T extends Identified>(responses: readonly T[], processedIds: ReadonlySet<string>): T[] {
  const seen = new Set<string>();
  return responses.filter((response) => {
    if (processedIds.has(response.id) || seen.has(response.id)) return false;
    seen.add(response.id);
    return true;
  });
}
