/**
 * The form of interaction and the kind of mentoring of a proposed pair or group, chosen from the
 * mentees' categories and preferences and what the mentor accepts. The curator may change both in
 * «Пары»; these are the defaults written with the proposal.
 */
import type { MatchingContext, MenteeProfile, MentorProfile } from './context';
import { allowsYoungerMentor, KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL, MENTORING_KINDS } from './forms';
import { sameTerm } from './terms';

function accepts(mentor: MentorProfile, id: number): boolean {
  return mentor.accepted.some((t) => t.id === id);
}

/**
 * The form of interaction: the one recommended for most of the mentees' categories that the
 * mentor accepts; else the one recommended for most; else the mentor's own first form; else ''
 * (category «иное» and a mentor who listed nothing: the curator decides).
 */
export function pairForm(ctx: MatchingContext, mentor: MentorProfile, mentees: readonly MenteeProfile[]): string {
  const votes = new Map<number, { text: string; count: number; accepted: boolean; order: number }>();
  let order = 0;
  for (const e of mentees) {
    for (const f of e.recommendedForms) {
      const v = votes.get(f.id) ?? { text: f.text, count: 0, accepted: accepts(mentor, f.id), order: order++ };
      v.count++;
      votes.set(f.id, v);
    }
  }
  const ranked = [...votes.values()].sort((a, b) => Number(b.accepted) - Number(a.accepted) || b.count - a.count || a.order - b.order);
  if (ranked.length > 0) return ranked[0].text;
  return mentor.accepted.find((t) => !ctx.kindIds.has(t.id))?.text ?? '';
}

/**
 * The kind: «групповое» for more than one mentee; otherwise the mentee's preferred kind when the
 * mentor accepts it (or listed nothing), «реверсивное» when a less experienced mentor teaches
 * digital skills, and «традиционное («один на один»)» otherwise.
 */
export function pairKind(ctx: MatchingContext, mentor: MentorProfile, mentees: readonly MenteeProfile[]): string {
  if (mentees.length > 1) return KIND_GROUP;
  const mentee = mentees[0];
  if (!mentee) return KIND_TRADITIONAL;
  const preferred = mentee.preferredForm;
  if (preferred && ctx.kindIds.has(preferred.id) && (mentor.accepted.length === 0 || accepts(mentor, preferred.id))) {
    return MENTORING_KINDS.find((k) => sameTerm(k, preferred.text)) ?? preferred.text;
  }
  if (allowsYoungerMentor(mentee.category) && mentor.mentor.experienceYears < mentee.mentee.experienceYears) return KIND_REVERSE;
  return KIND_TRADITIONAL;
}
