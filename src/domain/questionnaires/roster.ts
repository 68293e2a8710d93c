/**
 * Who may answer: the participants and pairs of the bank, by code. A response whose code is not here is rejected
 * with that reason, never guessed.
 */
import type { Mentee, Mentor, Pair } from '../bank/model';
import { answerText } from './answers';
import { readLinkedCode } from './links';
import { type Audience, codeItem, type Questionnaire } from './model';
import { answerTo, type FormResponse, normaliseCode } from './responses';

export interface RosterPerson {
  code: string;
  role: Extract<Audience, 'наставник' | 'наставляемый'>;
  fullName: string;
  email?: string;
  /** The pair the person's answers are counted for (see pairPriority). */
  pair?: string;
  /**
   * Every pair the person has been in, best first: an answer given while one of them ran (a year ago, when
   * «Пересчитать всё» reads it again) belongs to that one, not to the pair the person is in now.
   */
  periods?: RosterPeriod[];
}

export interface RosterPeriod {
  pair: string;
  start?: Date;
  end?: Date;
}

export interface RosterPair {
  code: string;
  mentorCode: string;
  menteeCodes: string[];
  status: string;
}

export interface Roster {
  /** Normalised code → person. */
  people: ReadonlyMap<string, RosterPerson>;
  /** Normalised code → pair. */
  pairs: ReadonlyMap<string, RosterPair>;
}

/**
 * Which pair a person's answers belong to when they have been in several: the working one first, then the approved,
 * then the finished, then the stopped. A proposed pair is not a pair yet. Among equals the latest start wins.
 */
const PAIR_PRIORITY = ['действует', 'утверждена', 'завершена', 'прекращена'];

/** A pair only proposed by the pairing (not approved by an order yet): nobody answers for it, nothing is assessed. */
export function isProposedPair(status: string): boolean {
  return status.trim().toLocaleLowerCase('ru') === 'предложена';
}

function pairPriority(pair: Pair): number {
  const index = PAIR_PRIORITY.indexOf(String(pair.status).trim().toLocaleLowerCase('ru'));
  return index < 0 ? Number.POSITIVE_INFINITY : index;
}

function startTime(pair: Pair): number {
  return pair.start instanceof Date ? pair.start.getTime() : Number.NEGATIVE_INFINITY;
}

export function buildRoster(mentors: readonly Mentor[], mentees: readonly Mentee[], pairs: readonly Pair[]): Roster {
  const rosterPairs = new Map<string, RosterPair>();
  const memberPairs = new Map<string, Pair[]>();
  for (const pair of pairs) {
    if (!pair.code.trim()) continue;
    rosterPairs.set(normaliseCode(pair.code), {
      code: pair.code, mentorCode: pair.mentorCode, menteeCodes: pair.menteeCodes, status: String(pair.status),
    });
    if (!Number.isFinite(pairPriority(pair))) continue;
    for (const member of [pair.mentorCode, ...pair.menteeCodes]) {
      const key = normaliseCode(member);
      memberPairs.set(key, [...(memberPairs.get(key) ?? []), pair]);
    }
  }
  const better = (a: Pair, b: Pair) => pairPriority(a) - pairPriority(b) || startTime(b) - startTime(a);
  const bestPair = new Map<string, Pair>();
  const periods = new Map<string, RosterPeriod[]>();
  for (const [key, list] of memberPairs) {
    // A stable sort: among equals the sheet's order stays, as the first of them was kept before.
    const sorted = [...list].sort(better);
    bestPair.set(key, sorted[0]);
    periods.set(key, sorted.map((pair) => ({ pair: pair.code, ...(pair.start ? { start: pair.start } : {}), ...(pair.end ? { end: pair.end } : {}) })));
  }
  const people = new Map<string, RosterPerson>();
  const add = (person: Mentor | Mentee, role: RosterPerson['role']) => {
    const key = normaliseCode(person.code);
    if (!key) return;
    people.set(key, {
      code: person.code, role, fullName: person.fullName,
      ...(person.email ? { email: person.email } : {}),
      ...(bestPair.has(key) ? { pair: bestPair.get(key)!.code, periods: periods.get(key)! } : {}),
    });
  };
  mentors.forEach((mentor) => add(mentor, 'наставник'));
  mentees.forEach((mentee) => add(mentee, 'наставляемый'));
  return { people, pairs: rosterPairs };
}

const ROLE_GENITIVE_PLURAL: Record<Audience, string> = { наставник: 'наставников', наставляемый: 'наставляемых', куратор: 'куратора' };
const ROLE_DATIVE: Record<RosterPerson['role'], string> = { наставник: 'наставнику', наставляемый: 'наставляемому' };

export type Respondent =
  | { ok: true; code: string; person?: RosterPerson; pair?: string }
  | { ok: false; code: string; reason: string };

/** Who answered: the person (or the pair, for the rubric) named by the code item, checked against the roster. */
export function identifyRespondent(questionnaire: Questionnaire, response: FormResponse, roster: Roster): Respondent {
  const item = codeItem(questionnaire);
  const cell = answerTo(response, item);
  if (cell === undefined) return { ok: false, code: '', reason: `в таблице ответов нет столбца «${item.title}»` };
  const reading = readLinkedCode(answerText(cell), item.title);
  const code = reading.code;
  if (!code) {
    return { ok: false, code, reason: `не заполнен «${item.title}» (анкету открыли не по личной ссылке?)` };
  }
  if (!reading.ok) return reading;
  const key = normaliseCode(code);
  if (item.code === 'pair') {
    const pair = roster.pairs.get(key);
    if (!pair) return { ok: false, code, reason: `код пары «${code}» не найден на листе «Пары»` };
    if (isProposedPair(pair.status)) {
      return { ok: false, code, reason: `пара «${pair.code}» только предложена и ещё не утверждена приказом — оценивать её эффективность рано` };
    }
    return { ok: true, code: pair.code, pair: pair.code };
  }
  const person = roster.people.get(key);
  if (!person) {
    return { ok: false, code, reason: `код участника «${code}» не найден на листах «Наставники» и «Наставляемые»` };
  }
  if (!questionnaire.audience.includes(person.role)) {
    const audience = questionnaire.audience.map((role) => ROLE_GENITIVE_PLURAL[role]).join(' и ');
    return { ok: false, code, reason: `код «${code}» принадлежит ${ROLE_DATIVE[person.role]}, а анкета «${questionnaire.title}» — для ${audience}` };
  }
  const pair = pairAt(person, response.timestamp);
  return { ok: true, code: person.code, person, ...(pair ? { pair } : {}) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The pair that ran when the answer was given (dates are whole days); otherwise the person's pair now. */
function pairAt(person: RosterPerson, when: Date | null): string | undefined {
  if (!when || !person.periods) return person.pair;
  const at = when.getTime();
  const running = person.periods.find((p) => (!p.start || p.start.getTime() <= at) && (!p.end || at < p.end.getTime() + DAY_MS) && (p.start || p.end));
  return running?.pair ?? person.pair;
}
