/**
 * Who may answer: the participants and pairs of the bank, by code. A response whose code is not here is rejected
 * with that reason, never guessed.
 */
import type { Mentee, Mentor, Pair } from '../bank/model';
import { answerText } from './answers';
import { type Audience, codeItem, type Questionnaire } from './model';
import { answerTo, type FormResponse, normaliseCode } from './responses';

export interface RosterPerson {
  code: string;
  role: Extract<Audience, 'наставник' | 'наставляемый'>;
  fullName: string;
  email?: string;
  /** The pair the person's answers are counted for (see pairPriority). */
  pair?: string;
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
  const bestPair = new Map<string, Pair>();
  for (const pair of pairs) {
    if (!pair.code.trim()) continue;
    rosterPairs.set(normaliseCode(pair.code), {
      code: pair.code, mentorCode: pair.mentorCode, menteeCodes: pair.menteeCodes, status: String(pair.status),
    });
    if (!Number.isFinite(pairPriority(pair))) continue;
    for (const member of [pair.mentorCode, ...pair.menteeCodes]) {
      const key = normaliseCode(member);
      const current = bestPair.get(key);
      const better = !current || pairPriority(pair) < pairPriority(current)
        || (pairPriority(pair) === pairPriority(current) && startTime(pair) > startTime(current));
      if (better) bestPair.set(key, pair);
    }
  }
  const people = new Map<string, RosterPerson>();
  const add = (person: Mentor | Mentee, role: RosterPerson['role']) => {
    const key = normaliseCode(person.code);
    if (!key) return;
    people.set(key, {
      code: person.code, role, fullName: person.fullName,
      ...(person.email ? { email: person.email } : {}),
      ...(bestPair.has(key) ? { pair: bestPair.get(key)!.code } : {}),
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
  const code = answerText(cell);
  if (!code) {
    return { ok: false, code, reason: `не заполнен «${item.title}» (анкету открыли не по личной ссылке?)` };
  }
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
  return { ok: true, code: person.code, person, ...(person.pair ? { pair: person.pair } : {}) };
}
