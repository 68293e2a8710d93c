/** One email, one person: two rows of a sheet with the same email are one teacher entered twice. */

/** A person's first row when the same person has a later one (same email). */
export interface EarlierRow {
  row: number;
  code: string;
  email: string;
}

/** Emails are compared ignoring case and spaces around; '' when blank. */
export function emailKey(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * For each person, the first earlier row with the same non-blank email. An email belongs to one
 * person, so two rows with one email are one teacher entered twice (under two codes): only the
 * first row takes part, or the teacher would be booked twice.
 */
export function sameEmailRows(people: readonly { code: string; email?: string; ref: { row: number } }[]): (EarlierRow | undefined)[] {
  const first = new Map<string, EarlierRow>();
  const byRow = [...people.keys()].sort((a, b) => people[a].ref.row - people[b].ref.row);
  const out: (EarlierRow | undefined)[] = people.map(() => undefined);
  for (const i of byRow) {
    const email = emailKey(people[i].email);
    if (email === '') continue;
    const earlier = first.get(email);
    if (earlier) out[i] = earlier;
    else first.set(email, { row: people[i].ref.row, code: people[i].code, email: (people[i].email ?? '').trim() });
  }
  return out;
}
