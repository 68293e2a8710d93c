/** A pair as documents need it: its mentor and mentees looked up in the bank, with the reasons it cannot be used. */
import type { Mentee, Mentor, Pair, Person } from '../bank/model';
import { ACTIVE_STATUS, normalizeTerm } from '../bank/vocabulary';
import type { DocumentContext } from './context';
import { cellPlace, nameProblem } from './people';
import type { NamedPerson } from './russian';

export interface PairParticipants {
  pair: Pair;
  mentor: Mentor;
  mentees: Mentee[];
}

/** A person who has left keeps their row (raw data is never deleted) with the status «выбыл». */
export function hasLeft(status: string): boolean {
  return normalizeTerm(status).startsWith('выбыл');
}

/** A mentor or mentee as documents name them, with where their row is (for notes about their declension). */
export function bankPerson(person: Person): NamedPerson {
  return { ...person, where: `лист «${person.ref.sheet}», строка ${person.ref.row}` };
}

function isActive(status: string): boolean {
  return normalizeTerm(status) === ACTIVE_STATUS;
}

function pairPlace(pair: Pair): string {
  return `пара ${pair.code || 'без кода'} (лист «${pair.ref.sheet}», строка ${pair.ref.row})`;
}

/**
 * The participants of a pair, or why the pair cannot go into a document: a code not in the bank, a person who has
 * left (unless the document is about the pair's end), a name that cannot be declined.
 */
export function resolvePair(pair: Pair, ctx: DocumentContext, options: { allowLeft: boolean }): { ok: true; value: PairParticipants } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const where = pairPlace(pair);
  const mentor = ctx.mentors.find((m) => m.code === pair.mentorCode);
  if (!mentor) {
    problems.push(`${capitalize(where)}: наставника с кодом «${pair.mentorCode}» нет на листе «Наставники».`);
  } else if (!options.allowLeft && !isActive(mentor.status)) {
    const state = hasLeft(mentor.status) ? 'выбыл' : 'не активен';
    problems.push(`${capitalize(where)}: наставник ${mentor.fullName} ${state} (статус «${mentor.status || 'не указан'}» на листе «Наставники», строка ${mentor.ref.row}). Подберите паре другого наставника или отметьте пару как «прекращена».`);
  }
  const mentees: Mentee[] = [];
  if (pair.menteeCodes.length === 0) problems.push(`${capitalize(where)}: не указаны коды наставляемых.`);
  for (const code of pair.menteeCodes) {
    const mentee = ctx.mentees.find((m) => m.code === code);
    if (!mentee) {
      problems.push(`${capitalize(where)}: наставляемого с кодом «${code}» нет на листе «Наставляемые».`);
      continue;
    }
    if (!options.allowLeft && !isActive(mentee.status)) {
      const state = hasLeft(mentee.status) ? 'выбыл' : 'не активен';
      problems.push(`${capitalize(where)}: наставляемый ${mentee.fullName} ${state} (статус «${mentee.status || 'не указан'}» на листе «Наставляемые», строка ${mentee.ref.row}). Уберите его из пары или отметьте пару как «прекращена».`);
    }
    mentees.push(mentee);
  }
  for (const person of [...(mentor ? [mentor] : []), ...mentees]) {
    const problem = nameProblem(person.fullName, cellPlace({ ...person.ref, column: 'ФИО' }));
    if (problem) problems.push(problem);
  }
  if (problems.length > 0 || !mentor) return { ok: false, problems };
  return { ok: true, value: { pair, mentor, mentees } };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Resolve many pairs; all problems are reported together so the curator fixes them in one go. */
export function resolvePairs(pairs: readonly Pair[], ctx: DocumentContext, options: { allowLeft: boolean }): { ok: true; value: PairParticipants[] } | { ok: false; problems: string[] } {
  const value: PairParticipants[] = [];
  const problems: string[] = [];
  for (const pair of pairs) {
    const resolved = resolvePair(pair, ctx, options);
    if (resolved.ok) value.push(resolved.value);
    else problems.push(...resolved.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
