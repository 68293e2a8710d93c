/**
 * «Показатели» of each school and of the district: coverage of young specialists against the municipal target,
 * pairs at each efficiency level, satisfaction, programmes completed, orders (seed 004, items 3–4).
 */
import type { ConsolidatedSchool } from './consolidate';
import type { SchoolPackage } from './format';

/** The target coverage of young specialists, % — editable in «Параметры» of the municipal workbook. */
export const DEFAULT_COVERAGE_TARGET = 70;

export const EFFICIENCY_LEVELS = ['оптимальный', 'допустимый', 'недопустимый'] as const;

export interface Indicators {
  school: string;
  mentors: number;
  freePlaces: number;
  pairs: number;
  menteesInPairs: number;
  youngTotal: number;
  youngCovered: number;
  /** Coverage, %; undefined when there are no young specialists. */
  coverage?: number;
  targetMet?: boolean;
  /** Pairs at each of EFFICIENCY_LEVELS. */
  levels: number[];
  assessed: number;
  /** 0–10. */
  satisfaction?: number;
  satisfactionResponses: number;
  completed: number;
  terminated: number;
  orders: number;
  signedOrders: number;
  unplaced: number;
}

function levelCount(pkg: SchoolPackage, level: string): number {
  return pkg.figures.levels.find((l) => l.name.trim().toLowerCase() === level)?.pairs ?? 0;
}

function withCoverage(i: Omit<Indicators, 'coverage' | 'targetMet'>, target: number): Indicators {
  const coverage = i.youngTotal > 0 ? (100 * i.youngCovered) / i.youngTotal : undefined;
  return { ...i, coverage, targetMet: coverage === undefined ? undefined : coverage >= target };
}

export function schoolIndicators(school: ConsolidatedSchool, target = DEFAULT_COVERAGE_TARGET): Indicators {
  const p = school.package;
  const f = p.figures;
  return withCoverage({
    school: school.name,
    mentors: p.mentors.length,
    freePlaces: p.mentors.reduce((s, m) => s + m.freePlaces, 0),
    pairs: f.pairs,
    menteesInPairs: f.menteesInPairs,
    youngTotal: f.youngTotal,
    youngCovered: f.youngCovered,
    levels: EFFICIENCY_LEVELS.map((l) => levelCount(p, l)),
    assessed: f.assessed,
    satisfaction: f.satisfactionMean === undefined ? undefined : f.satisfactionMean / 10,
    satisfactionResponses: f.satisfactionResponses,
    completed: f.completed,
    terminated: f.terminated,
    orders: p.orders.length,
    signedOrders: p.orders.filter((o) => /^подписан/i.test(o.status)).length,
    unplaced: p.unplaced.length,
  }, target);
}

/** The district's row: sums, coverage over all young specialists, satisfaction weighted by the number of answers. */
export function totalIndicators(rows: readonly Indicators[], target = DEFAULT_COVERAGE_TARGET): Indicators {
  const sum = (key: keyof Indicators) => rows.reduce((s, r) => s + (r[key] as number), 0);
  const answered = rows.filter((r) => r.satisfaction !== undefined);
  const responses = answered.reduce((s, r) => s + r.satisfactionResponses, 0);
  return withCoverage({
    school: 'Итого',
    mentors: sum('mentors'),
    freePlaces: sum('freePlaces'),
    pairs: sum('pairs'),
    menteesInPairs: sum('menteesInPairs'),
    youngTotal: sum('youngTotal'),
    youngCovered: sum('youngCovered'),
    levels: EFFICIENCY_LEVELS.map((_, i) => rows.reduce((s, r) => s + r.levels[i], 0)),
    assessed: sum('assessed'),
    satisfaction: responses > 0 ? answered.reduce((s, r) => s + (r.satisfaction as number) * r.satisfactionResponses, 0) / responses : undefined,
    satisfactionResponses: sum('satisfactionResponses'),
    completed: sum('completed'),
    terminated: sum('terminated'),
    orders: sum('orders'),
    signedOrders: sum('signedOrders'),
    unplaced: sum('unplaced'),
  }, target);
}
