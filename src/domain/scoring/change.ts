/**
 * Before → after: the «входная» and «итоговая» results of one instrument compared per person, per pair and for the
 * programme (seed 001: parameters are fixed twice). Only people with both results enter pair and programme figures,
 * so a change is never an artefact of who happened to answer.
 */
import { latestPerRespondent } from './aggregate';
import { round } from './levels';
import type { ScoredResponse } from './score';

export interface Change {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface ItemChange extends Change {
  key: string;
  title: string;
}

export interface PersonChange extends Change {
  participant: string;
  pair?: string;
  items: ItemChange[];
}

export interface PairChange extends Change {
  pair: string;
  /** People of the pair with both results. */
  people: number;
}

export interface StageComparison {
  people: PersonChange[];
  pairs: PairChange[];
  programme: Change & { people: number };
  /** Programme mean of each item before and after, over people with both results. */
  items: ItemChange[];
}

/** Rounded once, at the end: a delta of rounded means would be off by a hundredth. */
function change(before: number | null, after: number | null): Change {
  return {
    before: before === null ? null : round(before, 2),
    after: after === null ? null : round(after, 2),
    delta: before === null || after === null ? null : round(after - before, 2),
  };
}

function exactMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function byParticipant(results: readonly ScoredResponse[]): Map<string, ScoredResponse> {
  const map = new Map<string, ScoredResponse>();
  for (const result of latestPerRespondent(results)) if (result.participant) map.set(result.participant, result);
  return map;
}

function itemChanges(before: ScoredResponse | undefined, after: ScoredResponse | undefined): ItemChange[] {
  const keys: Array<{ key: string; title: string }> = [];
  for (const item of [...(after?.items ?? []), ...(before?.items ?? [])]) {
    if (!keys.some((known) => known.key === item.key)) keys.push({ key: item.key, title: item.title });
  }
  // Items are matched by key: a reworded title is still the same item.
  return keys.map(({ key, title }) => ({
    key, title,
    ...change(before?.items.find((item) => item.key === key)?.value ?? null, after?.items.find((item) => item.key === key)?.value ?? null),
  }));
}

export function compareStages(entry: readonly ScoredResponse[], final: readonly ScoredResponse[]): StageComparison {
  const before = byParticipant(entry);
  const after = byParticipant(final);
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a.localeCompare(b, 'ru'));
  const people: PersonChange[] = codes.map((participant) => {
    const first = before.get(participant);
    const last = after.get(participant);
    const pair = last?.pair ?? first?.pair;
    return {
      participant, ...(pair ? { pair } : {}),
      ...change(first?.total ?? null, last?.total ?? null),
      items: itemChanges(first, last),
    };
  });
  const complete = people.filter((person) => person.delta !== null);

  const pairCodes = [...new Set(complete.flatMap((person) => (person.pair ? [person.pair] : [])))].sort((a, b) => a.localeCompare(b, 'ru'));
  const pairs: PairChange[] = pairCodes.map((pair) => {
    const members = complete.filter((person) => person.pair === pair);
    return {
      pair, people: members.length,
      ...change(exactMean(members.map((person) => person.before as number)), exactMean(members.map((person) => person.after as number))),
    };
  });

  const itemKeys: Array<{ key: string; title: string }> = [];
  for (const person of complete) {
    for (const item of person.items) if (!itemKeys.some((known) => known.key === item.key)) itemKeys.push({ key: item.key, title: item.title });
  }
  const items = itemKeys.map(({ key, title }) => {
    const paired = complete.flatMap((person) => person.items.filter((item) => item.key === key && item.delta !== null));
    return {
      key, title,
      ...change(exactMean(paired.map((item) => item.before as number)), exactMean(paired.map((item) => item.after as number))),
    };
  });

  return {
    people,
    pairs,
    programme: {
      people: complete.length,
      ...change(exactMean(complete.map((person) => person.before as number)), exactMean(complete.map((person) => person.after as number))),
    },
    items,
  };
}
