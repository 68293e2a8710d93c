/**
 * Ranked mentors for one mentee, as the sidebar shows them: the score and its reasons, the
 * mentor's current load, and for the mentors that cannot be proposed, the hard rule that stops them.
 */
import { explainPair, type CriterionResult } from './compatibility';
import { findMentee, type MatchingContext, type MenteeProfile, type MentorProfile } from './context';
import { menteeViolations, mentorViolations, pairViolations, RULE_LABELS, type HardRule } from './hardRules';
import { pairForm, pairKind } from './pairShape';

export interface MentorSuggestion {
  mentorCode: string;
  mentorName: string;
  position: string;
  score: number;
  reasons: string[];
  criteria: CriterionResult[];
  /** Mentees the mentor has now (occupying pairs and this session's accepted pairs). */
  load: number;
  capacity: number;
  /** Below «Минимальная совместимость для подбора»: never proposed automatically, allowed by hand. */
  belowMinimum: boolean;
  /** The form and kind a pair with this mentor would get. */
  form: string;
  kind: string;
}

export interface ExcludedSuggestion {
  mentorCode: string;
  mentorName: string;
  score: number;
  /** The hard rules the pair breaks, as sentences. */
  rules: string[];
  ruleKeys: HardRule[];
}

/** How many excluded mentors each rule keeps out (a mentor breaking two rules counts under both), most first. */
export function excludedByRule(excluded: readonly ExcludedSuggestion[]): { reason: string; count: number }[] {
  const counts = new Map<HardRule, number>();
  for (const x of excluded) for (const rule of new Set(x.ruleKeys)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([rule, count]) => ({ reason: RULE_LABELS[rule], count }));
}

export interface MenteeSuggestions {
  menteeCode: string;
  menteeName: string;
  /** Why this mentee cannot be paired at all now (no consent, already paired…); empty when they can. */
  menteeRules: string[];
  /** Allowed mentors, best first: score, then fewer mentees now, then code. */
  mentors: MentorSuggestion[];
  /** Mentors a hard rule excludes, best score first. */
  excluded: ExcludedSuggestion[];
}

function suggestion(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): MentorSuggestion {
  const c = explainPair(ctx, mentor, mentee);
  return {
    mentorCode: mentor.mentor.code,
    mentorName: mentor.mentor.fullName,
    position: mentor.mentor.position,
    score: c.score,
    reasons: c.reasons,
    criteria: c.criteria,
    load: mentor.load,
    capacity: mentor.mentor.capacity,
    belowMinimum: c.score < ctx.weights.minScore,
    form: pairForm(ctx, mentor, [mentee]),
    kind: pairKind(ctx, mentor, [mentee]),
  };
}

/** Suggestions for the mentee with this code, or undefined when there is no such mentee. */
export function suggestMentors(ctx: MatchingContext, menteeCode: string): MenteeSuggestions | undefined {
  const mentee = findMentee(ctx, menteeCode);
  if (!mentee) return undefined;
  const mentors: MentorSuggestion[] = [];
  const excluded: ExcludedSuggestion[] = [];
  for (const mentor of ctx.mentors) {
    const rules = [...mentorViolations(mentor), ...pairViolations(mentor, mentee)];
    if (rules.length === 0) {
      mentors.push(suggestion(ctx, mentor, mentee));
    } else {
      excluded.push({
        mentorCode: mentor.mentor.code,
        mentorName: mentor.mentor.fullName,
        score: explainPair(ctx, mentor, mentee).score,
        rules: rules.map((v) => v.message),
        ruleKeys: rules.map((v) => v.rule),
      });
    }
  }
  const byCode = (a: { mentorCode: string }, b: { mentorCode: string }) => (a.mentorCode < b.mentorCode ? -1 : a.mentorCode > b.mentorCode ? 1 : 0);
  mentors.sort((a, b) => b.score - a.score || a.load - b.load || byCode(a, b));
  excluded.sort((a, b) => b.score - a.score || byCode(a, b));
  return {
    menteeCode: mentee.mentee.code,
    menteeName: mentee.mentee.fullName,
    menteeRules: menteeViolations(ctx, mentee).map((v) => v.message),
    mentors,
    excluded,
  };
}
