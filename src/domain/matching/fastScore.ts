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

/** The highest term id (0 when nobody has a term, so that the bit sets have one word). */
function maxId(people: ReadonlyArray<{ terms: readonly Term[] }>): number {
  let max = 0;
  for (const p of people) for (const t of p.terms) if (t.id > max) max = t.id;
  return max;
}

export type PairScorer = (mentor: MentorProfile, mentee: MenteeProfile) => number;
/** The scores of one mentee against mentors by index (MentorProfile.index): the mentee's facts taken once. */
export type RowScorer = (mentee: MenteeProfile) => (mentor: number) => number;

/** Bit sets of every person of one side in one array: person p's words are [p·words, (p+1)·words). */
function flatBits(people: readonly (readonly Term[])[], words: number): Uint32Array {
  const bits = new Uint32Array(people.length * words);
  people.forEach((terms, p) => bits.set(bitsOf(terms, words), p * words));
  return bits;
}

/** Terms shared by a mentee's bit set and mentor j's in the flat array. */
function sharedWith(mine: Uint32Array, theirs: Uint32Array, j: number): number {
  const words = mine.length;
  if (words === 1) return popcount(mine[0] & theirs[j]);
  let n = 0;
  for (let w = 0, at = j * words; w < words; w++, at++) n += popcount(mine[w] & theirs[at]);
  return n;
}

/** A scorer for the mentees of this context; build it once per action. */
export function rowScorer(ctx: MatchingContext): RowScorer {
  const w = ctx.weights;
  const vocabWords = (Math.max(
    maxId(ctx.mentors.map((m) => ({ terms: m.competences }))),
    maxId(ctx.mentees.map((e) => ({ terms: e.deficits }))),
  ) >>> 5) + 1;
  const subjectWords = (Math.max(
    maxId(ctx.mentors.map((m) => ({ terms: m.subjects }))),
    maxId(ctx.mentees.map((e) => ({ terms: e.subjects }))),
  ) >>> 5) + 1;

  // The mentors' side as typed arrays by index: a region's inner loop reads numbers, not objects.
  const competences = flatBits(ctx.mentors.map((m) => m.competences), vocabWords);
  const mentorSubjects = flatBits(ctx.mentors.map((m) => m.subjects), subjectWords);
  const competenceCount = Int32Array.from(ctx.mentors, (m) => m.competences.length);
  const subjectCount = Int32Array.from(ctx.mentors, (m) => m.subjects.length);
  const kindCount = Int32Array.from(ctx.mentors, (m) => m.acceptedKinds.length);
  const mentorExperience = Float64Array.from(ctx.mentors, (m) => m.mentor.experienceYears);
  const acceptedKinds = ctx.mentors.map((m) => new Set(m.acceptedKinds.map((t) => t.id)));
  const prefersReverse = ctx.mentees.map((e) => e.preferredKind !== undefined && sameTerm(e.preferredKind.text, KIND_REVERSE));
  // The mentor's best form per (category, shares a subject): NaN until first needed, -1 when the category has none.
  const forms = new Float64Array(ctx.mentors.length * CATEGORY_KINDS.length * 2).fill(Number.NaN);
  // «Предпочтения» by index: who answered, and whom they chose (a rank above 0), as sets of the other side's indices.
  const choices = (ranks: ReadonlyMap<string, number> | undefined, others: readonly { keys: { code: string } }[]): ReadonlySet<number> | undefined => {
    if (!ranks || ranks.size === 0) return undefined;
    const chosen = new Set<number>();
    others.forEach((o, k) => {
      if ((ranks.get(o.keys.code) ?? 0) > 0) chosen.add(k);
    });
    return chosen;
  };
  const menteeChoices = ctx.hasPreferences ? ctx.mentees.map((e) => choices(ctx.preferenceRank.get(e.keys.code), ctx.mentors)) : [];
  const mentorChoices = ctx.hasPreferences ? ctx.mentors.map((m) => choices(ctx.preferenceRank.get(m.keys.code), ctx.mentees)) : [];
  const choiceValue = (chosen: ReadonlySet<number> | undefined, whom: number, share: number): number => {
    if (!chosen) return share * UNKNOWN;
    return chosen.has(whom) ? share : 0;
  };

  // The weights, each criterion in CRITERIA's order as compatibility.ts sums them (0 leaves a criterion out).
  const { deficits: wDeficits, subject: wSubject, categoryForm: wForm, experience: wExperience, kind: wKind } = w;
  const wPreference = ctx.hasPreferences ? w.preference : 0;
  let total = 0;
  for (const key of CRITERIA) if (w[key] !== 0 && (key !== 'preference' || ctx.hasPreferences)) total += w[key];
  return (mentee) => {
    // What belongs to the mentee, once per row of the bank.
    const i = mentee.index;
    const deficitBits = bitsOf(mentee.deficits, vocabWords);
    const subjectBits = bitsOf(mentee.subjects, subjectWords);
    const deficitCount = mentee.deficits.length;
    const hasSubjects = mentee.subjects.length > 0;
    const hasForms = mentee.recommendedForms.length > 0;
    const experience = mentee.mentee.experienceYears;
    const younger = allowsYoungerMentor(mentee.category);
    const reverse = prefersReverse[i];
    const kind = mentee.preferredKind;
    const chose = menteeChoices[i];
    const category = CATEGORY_KINDS.indexOf(mentee.category);
    const formValue = (j: number, shares: boolean): number => {
      const at = (j * CATEGORY_KINDS.length + category) * 2 + (shares ? 1 : 0);
      let v = forms[at];
      if (Number.isNaN(v)) forms[at] = v = bestForm(ctx, ctx.mentors[j], mentee)?.value ?? -1;
      return v;
    };
    return (j) => {
      if (total === 0) return 0;
      let sum = 0;
      if (wDeficits !== 0) {
        sum += wDeficits * (deficitCount === 0 || competenceCount[j] === 0 ? UNKNOWN : sharedWith(deficitBits, competences, j) / deficitCount);
      }
      if (wSubject !== 0) {
        sum += wSubject * (!hasSubjects || subjectCount[j] === 0 ? UNKNOWN : sharedWith(subjectBits, mentorSubjects, j) > 0 ? 1 : 0);
      }
      if (wForm !== 0) {
        const v = hasForms ? formValue(j, sharedWith(subjectBits, mentorSubjects, j) > 0) : -1;
        sum += wForm * (v < 0 ? UNKNOWN : v);
      }
      if (wExperience !== 0) {
        const gap = mentorExperience[j] - experience;
        let value: number;
        if (!Number.isFinite(gap)) value = UNKNOWN;
        else if (younger && formValue(j, sharedWith(subjectBits, mentorSubjects, j) > 0) > 0) value = 1;
        else value = Math.max(0, Math.min(1, gap / w.fullExperienceGap));
        sum += wExperience * value;
      }
      if (wKind !== 0) {
        let value: number;
        if (reverse && !(mentorExperience[j] < experience)) value = 0;
        else if (!kind || kindCount[j] === 0) value = UNKNOWN;
        else value = acceptedKinds[j].has(kind.id) ? 1 : 0;
        sum += wKind * value;
      }
      if (wPreference !== 0) sum += wPreference * (choiceValue(chose, j, MENTEE_CHOSE) + choiceValue(mentorChoices[j], i, MENTOR_CHOSE));
      return Math.round((100 * sum) / total);
    };
  };
}

/** One pair's score (tests compare it with scorePair); the bank's loop takes a row at a time from rowScorer. */
export function pairScorer(ctx: MatchingContext): PairScorer {
  const rows = rowScorer(ctx);
  return (mentor, mentee) => rows(mentee)(mentor.index);
}
