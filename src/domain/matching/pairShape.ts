/**
 * The rows of «Пары» a mentor's new mentees make, with the form of interaction and the kind of
 * mentoring of each: the defaults written with the proposal; the curator may change both.
 *
 * The kind is agreed per mentee, from the mentee and the mentor alone, so that the kind criterion of
 * the score (compatibility.ts) is always about the kind written, and the assignment stays exact:
 * - a mentee who prefers a kind other than «групповое» that the mentor leads (or the mentor lists
 *   no kinds) gets a pair of their own of that kind — «реверсивное» only with a less experienced mentor;
 * - the others (who prefer «групповое», name no kind, or prefer one the mentor does not lead) make
 *   one group, kind «групповое», when there are two or more and the mentor leads groups; otherwise
 *   each gets a pair of their own. So a mentor whose kinds leave out «групповое» is never given a
 *   group: his places become separate pairs.
 * A mentee who joins a mentor with an occupying pair gets a new row as well: that pair has its own
 * order and programme, which are not rewritten.
 */
import { bestForm, reverseAllowed, reverseOutOfReach } from './compatibility';
import type { MatchingContext, MenteeProfile, MentorProfile, Term } from './context';
import { formsForOther, KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL, MENTORING_KINDS, rankForms } from './forms';
import { sameTerm } from './terms';
import { ofCount } from './wording';

/**
 * The form: the mentees' categories vote with the form the mentor fits best for each; the most
 * votes win, then the better fit, then the first mentee's. For «иное» the mentor's best role is
 * taken (formsForOther: not «… – молодой специалист» for an experienced teacher), so that every row
 * has a form the curator can keep or change.
 */
export function pairForm(ctx: MatchingContext, mentor: MentorProfile, mentees: readonly MenteeProfile[]): string {
  const votes = new Map<string, { count: number; value: number; order: number }>();
  mentees.forEach((e, order) => {
    const best = bestForm(ctx, mentor, e);
    if (!best) return;
    const v = votes.get(best.form) ?? { count: 0, value: 0, order };
    v.count++;
    v.value += best.value;
    votes.set(best.form, v);
  });
  const ranked = [...votes.entries()].sort(([, a], [, b]) => b.count - a.count || b.value - a.value || a.order - b.order);
  if (ranked.length > 0) return ranked[0][0];
  const sharesSubject = mentees.some((e) => e.subjects.some((s) => mentor.subjects.some((t) => t.id === s.id)));
  const hasCompetence = (term: string) => {
    const id = ctx.competenceId(term);
    return id >= 0 && mentor.competences.some((t) => t.id === id);
  };
  const facts = { experienceYears: mentor.mentor.experienceYears, qualification: mentor.mentor.qualification, hasCompetence, sharesSubject };
  return rankForms(formsForOther(mentees.map((e) => e.mentee.experienceYears)), facts)[0].form;
}

/** The mentor leads this kind: he lists it, or lists no kinds at all (then nothing is ruled out). */
function leads(mentor: MentorProfile, kind: string): boolean {
  return mentor.acceptedKinds.length === 0 || mentor.acceptedKinds.some((k) => sameTerm(k.text, kind));
}

function isGroupKind(kind: Term): boolean {
  return sameTerm(kind.text, KIND_GROUP);
}

/**
 * The kind of a pair of one mentee: the preferred kind when the mentor leads it, «реверсивное» when
 * a less experienced innovator teaches digital skills, and «традиционное («один на один»)» otherwise.
 * A group (two or more mentees) is «групповое»; a mentee who prefers a group but is alone gets a pair «один на один».
 */
export function pairKind(ctx: MatchingContext, mentor: MentorProfile, mentees: readonly MenteeProfile[]): string {
  if (mentees.length > 1) return KIND_GROUP;
  const mentee = mentees[0];
  if (!mentee) return KIND_TRADITIONAL;
  const preferred = mentee.preferredKind;
  // A group of one is no group: a mentee who asked for one but is alone with the mentor is taught one on one.
  if (preferred && !isGroupKind(preferred) && leads(mentor, preferred.text) && !reverseOutOfReach(mentor, mentee)) return MENTORING_KINDS.find((k) => sameTerm(k, preferred.text)) ?? preferred.text;
  if (reverseAllowed(ctx, mentor, mentee) && mentor.mentor.experienceYears < mentee.mentee.experienceYears) return KIND_REVERSE;
  return KIND_TRADITIONAL;
}

/** The first reason of a group's row: that it is a group, and of how many. */
export function groupReason(size: number): string {
  return `группа из ${ofCount(size, 'наставляемого', 'наставляемых')}: вид «${KIND_GROUP}»`;
}

/** The reason a row's shape needs before its members' own: a group, or a wished-for group that did not form. */
export function rowReason(row: Pick<PairRow, 'mentees' | 'kind'>): string | undefined {
  if (row.mentees.length > 1) return groupReason(row.mentees.length);
  const preferred = row.mentees[0]?.preferredKind;
  if (preferred && isGroupKind(preferred) && !sameTerm(row.kind, KIND_GROUP)) return `других наставляемых для группы у наставника нет: вид «${row.kind}»`;
  return undefined;
}

export interface PairRow {
  mentees: MenteeProfile[];
  form: string;
  kind: string;
}

/** The rows of «Пары» for a mentor's new mentees (see the rules above), each where its first mentee stands. */
export function pairRows(ctx: MatchingContext, mentor: MentorProfile, mentees: readonly MenteeProfile[]): PairRow[] {
  const ownKind = (e: MenteeProfile) =>
    e.preferredKind !== undefined && !isGroupKind(e.preferredKind) && leads(mentor, e.preferredKind.text) && !reverseOutOfReach(mentor, e);
  const rest = mentees.filter((e) => !ownKind(e));
  const group = rest.length > 1 && leads(mentor, KIND_GROUP) ? rest : [];
  const rows: MenteeProfile[][] = [];
  for (const e of mentees) {
    if (!group.includes(e)) rows.push([e]);
    else if (e === group[0]) rows.push(group);
  }
  return rows.map((row) => ({ mentees: row, form: pairForm(ctx, mentor, row), kind: pairKind(ctx, mentor, row) }));
}
