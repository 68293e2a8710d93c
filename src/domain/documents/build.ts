/**
 * What building a document's content gives: the content, the problems that stop it, or — with `nothingNew` — the
 * reason there is nothing to make (everything is already covered by earlier orders, or no pair is at that stage yet).
 * Nothing new is not a failure: `docs` without --kind skips such a kind and says why.
 */
export type BuildOutcome<T> = { ok: true; value: T } | { ok: false; problems: string[]; nothingNew?: boolean };

export function nothingNew<T>(reason: string): BuildOutcome<T> {
  return { ok: false, problems: [reason], nothingNew: true };
}
