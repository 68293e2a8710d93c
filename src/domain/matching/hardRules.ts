/**
 * The hard rules of pairing (DESIGN §4). A pair that breaks one is never proposed, and a manual
 * pair that breaks one is refused; each violation is a sentence the curator reads.
 */
import type { ForbiddenPair, Mentee, Mentor } from '../bank/model';
import { codeKey, findMentee, findMentor, type EarlierRow, type MatchingContext, type MenteeProfile, type MentorProfile } from './context';
import { isActivePerson } from './status';
import { surnameWithInitials as shortName } from '../language/initials';
import { pluralize } from '../language/plural';

export type HardRule =
  | 'mentorNoPersonalDataConsent'
  | 'mentorNoMentoringConsent'
  | 'mentorInactive'
  | 'mentorCapacityMissing'
  | 'mentorFull'
  | 'mentorDuplicate'
  | 'mentorEnteredTwice'
  | 'mentorRowErrors'
  | 'menteeNoPersonalDataConsent'
  | 'menteeInactive'
  | 'menteeAlreadyPaired'
  | 'menteeDuplicate'
  | 'menteeEnteredTwice'
  | 'menteeRowErrors'
  | 'samePerson'
  | 'forbiddenPair'
  | 'unknownMentor'
  | 'unknownMentee';

/** A rule in a few words, for a summary of the mentors a rule keeps out («нет свободных мест: 250»). */
export const RULE_LABELS: Readonly<Record<HardRule, string>> = {
  mentorNoPersonalDataConsent: 'нет согласия на обработку персональных данных',
  mentorNoMentoringConsent: 'нет согласия быть наставником',
  mentorInactive: 'статус не «активен»',
  mentorCapacityMissing: 'не указано «Макс. наставляемых»',
  mentorFull: 'нет свободных мест',
  mentorDuplicate: 'код повторяется',
  mentorEnteredTwice: 'повторная строка того же человека (тот же email)',
  mentorRowErrors: 'ошибки в строке',
  menteeNoPersonalDataConsent: 'нет согласия наставляемого на обработку персональных данных',
  menteeInactive: 'наставляемый не участвует',
  menteeAlreadyPaired: 'наставляемый уже в паре',
  menteeDuplicate: 'код наставляемого повторяется',
  menteeEnteredTwice: 'повторная строка наставляемого',
  menteeRowErrors: 'ошибки в строке наставляемого',
  samePerson: 'тот же человек, что и наставляемый',
  forbiddenPair: 'пара в листе «Запрещённые пары»',
  unknownMentor: 'наставник не найден',
  unknownMentee: 'наставляемый не найден',
};

export interface Violation {
  rule: HardRule;
  message: string;
}

/** The bank's own findings in the person's row: such a person is not paired until they are fixed. */
function rowErrors(person: Mentor | Mentee, who: string): string | undefined {
  if (person.problems.length === 0) return undefined;
  return `${who}: ошибки в строке ${person.ref.row} листа «${person.ref.sheet}» (${person.problems.join('; ')})`;
}

/** The later row of a person entered twice (same email): it waits while the first row takes part. */
function enteredTwice(person: Mentor | Mentee, earlier: EarlierRow): string {
  return `тот же человек, что в строке ${earlier.row} листа «${person.ref.sheet}» (${earlier.code || 'без кода'}): у обеих строк email ${earlier.email}, ` +
    `в подборе участвует только строка ${earlier.row} — удалите повторную строку ${person.ref.row} или исправьте email`;
}

function statusWords(status: string): string {
  return status.trim() === '' ? 'статус не указан' : `статус «${status.trim()}»`;
}

/** Whether «Макс. наставляемых» is a usable number of places. */
export function hasValidCapacity(mentor: MentorProfile): boolean {
  const c = mentor.mentor.capacity;
  return Number.isInteger(c) && c >= 1;
}

/** Free places of a mentor right now (0 when the capacity is unusable). */
export function freePlaces(mentor: MentorProfile): number {
  return hasValidCapacity(mentor) ? Math.max(0, mentor.mentor.capacity - mentor.load) : 0;
}

/**
 * Rules about the mentor alone. `places` is how many new mentees would join (a manual group may
 * bring several at once).
 */
export function mentorViolations(mentor: MentorProfile, places = 1): Violation[] {
  const out: Violation[] = [];
  const m = mentor.mentor;
  if (mentor.duplicateRows.length > 0) {
    out.push({
      rule: 'mentorDuplicate',
      message: `код наставника ${m.code} повторяется на листе «${m.ref.sheet}» (строки ${[m.ref.row, ...mentor.duplicateRows].sort((a, b) => a - b).join(', ')}): исправьте код`,
    });
  }
  if (mentor.sameEmailAs) out.push({ rule: 'mentorEnteredTwice', message: `наставник: ${enteredTwice(m, mentor.sameEmailAs)}` });
  const errors = rowErrors(m, 'наставник');
  if (errors) out.push({ rule: 'mentorRowErrors', message: errors });
  if (!m.consentPersonalData) out.push({ rule: 'mentorNoPersonalDataConsent', message: 'нет согласия наставника на обработку персональных данных' });
  if (!m.consentToMentor) out.push({ rule: 'mentorNoMentoringConsent', message: 'наставник не дал согласия быть наставником' });
  if (!isActivePerson(m.status)) out.push({ rule: 'mentorInactive', message: `наставник не участвует (${statusWords(m.status)})` });
  if (!hasValidCapacity(mentor)) {
    // A blank or unreadable «Макс. наставляемых» is already among the row's errors.
    if (errors) return out;
    const c = m.capacity;
    out.push({
      rule: 'mentorCapacityMissing',
      message: c === 0
        ? 'у наставника «Макс. наставляемых» равно 0'
        : 'у наставника не указано «Макс. наставляемых» (нужно целое число не меньше 1)',
    });
  } else if (mentor.load + places > m.capacity) {
    out.push({
      rule: 'mentorFull',
      message: places === 1 || mentor.load >= m.capacity
        ? `у наставника нет свободных мест: занято ${mentor.load} из ${m.capacity}`
        : `у наставника ${freePlaces(mentor)} ${pluralize(freePlaces(mentor), 'свободное место', 'свободных места', 'свободных мест')}, а в группе ${places}`,
    });
  }
  return out;
}

/** Rules about the mentee alone. */
export function menteeViolations(ctx: MatchingContext, mentee: MenteeProfile): Violation[] {
  const out: Violation[] = [];
  const e = mentee.mentee;
  if (mentee.duplicateRows.length > 0) {
    out.push({
      rule: 'menteeDuplicate',
      message: `код наставляемого ${e.code} повторяется на листе «${e.ref.sheet}» (строки ${[e.ref.row, ...mentee.duplicateRows].sort((a, b) => a - b).join(', ')}): исправьте код`,
    });
  }
  if (mentee.sameEmailAs) out.push({ rule: 'menteeEnteredTwice', message: `наставляемый: ${enteredTwice(e, mentee.sameEmailAs)}` });
  const errors = rowErrors(e, 'наставляемый');
  if (errors) out.push({ rule: 'menteeRowErrors', message: errors });
  if (!e.consentPersonalData) out.push({ rule: 'menteeNoPersonalDataConsent', message: 'нет согласия наставляемого на обработку персональных данных' });
  if (!isActivePerson(e.status)) out.push({ rule: 'menteeInactive', message: `наставляемый не участвует (${statusWords(e.status)})` });
  if (mentee.activePair) {
    out.push({
      rule: 'menteeAlreadyPaired',
      message: `наставляемый уже в паре ${mentee.activePair.code || 'без кода'} (статус «${mentee.activePair.status}»)`,
    });
  } else if (mentee.draftMentorCode) {
    const mentor = findMentor(ctx, mentee.draftMentorCode);
    out.push({
      rule: 'menteeAlreadyPaired',
      message: `наставляемый уже выбран для наставника ${mentor ? shortName(mentor.mentor.fullName) : mentee.draftMentorCode} в этом подборе`,
    });
  }
  return out;
}

/**
 * One person on both sides: the same code, the same email, or the same full name when the rows
 * give no emails to tell namesakes apart.
 */
export function isSamePerson(mentor: MentorProfile, mentee: MenteeProfile): boolean {
  const a = mentor.keys;
  const b = mentee.keys;
  if (a.code === b.code) return true;
  if (a.email !== '' && a.email === b.email) return true;
  return (a.email === '' || b.email === '') && a.name !== '' && a.name === b.name;
}

/** The row of «Запрещённые пары» that forbids these two, if any. */
export function forbiddenRow(mentor: MentorProfile, mentee: MenteeProfile): ForbiddenPair | undefined {
  return mentee.forbiddenMentors?.get(mentor.keys.code);
}

/** Whether the two can never be a proposed pair (the fast check of the whole-bank assignment). */
export function neverTogether(mentor: MentorProfile, mentee: MenteeProfile): boolean {
  return isSamePerson(mentor, mentee) || forbiddenRow(mentor, mentee) !== undefined;
}

/**
 * For each mentee, the mentors (indices into `mentors`) it can never be proposed with. A region has millions of
 * pairs and only a handful of such: candidates come from lookups by code, e-mail and name, and neverTogether decides.
 */
export function neverTogetherIndex(mentors: readonly MentorProfile[], mentees: readonly MenteeProfile[]): (ReadonlySet<number> | undefined)[] {
  const byKey = new Map<string, number[]>();
  const add = (key: string, j: number): void => {
    const list = byKey.get(key);
    if (list) list.push(j);
    else byKey.set(key, [j]);
  };
  mentors.forEach((m, j) => {
    add(`код ${m.keys.code}`, j);
    if (m.keys.email !== '') add(`почта ${m.keys.email}`, j);
    if (m.keys.name !== '') add(`имя ${m.keys.name}`, j);
  });
  return mentees.map((e) => {
    const keys = [`код ${e.keys.code}`, `почта ${e.keys.email}`, `имя ${e.keys.name}`, ...[...e.forbiddenMentors?.keys() ?? []].map((code) => `код ${code}`)];
    const blocked = new Set<number>();
    for (const key of keys) for (const j of byKey.get(key) ?? []) if (neverTogether(mentors[j], e)) blocked.add(j);
    return blocked.size > 0 ? blocked : undefined;
  });
}

/** Rules about the two together. */
export function pairViolations(mentor: MentorProfile, mentee: MenteeProfile): Violation[] {
  const out: Violation[] = [];
  if (isSamePerson(mentor, mentee)) out.push({ rule: 'samePerson', message: 'наставник и наставляемый — один и тот же человек' });
  const forbidden = forbiddenRow(mentor, mentee);
  if (forbidden) {
    out.push({
      rule: 'forbiddenPair',
      message: `пара запрещена на листе «${forbidden.ref.sheet}» (строка ${forbidden.ref.row})` + (forbidden.reason ? `: ${forbidden.reason}` : ''),
    });
  }
  return out;
}

/** Every rule a proposed pair of one mentor and one mentee breaks. */
export function violations(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile): Violation[] {
  return [...mentorViolations(mentor), ...menteeViolations(ctx, mentee), ...pairViolations(mentor, mentee)];
}

export interface ManualPairCheck {
  ok: boolean;
  violations: Violation[];
  /** One message for the curator: «Пару нельзя создать: …». Empty when ok. */
  message: string;
}

/**
 * Checks a pair (or a group) the curator makes by hand. Each mentee's violations name the mentee,
 * so a refused group says who is the obstacle.
 */
export function checkManualPair(ctx: MatchingContext, mentorCode: string, menteeCodes: readonly string[]): ManualPairCheck {
  const found: Violation[] = [];
  const mentor = findMentor(ctx, mentorCode);
  const unique = [...new Map(menteeCodes.map((c) => [codeKey(c), c])).values()];
  if (!mentor) found.push({ rule: 'unknownMentor', message: `наставник с кодом «${mentorCode}» не найден на листе «Наставники»` });
  else found.push(...mentorViolations(mentor, Math.max(1, unique.length)));
  for (const code of unique) {
    const mentee = findMentee(ctx, code);
    if (!mentee) {
      found.push({ rule: 'unknownMentee', message: `наставляемый с кодом «${code}» не найден на листе «Наставляемые»` });
      continue;
    }
    const own = [...menteeViolations(ctx, mentee), ...(mentor ? pairViolations(mentor, mentee) : [])];
    const who = unique.length > 1 ? `${shortName(mentee.mentee.fullName)}: ` : '';
    for (const v of own) found.push({ rule: v.rule, message: who + v.message });
  }
  if (unique.length === 0) found.push({ rule: 'unknownMentee', message: 'не выбран ни один наставляемый' });
  return {
    ok: found.length === 0,
    violations: found,
    message: found.length === 0 ? '' : `Пару нельзя создать: ${found.map((v) => v.message).join('; ')}.`,
  };
}
