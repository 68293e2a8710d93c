/**
 * Simulated responses for the demo: what the sample school's teachers might answer, deterministic (a seeded generator),
 * laid out as Google Forms writes its response sheets. A few answers are wrong on purpose, to show how they are kept
 * and explained.
 */
import type { Bank } from '../../domain/bank/bank';
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

const ACTIVE_PAIRS = ['утверждена', 'действует', 'завершена'];

export interface Simulation {
  tables: Map<string, ResponseTable>;
  /** Responses written, per questionnaire id. */
  counts: Map<string, number>;
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

export function simulateResponses(catalog: readonly Questionnaire[], bank: Bank, now: Date): Simulation {
  const random = generator(20240901);
  const pairs = bank.pairs.filter((pair) => ACTIVE_PAIRS.includes(pair.status.trim().toLowerCase()));
  const mentees = pairs.flatMap((pair) => pair.menteeCodes);
  const mentors = [...new Set(pairs.map((pair) => pair.mentorCode))];
  const byId = (id: string) => catalog.find((questionnaire) => questionnaire.id === id)!;
  const tables = new Map<string, ResponseTable>();
  const counts = new Map<string, number>();
  let minute = 0;
  const stamp = (daysBefore: number) => {
    minute += 7;
    return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysBefore, 9, minute % 60, minute % 59);
  };
  const add = (id: string, code: string, level: number, daysBefore: number, extra: Record<string, Cell> = {}) => {
    const questionnaire = byId(id);
    const titles = header(questionnaire);
    const row = titles.map((title, index) => {
      if (index === 0) return stamp(daysBefore);
      const item = questionnaire.items[index - 1];
      if (title in extra) return extra[title];
      return item.code ? code : answer(item, level, random);
    });
    const table = tables.get(id) ?? { header: titles, rows: [], source: questionnaire.responseSheet };
    table.rows.push(row);
    tables.set(id, table);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };

  // Before the programme: the same diagnostics for every participant; growth shows at the end.
  const start = new Map<string, number>();
  for (const code of [...mentors, ...mentees]) {
    const level = mentors.includes(code) ? 0.7 + random() * 0.2 : 0.35 + random() * 0.25;
    start.set(code, level);
    add('diagnostics-entry', code, level, 240);
  }
  for (const code of [...mentors, ...mentees]) add('diagnostics-final', code, Math.min(1, start.get(code)! + 0.1 + random() * 0.25), 10);
  for (const code of mentees) add('mentee-satisfaction', code, 0.6 + random() * 0.4, 8);
  for (const code of mentors) add('mentor-satisfaction', code, 0.65 + random() * 0.35, 8);
  for (const pair of pairs) add('efficiency-rubric', pair.code, 0.45 + random() * 0.55, 5);

  // Mistakes a real school makes: a form opened without the personal link, a value outside the scale, a formula.
  if (mentees.length > 0) {
    const satisfaction = byId('mentee-satisfaction');
    add('mentee-satisfaction', 'НП-999', 0.8, 3, { [satisfaction.items[0].title]: 'НП-999' });
    const comfort = satisfaction.items.find((item) => item.key === 'comfort')!.title;
    const improve = satisfaction.items.find((item) => item.key === 'improve')!.title;
    add('mentee-satisfaction', mentees[0], 0.9, 2, { [comfort]: 11, [improve]: '=больше встреч' });
  }
  return { tables, counts };
}
