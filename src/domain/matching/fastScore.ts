/**
 * The compatibility score of compatibility.ts for a whole bank at once (issue 12: a region is 5,000 × 2,000 pairs
 * and more). What belongs to one person is worked out once, not per pair: term sets as bit sets, whether the mentee
 * prefers reverse mentoring, who has answered «Предпочтения», the mentor's best form per category. Each pair then
 * costs a few array reads. The arithmetic is the same, in the same order, so the score is the same integer as
 * scorePair's (a test compares them on random banks); scorePair and explainPair stay the reference and the words.
 */
import { bestForm } from './compatibility';
import type { MatchingContext, MenteeProfile, MentorProfile, Term } from './context';
import { allowsYoungerMentor, KIND_REVERSE, type MenteeCategoryKind } from './forms';
import { sameTerm } from './terms';
import { CRITERIA } from './weights';

const UNKNOWN = 0.5;
const MENTEE_CHOSE = 0.6;
const MENTOR_CHOSE = 0.4;
const CATEGORY_KINDS: readonly MenteeCategoryKind[] = ['young', 'newcomer', 'burnout', 'digital', 'other'];

function bitsOf(terms: readonly Term[], words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (const t of terms) bits[t.id >>> 5] |= 1 << (t.id & 31);
  return bits;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) n += popcount(a[w] & b[w]);
  return n;
}

/** The highest term id (0 when nobody has a term, so that the bit sets have one word). */
function maxId(people: ReadonlyArray<{ terms: readonly Term[] }>): number {
  let max = 0;
  for (const p of people) for (const t of p.terms) if (t.id > max) max = t.id;
  return max;
}

export type PairScorer = (mentor: MentorProfile, mentee: MenteeProfile) => number;

/** A scorer for the pairs of this context; build it once per action. */
export function pairScorer(ctx: MatchingContext): PairScorer {
  const w = ctx.weights;
  const vocabWords = (Math.max(
    maxId(ctx.mentors.map((m) => ({ terms: m.competences }))),
    maxId(ctx.mentees.map((e) => ({ terms: e.deficits }))),
  ) >>> 5) + 1;
  const subjectWords = (Math.max(
    maxId(ctx.mentors.map((m) => ({ terms: m.subjects }))),
    maxId(ctx.mentees.map((e) => ({ terms: e.subjects }))),
  ) >>> 5) + 1;

  const competences = ctx.mentors.map((m) => bitsOf(m.competences, vocabWords));
  const mentorSubjects = ctx.mentors.map((m) => bitsOf(m.subjects, subjectWords));
  const deficits = ctx.mentees.map((e) => bitsOf(e.deficits, vocabWords));
  const menteeSubjects = ctx.mentees.map((e) => bitsOf(e.subjects, subjectWords));
  const prefersReverse = ctx.mentees.map((e) => e.preferredKind !== undefined && sameTerm(e.preferredKind.text, KIND_REVERSE));
  const categoryIndex = ctx.mentees.map((e) => CATEGORY_KINDS.indexOf(e.category));
  const acceptedKinds = ctx.mentors.map((m) => new Set(m.acceptedKinds.map((t) => t.id)));
  // The mentor's best form per (category, shares a subject): NaN until first needed, -1 when the category has none.
  const forms = new Float64Array(ctx.mentors.length * CATEGORY_KINDS.length * 2).fill(Number.NaN);
  const formValue = (mentor: MentorProfile, mentee: MenteeProfile, shares: boolean): number => {
    const at = (mentor.index * CATEGORY_KINDS.length + categoryIndex[mentee.index]) * 2 + (shares ? 1 : 0);
    let v = forms[at];
    if (Number.isNaN(v)) forms[at] = v = bestForm(ctx, mentor, mentee)?.value ?? -1;
    return v;
  };
  // «Предпочтения» by index: who answered, and the ranks they gave.
  const menteeRanks = ctx.mentees.map((e) => ctx.preferenceRank.get(e.keys.code));
  const mentorRanks = ctx.mentors.map((m) => ctx.preferenceRank.get(m.keys.code));
  const choiceValue = (ranks: ReadonlyMap<string, number> | undefined, whom: string, share: number): number => {
    if (!ranks || ranks.size === 0) return share * UNKNOWN;
    return (ranks.get(whom) ?? 0) > 0 ? share : 0;
  };

  const active = CRITERIA.filter((k) => w[k] !== 0);
  return (mentor, mentee) => {
    const i = mentee.index;
    const j = mentor.index;
    let sum = 0;
    let total = 0;
    for (const key of active) {
      const weight = w[key];
      let value: number;
      switch (key) {
        case 'deficits':
          value = mentee.deficits.length === 0 || mentor.competences.length === 0 ? UNKNOWN : sharedCount(deficits[i], competences[j]) / mentee.deficits.length;
          break;
        case 'subject':
          value = mentee.subjects.length === 0 || mentor.subjects.length === 0 ? UNKNOWN : sharedCount(menteeSubjects[i], mentorSubjects[j]) > 0 ? 1 : 0;
          break;
        case 'categoryForm': {
          if (mentee.recommendedForms.length === 0) {
            value = UNKNOWN;
            break;
          }
          const v = formValue(mentor, mentee, sharedCount(menteeSubjects[i], mentorSubjects[j]) > 0);
          value = v < 0 ? UNKNOWN : v;
          break;
        }
        case 'experience': {
          const gap = mentor.mentor.experienceYears - mentee.mentee.experienceYears;
          if (!Number.isFinite(gap)) value = UNKNOWN;
          else if (allowsYoungerMentor(mentee.category) && formValue(mentor, mentee, sharedCount(menteeSubjects[i], mentorSubjects[j]) > 0) > 0) value = 1;
          else value = Math.max(0, Math.min(1, gap / w.fullExperienceGap));
          break;
        }
        case 'kind':
          if (prefersReverse[i] && !(mentor.mentor.experienceYears < mentee.mentee.experienceYears)) value = 0;
          else if (!mentee.preferredKind || mentor.acceptedKinds.length === 0) value = UNKNOWN;
          else value = acceptedKinds[j].has(mentee.preferredKind.id) ? 1 : 0;
          break;
        case 'preference':
          if (!ctx.hasPreferences) continue;
          value = choiceValue(menteeRanks[i], mentor.keys.code, MENTEE_CHOSE) + choiceValue(mentorRanks[j], mentee.keys.code, MENTOR_CHOSE);
          break;
      }
      sum += weight * value;
      total += weight;
    }
    return total === 0 ? 0 : Math.round((100 * sum) / total);
  };
}
