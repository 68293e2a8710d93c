/**
 * Optimal assignment of mentees to mentors with capacities.
 *
 * Objectives (issue 12, objective.ts), each exact and lexicographic:
 * - 'coverage': the most priority mentees placed, then the most mentees placed, then the highest
 *   total compatibility. Placing priority mentees first never costs a placement: the sets of
 *   mentees that can be placed together form a (transversal) matroid, and a matroid's heaviest
 *   independent set under positive weights is a largest one.
 * - 'compatibility' (the rule of issue 3): the highest total, then the most mentees placed
 *   (A–X 100 alone beats A–Y 40 + B–X 50 = 90).
 * Both are one integer weight per pair (`pairWeights`, the only place the objective lives): a
 * bonus per placed mentee larger than any possible total of scores, and a bonus per priority
 * mentee larger than any possible total of the rest. Totals stay below 2^53, so sums are exact.
 *
 * Method: the Hungarian algorithm in its shortest-augmenting-path form (successive shortest paths
 * with Johnson potentials), adding mentees one at a time. A mentor is one node with a capacity
 * instead of capacity copies, and "unpaired" is an edge of every mentee to the sink (weight 0), so
 * a later mentee may push an earlier one out only when that raises the objective. Each step is a
 * Dijkstra over mentors that stops as soon as the sink is settled.
 * All costs are integers, so the result is exact. Ties: mentees are taken in the given order and
 * mentors scanned in the given order with strict comparisons, so the same input gives the same
 * output; callers sort by code so that the order of rows in the sheet does not matter.
 */

import { AssignmentSearch } from './assignmentSearch';

export type AssignmentObjective = 'coverage' | 'compatibility';

export interface Candidate {
  /** Index of the mentor in `capacities`. */
  mentor: number;
  /** Compatibility, a non-negative integer. */
  score: number;
}

export interface AssignmentProblem {
  /** Free places of each mentor (capacity minus current active mentees); 0 is allowed. */
  capacities: readonly number[];
  /** For each mentee, the mentors it may be given (hard rules and the minimum score already applied). */
  candidates: readonly (readonly Candidate[])[];
  /** What to maximise; 'compatibility' when absent (the solver's rule before issue 12). */
  objective?: AssignmentObjective;
  /** Per mentee: placed first when places run short (under 'coverage' only). */
  priority?: ArrayLike<boolean | number>;
}

export interface AssignmentSolution {
  /** For each mentee, the mentor index, or -1 when unpaired. */
  mentorOf: Int32Array;
  paired: number;
  totalScore: number;
  /** Placed mentees with priority (0 without priorities). */
  pairedPriority: number;
}

function validate(problem: AssignmentProblem): void {
  for (const c of problem.capacities) {
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`capacity must be a non-negative integer, got ${c}`);
  }
  const m = problem.capacities.length;
  for (const list of problem.candidates) {
    for (const c of list) {
      if (!Number.isInteger(c.score) || c.score < 0) throw new RangeError(`score must be a non-negative integer, got ${c.score}`);
      if (!Number.isInteger(c.mentor) || c.mentor < 0 || c.mentor >= m) throw new RangeError(`mentor index out of range: ${c.mentor}`);
    }
  }
}

export function summarize(problem: AssignmentProblem, mentorOf: Int32Array): AssignmentSolution {
  let paired = 0;
  let totalScore = 0;
  let pairedPriority = 0;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    paired++;
    if (problem.priority?.[i]) pairedPriority++;
    totalScore += problem.candidates[i].find((c) => c.mentor === j)?.score ?? NaN;
  });
  return { mentorOf, paired, totalScore, pairedPriority };
}

/** Weights of a pair: `place` for any placed mentee, `first` more for a priority one, plus `perPoint` × score. */
export interface PairWeights {
  perPoint: number;
  place: number;
  first: number;
}

/**
 * The objective as integer weights (see the header). `pairs` bounds how many mentees can be placed
 * at once, `maxScore` the score of a pair. The weight of a pair is
 * score · perPoint + place + (priority ? first : 0), and "unpaired" weighs 0.
 */
export function pairWeights(objective: AssignmentObjective, pairs: number, maxScore: number, anyPriority: boolean): PairWeights {
  if (objective === 'compatibility') {
    // one point of total outweighs any number of extra pairs (≤ pairs); among equal totals each pair adds one
    return { perPoint: pairs + 1, place: 1, first: 0 };
  }
  const place = pairs * maxScore + 1; // more than any total of scores
  const first = anyPriority ? pairs * (place + maxScore) + 1 : 0; // more than any total of the rest
  return { perPoint: 1, place, first };
}

/** Paths of the search add at most 2·pairs + 1 edge costs; they must stay exact in a double. */
function checkExact(w: PairWeights, pairs: number, maxScore: number): void {
  const maxWeight = maxScore * w.perPoint + w.place + w.first;
  if ((2 * pairs + 2) * maxWeight >= Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`too many mentees for exact integer weights: ${pairs} places, weight up to ${maxWeight}`);
  }
}

/**
 * Candidates in compressed rows (issue 12: a region has millions of candidate pairs, and an object per pair costs
 * more memory than the pairs are worth): row i's mentors are mentor[rowStart[i] .. rowStart[i + 1]), ascending and
 * each once, with their scores alongside.
 */
export interface CandidateTable {
  rowStart: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
}

/** The same problem as AssignmentProblem, candidates as a table. */
export interface TableProblem {
  capacities: ArrayLike<number>;
  table: CandidateTable;
  objective?: AssignmentObjective;
  priority?: ArrayLike<boolean | number>;
}

/** Object candidates as a table; duplicate mentors of a mentee keep the best score. */
export function candidateTable(candidates: readonly (readonly Candidate[])[]): CandidateTable {
  const rowStart = new Int32Array(candidates.length + 1);
  const rows = candidates.map((list) => {
    const best = new Map<number, number>();
    for (const c of list) if (!best.has(c.mentor) || best.get(c.mentor)! < c.score) best.set(c.mentor, c.score);
    return [...best.entries()].sort((a, b) => a[0] - b[0]);
  });
  rows.forEach((row, i) => (rowStart[i + 1] = rowStart[i] + row.length));
  const mentor = new Int32Array(rowStart[candidates.length]);
  const score = new Int32Array(rowStart[candidates.length]);
  rows.forEach((row, i) => row.forEach(([j, sc], k) => {
    mentor[rowStart[i] + k] = j;
    score[rowStart[i] + k] = sc;
  }));
  return { rowStart, mentor, score };
}

/** The table's rows as objects (small problems: tests, the demo, the greedy baseline). */
export function candidateLists(table: CandidateTable): Candidate[][] {
  return Array.from({ length: table.rowStart.length - 1 }, (_, i) => {
    const list: Candidate[] = [];
    for (let e = table.rowStart[i]; e < table.rowStart[i + 1]; e++) list.push({ mentor: table.mentor[e], score: table.score[e] });
    return list;
  });
}

export function assignOptimal(problem: AssignmentProblem): AssignmentSolution {
  validate(problem);
  return assignTable({ ...problem, table: candidateTable(problem.candidates) });
}

/** Marks each mentee's `k` best candidates (by score; among equals, from a place that moves with the row): the first search graph. */
function markTopCandidates(table: CandidateTable, k: number, inSearch: Uint8Array): void {
  const n = table.rowStart.length - 1;
  const counts = new Int32Array(101);
  for (let i = 0; i < n; i++) {
    const from = table.rowStart[i];
    const to = table.rowStart[i + 1];
    if (to - from <= k) {
      inSearch.fill(1, from, to);
      continue;
    }
    // the k-th best score by counting (scores are 0–100), then every edge above it and the first ones at it
    counts.fill(0);
    for (let e = from; e < to; e++) counts[Math.min(100, table.score[e])]++;
    let cut = 100;
    for (let seen = 0; cut > 0 && seen + counts[cut] < k; cut--) seen += counts[cut];
    let atCut = k;
    for (let e = from; e < to; e++) {
      if (table.score[e] <= cut) continue;
      inSearch[e] = 1;
      atCut--;
    }
    // Equal candidates at the cut are taken from a place that moves with the row: a region has hundreds of mentors
    // alike, and mentees who all searched the same first few of them would crowd them while the rest stood empty.
    const degree = to - from;
    const offset = (i * k) % degree;
    for (let step = 0; step < degree && atCut > 0; step++) {
      const e = from + ((offset + step) % degree);
      if (table.score[e] !== cut) continue;
      inSearch[e] = 1;
      atCut--;
    }
  }
}

/** The marked edges of the table, as a table of their own (rows in the same order, mentors ascending). */
function markedTable(table: CandidateTable, inSearch: Uint8Array, count: number): CandidateTable {
  const n = table.rowStart.length - 1;
  const rowStart = new Int32Array(n + 1);
  const mentor = new Int32Array(count);
  const score = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let e = table.rowStart[i]; e < table.rowStart[i + 1]; e++) {
      if (!inSearch[e]) continue;
      mentor[at] = table.mentor[e];
      score[at++] = table.score[e];
    }
    rowStart[i + 1] = at;
  }
  return { rowStart, mentor, score };
}

function countMarked(inSearch: Uint8Array): number {
  let count = 0;
  for (let e = 0; e < inSearch.length; e++) count += inSearch[e];
  return count;
}

/** The pair weights of the problem's objective (see the header), checked to stay exact, and the priority per mentee. */
function objectiveWeights(problem: TableProblem): { weights: PairWeights; priority: Uint8Array } {
  const n = problem.table.rowStart.length - 1;
  let maxScore = 0;
  for (const score of problem.table.score) if (score > maxScore) maxScore = score;
  let places = 0;
  for (let j = 0; j < problem.capacities.length; j++) places += problem.capacities[j];
  const pairs = Math.min(n, places);
  const priority = new Uint8Array(n);
  let anyPriority = false;
  if (problem.objective === 'coverage' && problem.priority) {
    for (let i = 0; i < n; i++) if (problem.priority[i]) priority[i] = 1;
    anyPriority = priority.includes(1);
  }
  // Under 'compatibility' the bound stays n, so weights (and the ties they break) are those of issue 3.
  const objective = problem.objective ?? 'compatibility';
  const weights = pairWeights(objective, objective === 'compatibility' ? n : pairs, maxScore, anyPriority);
  checkExact(weights, pairs, maxScore);
  return { weights, priority };
}

/** Candidates kept per mentee in the first search: a small school's rows are whole; longer ones are certified (exact either way). */
export const SPARSE_CANDIDATES = 16;
/** Left-out candidates a mentee gains per round of certification, the most negative reduced costs first. */
const ADDED_PER_ROUND = 8;

/**
 * The exact assignment over a table. A region gives each mentee a thousand candidates, and when places run short
 * every search would cross them all; so the search first runs over each mentee's SPARSE_CANDIDATES best, then the
 * potentials certify the answer against every candidate left out: an edge whose reduced cost is negative could
 * improve it, so such edges join and the mentees they concern are searched again (AssignmentSearch.reoptimize).
 * When none is negative, the potentials are a feasible dual for the whole table and the answer is optimal for it.
 */
export function assignTable(problem: TableProblem, options: { sparse?: number } = {}): AssignmentSolution {
  const full = problem.table;
  const n = full.rowStart.length - 1;
  const { weights, priority } = objectiveWeights(problem);
  const inSearch = new Uint8Array(full.mentor.length);
  markTopCandidates(full, Math.min(options.sparse ?? SPARSE_CANDIDATES, 2 ** 30), inSearch);
  let searched = countMarked(inSearch);
  const result = new AssignmentSearch(problem, markedTable(full, inSearch, searched), weights, priority);
  result.solve();
  const wanting: { e: number; reduced: number }[] = [];
  while (searched < full.mentor.length) {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      wanting.length = 0;
      const rowBase = result.rowCost(i) + result.piRow[i];
      for (let e = full.rowStart[i]; e < full.rowStart[i + 1]; e++) {
        if (inSearch[e]) continue;
        const reduced = rowBase - full.score[e] * weights.perPoint - result.piMentor[full.mentor[e]];
        if (reduced < 0) wanting.push({ e, reduced });
      }
      if (wanting.length === 0) continue;
      // The most negative first, a few a round: a region's mentee may have a thousand such edges, and most of them
      // stop mattering once the first few are in.
      if (wanting.length > ADDED_PER_ROUND) wanting.sort((a, b) => a.reduced - b.reduced || a.e - b.e).length = ADDED_PER_ROUND;
      for (const { e } of wanting) inSearch[e] = 1;
      searched += wanting.length;
      rows.push(i);
    }
    if (rows.length === 0) break;
    result.reoptimize(markedTable(full, inSearch, searched), rows);
  }
  const { mentorOf } = result;
  const edgeStart = full.rowStart;
  const edgeMentor = full.mentor;
  const edgeScore = full.score;
  let paired = 0;
  let totalScore = 0;
  let pairedPriority = 0;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i];
    if (j < 0) continue;
    paired++;
    if (problem.priority?.[i]) pairedPriority++;
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      if (edgeMentor[e] === j) {
        totalScore += edgeScore[e];
        break;
      }
    }
  }
  return { mentorOf, paired, totalScore, pairedPriority };
}
