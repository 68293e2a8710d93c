/**
 * What the status cells mean for pairing. A person takes part only while active; a pair occupies
 * its mentor and mentees from the proposal until it ends.
 */
import type { Pair } from '../bank/model';
import { termKey } from './terms';

const ACTIVE_PERSON = ['активен', 'активна', 'активный', 'активная', 'актив', 'действует', 'да'];

/** «Активен», «активна », «Действует» → true; «выбыл», «в отпуске», blank → false. */
export function isActivePerson(status: string): boolean {
  return ACTIVE_PERSON.includes(termKey(status));
}

/** Pair statuses that hold the mentor's place and the mentee: предложена, утверждена, действует. */
export const OCCUPYING_PAIR_STATUSES: readonly string[] = ['предложена', 'утверждена', 'действует'];

export function isOccupyingPair(pair: Pick<Pair, 'status'>): boolean {
  return OCCUPYING_PAIR_STATUSES.includes(termKey(pair.status));
}
