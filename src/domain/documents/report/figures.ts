/**
 * The figures of the monitoring report and of the municipal summary, computed once from the bank and «Результаты»:
 * participation, coverage of young specialists, before/after diagnostics, rubric levels, satisfaction.
 */
import type { Pair } from '../../bank/model';
import type { DocumentContext, ScoreRecord } from '../context';
import { hasLeft } from '../participants';
import { isRubric, latestRubricByPair, RUBRIC_LEVELS } from '../scores';

export interface Count {
  name: string;
  pairs: number;
  people: number;
}

export interface Dynamics {
  pairCode: string;
  mentee: string;
  before?: number;
  after?: number;
}

/** Who is in pairs and how the pairs went: the counts a school reports and the municipality sums. */
export interface PairCounts {
  mentorsInPairs: number;
  menteesInPairs: number;
  pairs: number;
  groups: number;
  completed: number;
  terminated: number;
  youngTotal: number;
  youngCovered: number;
}

export interface MonitoringFigures extends PairCounts {
  byForm: Count[];
  byKind: Count[];
  /** people: mentees of the category in the bank; pairs: of them, how many are in a pair. */
  byCategory: Count[];
  levels: Count[];
  /** Codes of the assessed pairs at each level, in the order of `levels`. */
  levelPairs: string[][];
  /** Codes of the working pairs that are groups (several mentees), and of those whose programme has ended. */
  groupCodes: string[];
  endedCodes: string[];
  /** Pairs terminated early, with the reason the curator wrote. */
  terminatedPairs: { code: string; reason: string }[];
  assessed: number;
  rubricMean?: number;
  dynamics: Dynamics[];
  beforeMean?: number;
  afterMean?: number;
  improved: number;
  satisfactionMean?: number;
  satisfactionResponses: number;
}

/** Mentees whose «Категория» is blank (a bank error «Проверить банк» reports): counted, not a category of their own. */
export const UNSPECIFIED_CATEGORY = 'не указана';

/** Pairs that are or were at work (approved by order); proposals are not yet mentoring. */
export function workingPairs(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => ['утверждена', 'действует', 'завершена', 'прекращена'].includes(p.status));
}

const percent = (r: ScoreRecord): number => (r.max > 0 ? (100 * r.points) / r.max : 0);
const mean = (values: number[]): number | undefined => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const isSatisfaction = (r: ScoreRecord): boolean => /удовлетвор/i.test(r.questionnaire);
const isDiagnostic = (r: ScoreRecord): boolean => !isRubric(r) && !isSatisfaction(r) && /^(входн|итогов)/i.test(r.stage.trim());

function countBy(pairs: readonly Pair[], key: (p: Pair) => string): Count[] {
  const counts = new Map<string, Count>();
  for (const p of pairs) {
    const name = key(p).trim() || 'не указано';
    const c = counts.get(name) ?? { name, pairs: 0, people: 0 };
    c.pairs += 1;
    c.people += p.menteeCodes.length;
    counts.set(name, c);
  }
  return [...counts.values()].sort((a, b) => b.pairs - a.pairs || a.name.localeCompare(b.name));
}

function latest(records: ScoreRecord[]): ScoreRecord | undefined {
  return records.reduce<ScoreRecord | undefined>((best, r) => (!best || !best.date || !r.date || r.date >= best.date ? r : best), undefined);
}

export function monitoringFigures(ctx: DocumentContext): MonitoringFigures {
  const working = workingPairs(ctx.pairs);
  const covered = new Set(working.filter((p) => p.status !== 'прекращена').flatMap((p) => p.menteeCodes));
  const young = ctx.mentees.filter((m) => /молод/i.test(m.category) && (!hasLeft(m.status) || covered.has(m.code)));
  const categories = new Map<string, Count>();
  for (const m of ctx.mentees) {
    if (hasLeft(m.status) && !covered.has(m.code)) continue;
    const name = m.category.trim() || UNSPECIFIED_CATEGORY;
    const c = categories.get(name) ?? { name, pairs: 0, people: 0 };
    c.people += 1;
    if (covered.has(m.code)) c.pairs += 1;
    categories.set(name, c);
  }
  const rubric = latestRubricByPair(ctx.scores);
  const assessed = working.map((p) => rubric.get(p.code)).filter((r): r is ScoreRecord => !!r);
  const atLevel = (label: string) => working.filter((p) => rubric.get(p.code)?.level.trim().toLowerCase() === label).map((p) => p.code);
  const levelPairs = RUBRIC_LEVELS.map(({ label }) => atLevel(label));
  const levels = RUBRIC_LEVELS.map(({ label }, i) => ({ name: label, pairs: levelPairs[i].length, people: 0 }));
  const diagnostics = ctx.scores.filter(isDiagnostic);
  const dynamics: Dynamics[] = [];
  for (const p of working) {
    for (const code of p.menteeCodes) {
      const mine = diagnostics.filter((r) => r.participantCode === code);
      const before = latest(mine.filter((r) => /^входн/i.test(r.stage.trim())));
      const after = latest(mine.filter((r) => /^итогов/i.test(r.stage.trim())));
      if (!before && !after) continue;
      const mentee = ctx.mentees.find((m) => m.code === code);
      dynamics.push({ pairCode: p.code, mentee: mentee?.fullName.trim() ?? code, before: before && percent(before), after: after && percent(after) });
    }
  }
  const compared = dynamics.filter((d) => d.before !== undefined && d.after !== undefined);
  const satisfaction = ctx.scores.filter(isSatisfaction);
  return {
    mentorsInPairs: new Set(working.map((p) => p.mentorCode)).size,
    menteesInPairs: new Set(working.flatMap((p) => p.menteeCodes)).size,
    pairs: working.length,
    groups: working.filter((p) => p.menteeCodes.length > 1).length,
    completed: working.filter((p) => p.status === 'завершена').length,
    terminated: working.filter((p) => p.status === 'прекращена').length,
    youngTotal: young.length,
    youngCovered: young.filter((m) => covered.has(m.code)).length,
    byForm: countBy(working, (p) => p.form),
    byKind: countBy(working, (p) => p.kind),
    byCategory: [...categories.values()].sort((a, b) => b.people - a.people || a.name.localeCompare(b.name)),
    levels,
    levelPairs,
    groupCodes: working.filter((p) => p.menteeCodes.length > 1).map((p) => p.code),
    endedCodes: working.filter((p) => p.status === 'завершена' || p.status === 'прекращена').map((p) => p.code),
    terminatedPairs: working.filter((p) => p.status === 'прекращена').map((p) => ({ code: p.code, reason: (p.endReason ?? '').trim() })),
    assessed: assessed.length,
    rubricMean: mean(assessed.map((r) => r.points)),
    dynamics,
    beforeMean: mean(compared.map((d) => d.before as number)),
    afterMean: mean(compared.map((d) => d.after as number)),
    improved: compared.filter((d) => (d.after as number) > (d.before as number)).length,
    satisfactionMean: mean(satisfaction.map(percent)),
    satisfactionResponses: satisfaction.length,
  };
}
