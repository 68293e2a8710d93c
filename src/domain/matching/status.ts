/**
 * What the status cells mean for pairing. A person takes part only while «активен» (the bank's
 * ACTIVE_STATUS); a pair occupies its mentor and mentees from the proposal until it ends.
 */
import type { Pair, PairStatus } from '../bank/model';
import { ACTIVE_STATUS, normalizeTerm } from '../bank/vocabulary';

export function isActivePerson(status: string): boolean {
  return normalizeTerm(status) === normalizeTerm(ACTIVE_STATUS);
}

/** Pair statuses that hold the mentor's place and the mentee. */
export const OCCUPYING_PAIR_STATUSES: readonly PairStatus[] = ['предложена', 'утверждена', 'действует'];

export function isOccupyingPair(pair: Pick<Pair, 'status'>): boolean {
  const status = normalizeTerm(pair.status);
  return OCCUPYING_PAIR_STATUSES.some((s) => s === status);
}
