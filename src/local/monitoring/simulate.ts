/**
 * Simulated responses for the demo: what the sample school's teachers might answer over a year, deterministic (a
 * seeded generator, no Math.random), laid out as Google Forms writes its response sheets. Every pair at work answers
 * the входная and итоговая диагностика and the satisfaction forms, and the curator scores it with the rubric: some pairs
 * reach the optimal level, most the acceptable one, and in a school of five pairs or more one falls short — so the
 * reward order, the report and its charts have something to say. A pair that ended early only took the входная
 * диагностика. A few answers are wrong on purpose, to show how they are kept and explained.
 */
import type { Bank } from '../../domain/bank/bank';
import type { Pair } from '../../domain/bank/model';
import type { Cell } from '../../domain/bank/table';
import type { Item, Questionnaire } from '../../domain/questionnaires/model';
import { isScored } from '../../domain/questionnaires/model';
import type { ResponseTable } from '../../domain/questionnaires/responses';

/** A small linear congruential generator: the same demo every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** Pairs that worked the whole programme: they answer everything. */
const WORKING_PAIRS = ['утверждена', 'действует', 'завершена'];
/** A pair that ended early took the входная диагностика only. */
const ENDED_EARLY = 'прекращена';

export interface SimulationDates {
  entry: Date;
  final: Date;
  satisfaction: Date;
  rubric: Date;
}

/** Dates counted back from `now`, for a simulation that is not told the school's calendar. */
export function datesBefore(now: Date): SimulationDates {
  const back = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 9);
  return { entry: back(240), final: back(10), satisfaction: back(8), rubric: back(5) };
}

export interface Simulation {
  tables: Map<string, ResponseTable>;
  /** Responses written, per questionnaire id. */
  counts: Map<string, number>;
  /** The rubric total each scored pair was given, by pair code. */
  rubric: Map<string, number>;
}

function header(questionnaire: Questionnaire): string[] {
  return ['Отметка времени', ...questionnaire.items.map((item) => item.title)];
}

function answer(item: Item, level: number, random: () => number): Cell {
  if (item.type === 'scale') {
    const { min, max } = item.scale!;
    const wanted = min + (max - min) * Math.min(1, Math.max(0, level + (random() - 0.5) * 0.3));
    const value = Math.round(wanted);
    return item.reverse ? min + max - value : value;
  }
  if (item.choices && isScored(item)) {
    const best = [...item.choices].sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
    const index = Math.min(best.length - 1, Math.floor((1 - level) * best.length + random() * 0.8));
    return best[Math.max(0, index)].label;
  }
  return '';
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The rubric total of each pair: about two in five optimal (15–18), one unacceptable (6–8) when there are five pairs
 * or more, the rest acceptable (10–14). Which pair gets which is shuffled by the seeded generator.
 */
export function rubricTotals(pairCodes: readonly string[], random: () => number): Map<string, number> {
  const order = shuffled(pairCodes, random);
  const optimal = Math.max(1, Math.round(order.length * 0.4));
  const unacceptable = order.length >= 5 ? 1 : 0;
  const totals = new Map<string, number>();
  order.forEach((code, index) => {
    if (index < optimal) totals.set(code, 15 + Math.floor(random() * 4));
    else if (index >= order.length - unacceptable) totals.set(code, 6 + Math.floor(random() * 3));
    else totals.set(code, 10 + Math.floor(random() * 5));
  });
  return totals;
}

/** Points per indicator that add up to `total`: as many 2s as needed, then 1s, then 0s, on shuffled indicators. */
function rubricAnswers(items: readonly Item[], total: number, random: () => number): Record<string, Cell> {
  const scored = items.filter((item) => item.choices && isScored(item));
  const twos = Math.max(0, total - scored.length);
  const ones = total - 2 * twos;
  const answers: Record<string, Cell> = {};
  shuffled(scored, random).forEach((item, index) => {
    const points = index < twos ? 2 : index < twos + ones ? 1 : 0;
    answers[item.title] = item.choices!.find((choice) => choice.points === points)!.label;
  });
  return answers;
}

/** How well a pair did, 0–1, from its rubric total: drives the growth and satisfaction of its people. */
function quality(total: number | undefined, max: number): number {
  return total === undefined ? 0.6 : total / max;
}

export function simulateResponses(catalog: readonly Questionnaire[], bank: Bank, dates: SimulationDates): Simulation {
  const random = generator(20240901);
  const status = (pair: Pair) => pair.status.trim().toLowerCase();
  const working = bank.pairs.filter((pair) => WORKING_PAIRS.includes(status(pair)));
  const endedEarly = bank.pairs.filter((pair) => status(pair) === ENDED_EARLY);
  const members = (pairs: readonly Pair[]) => ({
    mentors: [...new Set(pairs.map((pair) => pair.mentorCode))],
    mentees: [...new Set(pairs.flatMap((pair) => pair.menteeCodes))],
  });
  const atWork = members(working);
  const started = members([...working, ...endedEarly]);
  const byId = (id: string) => catalog.find((questionnaire) => questionnaire.id === id)!;
  const rubricQuestionnaire = byId('efficiency-rubric');
  const rubric = rubricTotals(working.map((pair) => pair.code), random);
  const rubricMax = rubricQuestionnaire.scoring?.max ?? 18;
  const qualityOf = new Map<string, number>();
  for (const pair of working) {
    for (const code of [pair.mentorCode, ...pair.menteeCodes]) qualityOf.set(code, quality(rubric.get(pair.code), rubricMax));
  }

  const tables = new Map<string, ResponseTable>();
  const counts = new Map<string, number>();
  let minute = 0;
  // Respondents answer over a few days from the date the form was sent, each some minutes after the previous one.
  const stamp = (day: Date) => {
    minute += 7;
    return new Date(day.getFullYear(), day.getMonth(), day.getDate() + Math.floor(minute / 300), 9 + Math.floor((minute % 300) / 60), minute % 60, minute % 59);
  };
  const add = (id: string, code: string, level: number, day: Date, extra: Record<string, Cell> = {}) => {
    const questionnaire = byId(id);
    const titles = header(questionnaire);
    const row = titles.map((title, index) => {
      if (index === 0) return stamp(day);
      const item = questionnaire.items[index - 1];
      if (title in extra) return extra[title];
      return item.code ? code : answer(item, level, random);
    });
    const table = tables.get(id) ?? { header: titles, rows: [], source: questionnaire.responseSheet };
    table.rows.push(row);
    tables.set(id, table);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };

  // Before the programme: the same diagnostics for every participant; growth shows at the end, more in better pairs.
  const start = new Map<string, number>();
  minute = 0;
  for (const code of [...started.mentors, ...started.mentees]) {
    const level = started.mentors.includes(code) ? 0.7 + random() * 0.2 : 0.35 + random() * 0.25;
    start.set(code, level);
    add('diagnostics-entry', code, level, dates.entry);
  }
  minute = 0;
  for (const code of [...atWork.mentors, ...atWork.mentees]) {
    const growth = atWork.mentors.includes(code) ? 0.03 + random() * 0.1 : 0.05 + 0.3 * qualityOf.get(code)! + random() * 0.08;
    add('diagnostics-final', code, Math.min(1, start.get(code)! + growth), dates.final);
  }
  minute = 0;
  for (const code of atWork.mentees) add('mentee-satisfaction', code, 0.45 + 0.45 * qualityOf.get(code)! + random() * 0.1, dates.satisfaction);
  for (const code of atWork.mentors) add('mentor-satisfaction', code, 0.55 + 0.35 * qualityOf.get(code)! + random() * 0.1, dates.satisfaction);
  minute = 0;
  for (const pair of working) add('efficiency-rubric', pair.code, 1, dates.rubric, rubricAnswers(rubricQuestionnaire.items, rubric.get(pair.code)!, random));

  // Mistakes a real school makes: a form opened without the personal link, a value outside the scale, a formula.
  if (atWork.mentees.length > 0) {
    const satisfaction = byId('mentee-satisfaction');
    const later = (days: number) => new Date(dates.satisfaction.getFullYear(), dates.satisfaction.getMonth(), dates.satisfaction.getDate() + days, 9);
    add('mentee-satisfaction', 'НП-999', 0.8, later(1), { [satisfaction.items[0].title]: 'НП-999' });
    const comfort = satisfaction.items.find((item) => item.key === 'comfort')!.title;
    const improve = satisfaction.items.find((item) => item.key === 'improve')!.title;
    add('mentee-satisfaction', atWork.mentees[0], 0.9, later(2), { [comfort]: 11, [improve]: '=больше встреч' });
  }
  return { tables, counts, rubric };
}
