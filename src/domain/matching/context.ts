/**
 * The bank prepared once for matching: terms interned as ids (one shared vocabulary of
 * competences = deficits), loads counted from the pairs that occupy people, preferences indexed.
 * Everything that scores or filters 1,000 × 400 candidate pairs reads from here.
 */
import type { ForbiddenPair, Mentee, Mentor, Pair, Preference } from '../bank/model';
import { emailKey, sameEmailRows, type EarlierRow } from '../bank/sameEmail';
import { categoryKind, formsForCategory, type FormFit, type MenteeCategoryKind } from './forms';
import { isOccupyingPair } from './status';
import { TermIndex, termKey } from './terms';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './weights';

export type { EarlierRow };

export interface MatchingBank {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly Pair[];
  preferences: readonly Preference[];
  /** «Запрещённые пары»: never proposed, refused by hand. */
  forbidden?: readonly ForbiddenPair[];
}

/** A pair the curator has accepted or pinned in the sidebar but not yet written to «Пары». */
export interface DraftPair {
  mentorCode: string;
  menteeCode: string;
}

/** A term as the curator typed it and its id in the vocabulary it belongs to. */
export interface Term {
  id: number;
  text: string;
}

/** Keys of a person computed once, since 1,000 × 400 comparisons would recompute them. */
export interface PersonKeys {
  /** codeKey of the code */
  code: string;
  /** termKey of the full name */
  name: string;
  /** the email in lower case, '' when blank */
  email: string;
}

export interface MentorProfile {
  index: number;
  mentor: Mentor;
  keys: PersonKeys;
  competences: Term[];
  subjects: Term[];
  /** Kinds of mentoring the mentor accepts («Формы наставничества» on «Наставники»). */
  acceptedKinds: Term[];
  /** Mentees in pairs that occupy the mentor (предложена/утверждена/действует) plus drafts. */
  load: number;
  /** Other rows of «Наставники» with the same code (1-based row numbers), if any. */
  duplicateRows: number[];
  /** The earlier row of the same sheet with the same email: the same person entered twice. */
  sameEmailAs?: EarlierRow;
  /** The mentor's best form per mentee category and shared subject: the profile decides, so it is computed once. */
  formCache: Map<string, FormFit | undefined>;
}

export interface MenteeProfile {
  index: number;
  mentee: Mentee;
  keys: PersonKeys;
  deficits: Term[];
  subjects: Term[];
  category: MenteeCategoryKind;
  /** Forms of interaction that answer the category, best first. */
  recommendedForms: readonly string[];
  preferredKind?: Term;
  /** The occupying pair the mentee is already in, if any. */
  activePair?: { code: string; status: string };
  /** The mentor the mentee is drafted to in this session, if any. */
  draftMentorCode?: string;
  duplicateRows: number[];
  sameEmailAs?: EarlierRow;
  /** Mentors (by codeKey) this mentee must not be paired with, and the row that says so; absent when none. */
  forbiddenMentors?: Map<string, ForbiddenPair>;
}

export interface MatchingContext {
  weights: MatchingWeights;
  mentors: MentorProfile[];
  mentees: MenteeProfile[];
  mentorByCode: ReadonlyMap<string, MentorProfile>;
  menteeByCode: ReadonlyMap<string, MenteeProfile>;
  /** who → (whom → 1-based rank). */
  preferenceRank: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Mutual choice counts only when «Предпочтения» has been filled at all, so scores stay comparable. */
  hasPreferences: boolean;
  /** The id of a competence in the shared vocabulary, or -1 when nobody has it. */
  competenceId(term: string): number;
}

/** Codes are compared ignoring case and spaces around: «н-001 » is «Н-001». */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

function personKeys(p: { code: string; fullName: string; email?: string }): PersonKeys {
  return { code: codeKey(p.code), name: termKey(p.fullName), email: emailKey(p.email) };
}

function terms(index: TermIndex, texts: readonly string[]): Term[] {
  const out: Term[] = [];
  for (const text of texts) {
    const id = index.id(text);
    if (id >= 0 && !out.some((t) => t.id === id)) out.push({ id, text: text.trim() });
  }
  return out;
}

function byCode<T extends { code: string; ref: { row: number } }>(people: readonly T[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const p of people) {
    const key = codeKey(p.code);
    // A row without a code is «нет кода» (among its problems), not a duplicate of every other row without one.
    if (key === '') continue;
    const list = rows.get(key);
    if (list) list.push(p.ref.row);
    else rows.set(key, [p.ref.row]);
  }
  return rows;
}

export function prepareMatching(
  bank: MatchingBank,
  weights: MatchingWeights = DEFAULT_WEIGHTS,
  drafts: readonly DraftPair[] = [],
): MatchingContext {
  const vocabulary = new TermIndex(); // competences and deficits: one shared list (DESIGN §3)
  const subjects = new TermIndex();
  const kinds = new TermIndex();

  const load = new Map<string, number>();
  const menteePair = new Map<string, { code: string; status: string }>();
  for (const pair of bank.pairs) {
    if (!isOccupyingPair(pair)) continue;
    const mentor = codeKey(pair.mentorCode);
    load.set(mentor, (load.get(mentor) ?? 0) + pair.menteeCodes.length);
    for (const m of pair.menteeCodes) {
      if (!menteePair.has(codeKey(m))) menteePair.set(codeKey(m), { code: pair.code, status: pair.status });
    }
  }
  const draftMentor = new Map<string, string>();
  for (const d of drafts) {
    const mentee = codeKey(d.menteeCode);
    if (draftMentor.has(mentee) || menteePair.has(mentee)) continue;
    draftMentor.set(mentee, d.mentorCode);
    load.set(codeKey(d.mentorCode), (load.get(codeKey(d.mentorCode)) ?? 0) + 1);
  }

  const mentorRows = byCode(bank.mentors);
  const menteeRows = byCode(bank.mentees);
  const mentorTwins = sameEmailRows(bank.mentors);
  const menteeTwins = sameEmailRows(bank.mentees);

  const mentors: MentorProfile[] = bank.mentors.map((mentor, index) => ({
    index,
    mentor,
    keys: personKeys(mentor),
    competences: terms(vocabulary, mentor.competences),
    subjects: terms(subjects, mentor.subjects),
    acceptedKinds: terms(kinds, mentor.acceptedKinds),
    load: load.get(codeKey(mentor.code)) ?? 0,
    duplicateRows: (mentorRows.get(codeKey(mentor.code)) ?? []).filter((r) => r !== mentor.ref.row),
    sameEmailAs: mentorTwins[index],
    formCache: new Map(),
  }));

  const mentees: MenteeProfile[] = bank.mentees.map((mentee, index) => {
    const category = categoryKind(mentee.category);
    return {
      index,
      mentee,
      keys: personKeys(mentee),
      deficits: terms(vocabulary, mentee.deficits),
      subjects: terms(subjects, mentee.subjects),
      category,
      recommendedForms: formsForCategory(category),
      preferredKind: mentee.preferredKind ? terms(kinds, [mentee.preferredKind])[0] : undefined,
      activePair: menteePair.get(codeKey(mentee.code)),
      draftMentorCode: draftMentor.get(codeKey(mentee.code)),
      duplicateRows: (menteeRows.get(codeKey(mentee.code)) ?? []).filter((r) => r !== mentee.ref.row),
      sameEmailAs: menteeTwins[index],
    };
  });

  const forbiddenByMentee = new Map<string, Map<string, ForbiddenPair>>();
  for (const f of bank.forbidden ?? []) {
    const mentee = codeKey(f.menteeCode);
    const list = forbiddenByMentee.get(mentee) ?? new Map<string, ForbiddenPair>();
    if (!list.has(codeKey(f.mentorCode))) list.set(codeKey(f.mentorCode), f);
    forbiddenByMentee.set(mentee, list);
  }
  for (const m of mentees) m.forbiddenMentors = forbiddenByMentee.get(m.keys.code);

  const preferenceRank = new Map<string, Map<string, number>>();
  let hasPreferences = false;
  for (const p of bank.preferences) {
    const who = codeKey(p.who);
    const ranks = preferenceRank.get(who) ?? new Map<string, number>();
    p.whom.forEach((w, i) => {
      const whom = codeKey(w);
      if (whom !== '' && !ranks.has(whom)) ranks.set(whom, i + 1);
    });
    if (ranks.size > 0) hasPreferences = true;
    preferenceRank.set(who, ranks);
  }

  const competenceIds = new Map<string, number>();
  const mentorByCode = new Map<string, MentorProfile>();
  for (const m of mentors) if (!mentorByCode.has(codeKey(m.mentor.code))) mentorByCode.set(codeKey(m.mentor.code), m);
  const menteeByCode = new Map<string, MenteeProfile>();
  for (const m of mentees) if (!menteeByCode.has(codeKey(m.mentee.code))) menteeByCode.set(codeKey(m.mentee.code), m);

  return {
    weights,
    mentors,
    mentees,
    mentorByCode,
    menteeByCode,
    preferenceRank,
    hasPreferences,
    competenceId: (term) => {
      let id = competenceIds.get(term);
      if (id === undefined) competenceIds.set(term, (id = vocabulary.find(term)));
      return id;
    },
  };
}

export function findMentor(ctx: MatchingContext, code: string): MentorProfile | undefined {
  return ctx.mentorByCode.get(codeKey(code));
}

export function findMentee(ctx: MatchingContext, code: string): MenteeProfile | undefined {
  return ctx.menteeByCode.get(codeKey(code));
}

/** Whether `who` (a codeKey) has a row in «Предпочтения» naming anybody. */
export function hasAnswered(ctx: MatchingContext, whoKey: string): boolean {
  return (ctx.preferenceRank.get(whoKey)?.size ?? 0) > 0;
}

/** The 1-based rank at which `who` named `whom` in «Предпочтения», or 0 (both given as codeKey). */
export function preferenceRankOf(ctx: MatchingContext, whoKey: string, whomKey: string): number {
  return ctx.preferenceRank.get(whoKey)?.get(whomKey) ?? 0;
}
