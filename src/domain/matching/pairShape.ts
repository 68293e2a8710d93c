/**
 * The form of interaction and the kind of mentoring of a proposed pair or group, the defaults
 * written with the proposal; the curator may change both in «Пары».
 */
import { bestForm } from './compatibility';
import type { MatchingContext, MenteeProfile, MentorProfile } from './context';
import { allowsYoungerMentor, INTERACTION_FORMS, KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL, MENTORING_KINDS, rankForms } from './forms';
import { sameTerm } from './terms';

/**
 * The form: the mentees' categories vote with the form the mentor fits best for each; the most
 * votes win, then the better fit, then the first mentee's. For «иное» the mentor's best role of
 * all forms is taken, so that every row has a form the curator can keep or change.
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
  return rankForms(INTERACTION_FORMS, facts)[0].form;
}

/**
 * The kind: «групповое» for more than one mentee; otherwise the mentee's preferred kind when the
 * mentor accepts it (or listed none), «реверсивное» when a less experienced mentor teaches digital
 * skills, and «традиционное («один на один»)» otherwise.
 */
export function pairKind(mentor: MentorProfile, mentees: readonly MenteeProfile[]): string {
  if (mentees.length > 1) return KIND_GROUP;
  const mentee = mentees[0];
  if (!mentee) return KIND_TRADITIONAL;
  const preferred = mentee.preferredKind;
  if (preferred && (mentor.acceptedKinds.length === 0 || mentor.acceptedKinds.some((k) => k.id === preferred.id))) {
    return MENTORING_KINDS.find((k) => sameTerm(k, preferred.text)) ?? preferred.text;
  }
  if (allowsYoungerMentor(mentee.category) && mentor.mentor.experienceYears < mentee.mentee.experienceYears) return KIND_REVERSE;
  return KIND_TRADITIONAL;
}
