/**
 * The monitoring picture (seed 001, section 6) from scored results: for every scored instrument, programme figures
 * (overall mean and level, levels distribution, item means with low items) and per-pair figures; instruments filled
 * before and after (the diagnostics) are compared. Generic over the catalog: a questionnaire added to the catalog
 * appears on the dashboard without code here.
 */
import { itemRange, type Level, type Questionnaire, type ScoringSpec } from '../questionnaires/model';
import { normaliseCode } from '../questionnaires/responses';
import { isProposedPair, type Roster } from '../questionnaires/roster';
import { type ItemMean, itemMeans, latestPerRespondent, levelDistribution, mean, type Overall, overallMean } from './aggregate';
import { type Change, compareStages, type StageComparison } from './change';
import { levelOf } from './levels';
import type { ScoredResponse } from './score';

export interface PairFigure {
  value: number | null;
  level?: Level;
  change?: Change;
  lowItems: string[];
  /** Respondents counted for the pair. */
  respondents: number;
}

/** One person's before → after (only for instruments filled at both stages), named as in the bank. */
export interface ParticipantLine extends Change {
  code: string;
  fullName: string;
  pair: string;
}

export interface InstrumentSummary {
  instrument: string;
  title: string;
  spec: ScoringSpec;
  stages: 'single' | 'before-after';
  /** Respondents counted (latest response each; for before-after, those of the final stage). */
  respondents: number;
  overall: Overall;
  distribution: Array<{ level: Level; count: number }>;
  /** Item means (for before-after: of the final stage). */
  items: ItemMean[];
  /** Reverse-scored items, by key: the sum (min + max) their answer is taken from, so a higher value reads better. */
  reversed: ReadonlyMap<string, number>;
  comparison?: StageComparison;
  /**
   * Before-after only: each stage over everyone who answered it. The comparison counts only people with both, so
   * until the final stage the curator would see no figure at all and could take the entry answers for lost.
   */
  stageTotals?: Array<{ title: string; overall: Overall }>;
  /** Everyone with a result at either stage, in code order (before-after only). */
  participants?: ParticipantLine[];
  pairs: ReadonlyMap<string, PairFigure>;
}

export interface PairLine {
  pair: string;
  mentor: string;
  mentees: string[];
  status: string;
}

export interface MonitoringSummary {
  pairs: PairLine[];
  instruments: InstrumentSummary[];
}

function pairFigures(questionnaire: Questionnaire, latest: readonly ScoredResponse[]): Map<string, PairFigure> {
  const spec = questionnaire.scoring!;
  const byPair = new Map<string, ScoredResponse[]>();
  for (const result of latest) {
    if (!result.pair) continue;
    byPair.set(result.pair, [...(byPair.get(result.pair) ?? []), result]);
  }
  const figures = new Map<string, PairFigure>();
  for (const [pair, results] of byPair) {
    const value = mean(results.map((result) => result.total));
    figures.set(pair, {
      value,
      ...(value !== null ? { level: levelOf(spec, value) } : {}),
      lowItems: itemMeans(questionnaire, results).filter((item) => item.low).map((item) => item.title),
      respondents: results.length,
    });
  }
  return figures;
}

function reversedItems(questionnaire: Questionnaire): Map<string, number> {
  return new Map(questionnaire.items.filter((item) => item.reverse).map((item) => {
    const range = itemRange(item);
    return [item.key, range.min + range.max] as const;
  }));
}

function singleStage(questionnaire: Questionnaire, results: readonly ScoredResponse[]): InstrumentSummary {
  const spec = questionnaire.scoring!;
  const latest = latestPerRespondent(results.filter((result) => result.questionnaireId === questionnaire.id));
  return {
    instrument: questionnaire.instrument ?? questionnaire.id,
    title: questionnaire.shortTitle,
    spec,
    stages: 'single',
    respondents: latest.length,
    overall: overallMean(spec, latest),
    distribution: levelDistribution(spec, latest),
    items: itemMeans(questionnaire, latest),
    reversed: reversedItems(questionnaire),
    pairs: pairFigures(questionnaire, latest),
  };
}

function beforeAfter(entry: Questionnaire, final: Questionnaire, results: readonly ScoredResponse[], nameOf: (code: string) => string): InstrumentSummary {
  const spec = final.scoring!;
  const before = results.filter((result) => result.questionnaireId === entry.id);
  const after = results.filter((result) => result.questionnaireId === final.id);
  const latestAfter = latestPerRespondent(after);
  const comparison = compareStages(before, after);
  const pairs = pairFigures(final, latestAfter);
  for (const change of comparison.pairs) {
    const figure = pairs.get(change.pair) ?? { value: null, lowItems: [], respondents: 0 };
    pairs.set(change.pair, { ...figure, change: { before: change.before, after: change.after, delta: change.delta } });
  }
  return {
    instrument: final.instrument ?? final.id,
    title: `${entry.shortTitle} → ${final.shortTitle}`,
    spec,
    stages: 'before-after',
    respondents: latestAfter.length,
    overall: overallMean(spec, latestAfter),
    distribution: levelDistribution(spec, latestAfter),
    items: itemMeans(final, latestAfter),
    reversed: reversedItems(final),
    comparison,
    stageTotals: [
      { title: entry.shortTitle, overall: overallMean(entry.scoring ?? spec, latestPerRespondent(before)) },
      { title: final.shortTitle, overall: overallMean(spec, latestAfter) },
    ],
    participants: comparison.people.map((person) => ({
      code: person.participant, fullName: nameOf(person.participant), pair: person.pair ?? '',
      before: person.before, after: person.after, delta: person.delta,
    })),
    pairs,
  };
}

function namesOf(roster: Roster): (code: string) => string {
  return (code) => roster.people.get(normaliseCode(code))?.fullName ?? code;
}

/** Pairs worth showing: every pair but a merely proposed one, in code order. */
function pairLines(roster: Roster): PairLine[] {
  const nameOf = namesOf(roster);
  return [...roster.pairs.values()]
    .filter((pair) => !isProposedPair(pair.status))
    .sort((a, b) => a.code.localeCompare(b.code, 'ru', { numeric: true }))
    .map((pair) => ({ pair: pair.code, mentor: nameOf(pair.mentorCode), mentees: pair.menteeCodes.map(nameOf), status: pair.status }));
}

export function summariseMonitoring(catalog: readonly Questionnaire[], results: readonly ScoredResponse[], roster: Roster): MonitoringSummary {
  const scored = catalog.filter((questionnaire) => questionnaire.kind === 'scored' && questionnaire.scoring);
  const instruments: InstrumentSummary[] = [];
  const done = new Set<string>();
  for (const questionnaire of scored) {
    const instrument = questionnaire.instrument ?? questionnaire.id;
    if (done.has(instrument)) continue;
    done.add(instrument);
    const family = scored.filter((candidate) => (candidate.instrument ?? candidate.id) === instrument);
    const entry = family.find((candidate) => candidate.stage === 'входная');
    const final = family.find((candidate) => candidate.stage === 'итоговая');
    if (entry && final) instruments.push(beforeAfter(entry, final, results, namesOf(roster)));
    else family.forEach((member) => instruments.push(singleStage(member, results)));
  }
  return { pairs: pairLines(roster), instruments };
}
