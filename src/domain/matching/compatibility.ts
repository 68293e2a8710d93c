/**
 * Compatibility of a mentor and a mentee, 0–100, with the reasons in words (DESIGN §4, seeds 000 §6
 * and 003 §9: the mentor's profile must answer the mentee's requests; mutual interest).
 *
 * Each criterion gives a value 0..1 times its weight, over the sum of the weights. A criterion that
 * one side gives no data for (no deficits or competences, no subject, category «иное», no preferred
 * kind or no accepted kinds, no answer in «Предпочтения») counts half: neither for nor against, and
 * the reason says so. Dropping it instead would score a mentee who wrote nothing on what is left, so
 * a mentee with no requests would get 100 and push out a mentee with real ones. Only an empty
 * «Предпочтения» (nobody has answered yet) leaves its criterion out, for every pair alike: the
 * same scale for all, and no half point for a questionnaire that has not been run.
 */
import { allowsYoungerMentor, categoryPhrase, KIND_GROUP, KIND_REVERSE, rankForms, type FormFit, type MentorFacts } from './forms';
import { sameTerm } from './terms';
import { hasAnswered, preferenceRankOf, type MatchingContext, type MenteeProfile, type MentorProfile, type Term } from './context';
import { countOf, pluralize } from '../language/plural';
import { ofCount, ordinalChoice } from './wording';
import { CRITERIA, type CriterionKey } from './weights';

/** Value of a criterion one side gave no data for: half, neither for nor against. */
const UNKNOWN = 0.5;
/** What the reason adds when a criterion counted half for want of data. */
const COUNTED_HALF = 'критерий засчитан наполовину';
/** Mutual choice is worth 1; a one-sided choice counts less, the mentee's wish more than the mentor's. */
const MENTEE_CHOSE = 0.6;
const MENTOR_CHOSE = 0.4;

export interface CriterionResult {
  key: CriterionKey;
  /** False when the criterion is not counted (weight 0, or an empty «Предпочтения»). */
  applicable: boolean;
  /** 0..1 */
  value: number;
  weight: number;
  /** The reason in Russian; empty when there is nothing worth saying. */
  text: string;
  /** Whether the reason speaks for the pair (for the sidebar's marks). */
  favourable: boolean;
}

export interface Compatibility {
  score: number;
  criteria: CriterionResult[];
  /** The non-empty texts of the criteria, in the order of CRITERIA. */
  reasons: string[];
}

interface Measure {
  applicable: boolean;
  value: number;
  /** Data is missing on one side, so the value is (partly) the neutral half. */
  unknown?: boolean;
}

const HALF: Measure = { applicable: true, value: UNKNOWN, unknown: true };

const NOT_APPLICABLE: Measure = { applicable: false, value: 0 };

function shared(a: readonly Term[], b: readonly Term[]): Term[] {
  return a.filter((x) => b.some((y) => y.id === x.id));
}

function accepts(mentor: MentorProfile, kind: Term): boolean {
  return mentor.acceptedKinds.some((t) => t.id === kind.id);
}

// --- the criteria: each measured once; the texts below use the same measures ---

function coveredDeficits(mentor: MentorProfile, mentee: MenteeProfile): Term[] {
  return shared(mentee.deficits, mentor.competences);
}

function measureDeficits(mentor: MentorProfile, mentee: MenteeProfile): Measure {
  if (mentee.deficits.length === 0 || mentor.competences.length === 0) return HALF;
  return { applicable: true, value: coveredDeficits(mentor, mentee).length / mentee.deficits.length };
}

function measureSubject(mentor: MentorProfile, mentee: MenteeProfile): Measure {
  if (mentee.subjects.length === 0 || mentor.subjects.length === 0) return HALF;
  return { applicable: true, value: shared(mentee.subjects, mentor.subjects).length > 0 ? 1 : 0 };
}

function facts(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): MentorFacts {
  return {
    experienceYears: mentor.mentor.experienceYears,
    qualification: mentor.mentor.qualification,
    hasCompetence: (term) => {
      const id = ctx.competenceId(term);
      return id >= 0 && mentor.competences.some((t) => t.id === id);
    },
    sharesSubject: shared(mentee.subjects, mentor.subjects).length > 0,
  };
}

/** The form of interaction of the mentee's category that the mentor's profile fits best. */
export function bestForm(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): FormFit | undefined {
  if (mentee.recommendedForms.length === 0) return undefined;
  const f = facts(ctx, mentor, mentee);
  // Only the category's forms and the shared subject vary between the mentees of one mentor.
  const key = `${mentee.category}|${f.sharesSubject ? 1 : 0}`;
  if (!mentor.formCache.has(key)) mentor.formCache.set(key, rankForms(mentee.recommendedForms, f)[0]);
  return mentor.formCache.get(key);
}

/**
 * Reverse mentoring: for digital skills a mentor with less experience is fine — when he is the
 * innovator the form asks for. A younger mentor without the skills is just less experienced.
 */
export function reverseAllowed(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): boolean {
  return allowsYoungerMentor(mentee.category) && (bestForm(ctx, mentor, mentee)?.value ?? 0) > 0;
}

function measureCategoryForm(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): Measure {
  const best = bestForm(ctx, mentor, mentee);
  return best ? { applicable: true, value: best.value } : HALF;
}

function experienceGap(mentor: MentorProfile, mentee: MenteeProfile): number {
  return mentor.mentor.experienceYears - mentee.mentee.experienceYears;
}

function measureExperience(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): Measure {
  const gap = experienceGap(mentor, mentee);
  if (!Number.isFinite(gap)) return HALF;
  if (reverseAllowed(ctx, mentor, mentee)) return { applicable: true, value: 1 };
  return { applicable: true, value: Math.max(0, Math.min(1, gap / ctx.weights.fullExperienceGap)) };
}

/**
 * The mentee prefers «реверсивное», but the mentor has no less experience than the mentee: the pair
 * cannot be reverse mentoring (a younger colleague teaching an experienced one), whatever kinds he leads.
 */
export function reverseOutOfReach(mentor: MentorProfile, mentee: MenteeProfile): boolean {
  return mentee.preferredKind !== undefined && sameTerm(mentee.preferredKind.text, KIND_REVERSE) && !(mentor.mentor.experienceYears < mentee.mentee.experienceYears);
}

function measureKind(mentor: MentorProfile, mentee: MenteeProfile): Measure {
  if (reverseOutOfReach(mentor, mentee)) return { applicable: true, value: 0 };
  if (!mentee.preferredKind || mentor.acceptedKinds.length === 0) return HALF;
  return { applicable: true, value: accepts(mentor, mentee.preferredKind) ? 1 : 0 };
}

/** A side's choice in «Предпочтения»: the rank at which it named the other, 0 when it did not, undefined when it has not answered. */
type Choice = number | undefined;

function choices(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): { byMentee: Choice; byMentor: Choice } {
  const choice = (who: string, whom: string): Choice => (hasAnswered(ctx, who) ? preferenceRankOf(ctx, who, whom) : undefined);
  return { byMentee: choice(mentee.keys.code, mentor.keys.code), byMentor: choice(mentor.keys.code, mentee.keys.code) };
}

/** A side that has not answered counts half of its share; mutual choice is 1. */
function choiceValue(choice: Choice, share: number): number {
  return choice === undefined ? share * UNKNOWN : choice > 0 ? share : 0;
}

function measurePreference(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): Measure {
  if (!ctx.hasPreferences) return NOT_APPLICABLE;
  const { byMentee, byMentor } = choices(ctx, mentor, mentee);
  const value = choiceValue(byMentee, MENTEE_CHOSE) + choiceValue(byMentor, MENTOR_CHOSE);
  const chosen = (byMentee ?? 0) > 0 || (byMentor ?? 0) > 0;
  return { applicable: true, value, unknown: !chosen && (byMentee === undefined || byMentor === undefined) };
}

function measure(ctx: MatchingContext, key: CriterionKey, mentor: MentorProfile, mentee: MenteeProfile): Measure {
  switch (key) {
    case 'deficits':
      return measureDeficits(mentor, mentee);
    case 'subject':
      return measureSubject(mentor, mentee);
    case 'categoryForm':
      return measureCategoryForm(ctx, mentor, mentee);
    case 'experience':
      return measureExperience(ctx, mentor, mentee);
    case 'kind':
      return measureKind(mentor, mentee);
    case 'preference':
      return measurePreference(ctx, mentor, mentee);
  }
}

/** The score 0–100 (an integer) without the reasons: the fast path for whole-bank assignment. */
export function scorePair(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): number {
  let sum = 0;
  let total = 0;
  for (const key of CRITERIA) {
    const weight = ctx.weights[key];
    if (weight === 0) continue;
    const m = measure(ctx, key, mentor, mentee);
    if (!m.applicable) continue;
    sum += weight * m.value;
    total += weight;
  }
  return total === 0 ? 0 : Math.round((100 * sum) / total);
}

// --- the words ---

function list(items: readonly Term[]): string {
  return items.map((t) => t.text).join(', ');
}

/** Vocabulary terms have commas of their own («…выгорание, психоэмоциональная поддержка»), so each is quoted. */
function quotedList(items: readonly Term[]): string {
  return items.map((t) => `«${t.text}»`).join(', ');
}

function deficitsText(mentor: MentorProfile, mentee: MenteeProfile): string {
  const total = mentee.deficits.length;
  if (total === 0) return `дефициты наставляемого не указаны — ${COUNTED_HALF}`;
  if (mentor.competences.length === 0) return `компетенции наставника не указаны — ${COUNTED_HALF}`;
  const covered = coveredDeficits(mentor, mentee);
  if (covered.length === 0) {
    return total === 1 ? 'не закрывает дефицит наставляемого' : `не закрывает ни одного из ${ofCount(total, 'дефицита', 'дефицитов')}`;
  }
  if (covered.length === total) {
    if (total === 1) return `закрывает дефицит: ${quotedList(covered)}`;
    if (total === 2) return `закрывает оба дефицита: ${quotedList(covered)}`;
    return `закрывает все ${total} ${pluralize(total, 'дефицит', 'дефицита', 'дефицитов')}: ${quotedList(covered)}`;
  }
  return `закрывает ${covered.length} из ${ofCount(total, 'дефицита', 'дефицитов')}: ${quotedList(covered)}`;
}

function subjectText(mentor: MentorProfile, mentee: MenteeProfile): string {
  if (mentee.subjects.length === 0) return `предмет наставляемого не указан — ${COUNTED_HALF}`;
  if (mentor.subjects.length === 0) return `предмет наставника не указан — ${COUNTED_HALF}`;
  const same = shared(mentee.subjects, mentor.subjects);
  if (same.length === 0) return `другой предмет (у наставляемого: ${list(mentee.subjects)})`;
  return same.length === 1 ? `тот же предмет: ${list(same)}` : `те же предметы: ${list(same)}`;
}

function categoryFormText(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): string {
  const best = bestForm(ctx, mentor, mentee);
  if (!best) return `категория наставляемого «${mentee.mentee.category.trim()}» не задаёт форму наставничества — ${COUNTED_HALF}`;
  if (best.value === 0) return `${categoryPhrase(mentee.category)} ${best.needs}`;
  return `форма «${best.form}»: ${best.because}${best.value < 1 ? ' (отчасти)' : ''}`;
}

function experienceText(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): string {
  const mentorYears = mentor.mentor.experienceYears;
  const menteeYears = mentee.mentee.experienceYears;
  if (!Number.isFinite(mentorYears)) return `стаж наставника не указан — ${COUNTED_HALF}`;
  if (!Number.isFinite(menteeYears)) return `стаж ${countOf(mentorYears, 'год')}, стаж наставляемого не указан — ${COUNTED_HALF}`;
  const gap = mentorYears - menteeYears;
  if (gap > 0) return `стаж ${countOf(mentorYears, 'год')} (на ${countOf(gap, 'год')} больше)`;
  if (reverseAllowed(ctx, mentor, mentee)) {
    return `${KIND_REVERSE} наставничество: стаж ${countOf(mentorYears, 'год')}, ${gap === 0 ? 'как' : 'меньше, чем'} у наставляемого — допустимо для цифровых навыков`;
  }
  if (gap === 0) return `стаж ${countOf(mentorYears, 'год')}, как у наставляемого`;
  return `стаж ${countOf(mentorYears, 'год')} — меньше, чем у наставляемого (${countOf(menteeYears, 'год')})`;
}

function kindText(mentor: MentorProfile, mentee: MenteeProfile): string {
  const preferred = mentee.preferredKind;
  if (!preferred) return `наставляемый не указал предпочитаемый вид наставничества — ${COUNTED_HALF}`;
  if (reverseOutOfReach(mentor, mentee)) return `наставляемый предпочитает вид «${preferred.text}», а стаж наставника не меньше, чем у наставляемого`;
  if (mentor.acceptedKinds.length === 0) {
    return `наставник не указал, какие виды наставничества ведёт (наставляемый предпочитает: ${preferred.text}) — ${COUNTED_HALF}`;
  }
  // Whether a group forms is known only after the assignment (pairShape.ts), so the mentor is credited with leading groups.
  if (accepts(mentor, preferred) && sameTerm(preferred.text, KIND_GROUP)) return 'ведёт групповое наставничество, которое предпочитает наставляемый';
  return accepts(mentor, preferred)
    ? `ведёт предпочитаемый вид наставничества: ${preferred.text}`
    : `не ведёт предпочитаемый вид наставничества: ${preferred.text}`;
}

function preferenceText(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): string {
  if (!ctx.hasPreferences) return '';
  const { byMentee, byMentor } = choices(ctx, mentor, mentee);
  if (byMentee && byMentor) return 'взаимный выбор';
  if (byMentee === undefined && byMentor === undefined) return `ни наставник, ни наставляемый не заполнили «Предпочтения» — ${COUNTED_HALF}`;
  const menteeSide = byMentee === undefined
    ? 'наставляемый не заполнил «Предпочтения»'
    : byMentee ? `наставляемый выбрал этого наставника (${ordinalChoice(byMentee)})` : 'наставляемый выбрал других наставников';
  const mentorSide = byMentor === undefined
    ? 'наставник не заполнил «Предпочтения»'
    : byMentor ? `наставник выбрал этого наставляемого (${ordinalChoice(byMentor)})` : 'наставник выбрал других наставляемых';
  return `${menteeSide}, ${mentorSide}`;
}

function text(ctx: MatchingContext, key: CriterionKey, mentor: MentorProfile, mentee: MenteeProfile): string {
  switch (key) {
    case 'deficits':
      return deficitsText(mentor, mentee);
    case 'subject':
      return subjectText(mentor, mentee);
    case 'categoryForm':
      return categoryFormText(ctx, mentor, mentee);
    case 'experience':
      return experienceText(ctx, mentor, mentee);
    case 'kind':
      return kindText(mentor, mentee);
    case 'preference':
      return preferenceText(ctx, mentor, mentee);
  }
}

/** The score with every criterion and its reason. */
export function explainPair(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): Compatibility {
  const criteria: CriterionResult[] = CRITERIA.map((key) => {
    const m = measure(ctx, key, mentor, mentee);
    const weight = ctx.weights[key];
    return {
      key,
      applicable: m.applicable && weight > 0,
      value: m.value,
      weight,
      text: weight > 0 ? text(ctx, key, mentor, mentee) : '',
      favourable: m.applicable && m.value > 0 && !m.unknown,
    };
  });
  return {
    score: scorePair(ctx, mentor, mentee),
    criteria,
    reasons: criteria.filter((c) => c.text !== '').map((c) => c.text),
  };
}
