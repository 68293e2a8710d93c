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

const UNPAIRED = -1;

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

/**
 * A binary min-heap of mentors keyed by (distance, index), with decrease-key: the search settles the nearest mentor
 * without scanning all of them, and equal distances go to the lower index as the dense scan did.
 */
class MentorHeap {
  private readonly heap: Int32Array;
  private readonly at: Int32Array;
  size = 0;
  constructor(m: number, private readonly dist: Float64Array) {
    this.heap = new Int32Array(m);
    this.at = new Int32Array(m).fill(-1);
  }
  private less(a: number, b: number): boolean {
    const da = this.dist[a];
    const db = this.dist[b];
    return da < db || (da === db && a < b);
  }
  private up(k: number): void {
    const h = this.heap;
    const x = h[k];
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(x, h[parent])) break;
      h[k] = h[parent];
      this.at[h[k]] = k;
      k = parent;
    }
    h[k] = x;
    this.at[x] = k;
  }
  private down(k: number): void {
    const h = this.heap;
    const x = h[k];
    for (;;) {
      let child = 2 * k + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(h[child + 1], h[child])) child++;
      if (!this.less(h[child], x)) break;
      h[k] = h[child];
      this.at[h[k]] = k;
      k = child;
    }
    h[k] = x;
    this.at[x] = k;
  }
  /** Adds the mentor, or moves it up after its distance fell. */
  push(j: number): void {
    if (this.at[j] < 0) {
      this.heap[this.size] = j;
      this.at[j] = this.size++;
    }
    this.up(this.at[j]);
  }
  peek(): number {
    return this.size > 0 ? this.heap[0] : -1;
  }
  pop(): number {
    const top = this.heap[0];
    this.at[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      this.heap[0] = last;
      this.at[last] = 0;
      this.down(0);
    }
    return top;
  }
  clear(): void {
    for (let k = 0; k < this.size; k++) this.at[this.heap[k]] = -1;
    this.size = 0;
  }
}

interface CoreResult {
  mentorOf: Int32Array;
  piRow: Float64Array;
  piMentor: Float64Array;
  /** The cost of an edge of the full table (its row, its index). */
  costOf(i: number, e: number): number;
}

/** Successive shortest paths over `search` (a subset of the full table's edges, or all of them). */
function solveCore(problem: TableProblem, search: CandidateTable): CoreResult {
  const { rowStart: edgeStart, mentor: edgeMentor, score: edgeScore } = search;
  const n = edgeStart.length - 1;
  const m = problem.capacities.length;
  const cap = Int32Array.from(problem.capacities);
  let maxScore = 0;
  const allScores = problem.table.score;
  for (let e = 0; e < allScores.length; e++) if (allScores[e] > maxScore) maxScore = allScores[e];
  let places = 0;
  for (let j = 0; j < m; j++) places += cap[j];
  const pairs = Math.min(n, places);
  const priority = new Uint8Array(n);
  let anyPriority = false;
  if (problem.objective === 'coverage' && problem.priority) {
    for (let i = 0; i < n; i++) if (problem.priority[i]) priority[i] = 1;
    anyPriority = priority.includes(1);
  }
  // Under 'compatibility' the bound stays n, so weights (and the ties they break) are those of issue 3.
  const objective = problem.objective ?? 'compatibility';
  const w = pairWeights(objective, objective === 'compatibility' ? n : pairs, maxScore, anyPriority);
  checkExact(w, pairs, maxScore);
  const maxWeight = maxScore * w.perPoint + w.place + w.first;
  // cost = maxWeight − weight ≥ 0; "unpaired" has weight 0. Computed on the fly: no second array of edges.
  const costFor = (i: number, score: number): number => maxWeight - (score * w.perPoint + w.place + (priority[i] ? w.first : 0));
  const costOf = (i: number, e: number): number => costFor(i, edgeScore[e]);
  const edgeRowOf = (e: number): number => {
    // the row of an edge, by binary search over rowStart (only along the augmenting path)
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edgeStart[mid] <= e) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const unpairedCost = maxWeight;

  const mentorOf = new Int32Array(n).fill(UNPAIRED);
  const assignedCost = new Float64Array(n);
  // Mentees of each mentor as linked lists in typed arrays (a region has too many mentors for an array each).
  // Appended at the tail, so a mentor's mentees are visited in the order they joined.
  const firstOf = new Int32Array(m).fill(-1);
  const lastOf = new Int32Array(m).fill(-1);
  const nextOf = new Int32Array(n).fill(-1);
  const prevOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const attach = (r: number, j: number): void => {
    mentorOf[r] = j;
    nextOf[r] = -1;
    prevOf[r] = lastOf[j];
    if (lastOf[j] >= 0) nextOf[lastOf[j]] = r;
    else firstOf[j] = r;
    lastOf[j] = r;
    load[j]++;
  };
  const detach = (r: number): void => {
    const j = mentorOf[r];
    if (prevOf[r] >= 0) nextOf[prevOf[r]] = nextOf[r];
    else firstOf[j] = nextOf[r];
    if (nextOf[r] >= 0) prevOf[nextOf[r]] = prevOf[r];
    else lastOf[j] = prevOf[r];
    load[j]--;
    mentorOf[r] = UNPAIRED;
  };
  const piRow = new Float64Array(n);
  const piMentor = new Float64Array(m);
  const piSink = 0; // never changes: the sink is never settled before the search stops

  const distM = new Float64Array(m).fill(Infinity);
  const heap = new MentorHeap(m, distM);
  // The edge by which each mentor was reached; its row and cost are looked up when augmenting.
  const prevEdge = new Int32Array(m);
  const distR = new Float64Array(n);
  const settledRows: number[] = [];
  const settledMentors: number[] = [];
  const touched: number[] = [];
  // As in the dense scan, a settled mentor is never taken up again in the same search.
  const settled = new Uint8Array(m);

  for (let start = 0; start < n; start++) {
    for (const j of settledMentors) settled[j] = 0;
    for (const j of touched) distM[j] = Infinity;
    touched.length = 0;
    heap.clear();
    settledRows.length = 0;
    settledMentors.length = 0;
    let distSink = Infinity;
    let sinkFromMentor = -1;
    let sinkFromRow = -1;

    const relaxRow = (r: number, d: number): void => {
      const base = d + piRow[r];
      // No check for settled mentors (or the row's own mentor): with reduced costs ≥ 0 their
      // distance is already ≤ any new one, so the strict comparison leaves them alone.
      for (let e = edgeStart[r], end = edgeStart[r + 1]; e < end; e++) {
        const j = edgeMentor[e];
        const nd = base + costOf(r, e) - piMentor[j];
        if (nd < distM[j] && !settled[j]) {
          if (distM[j] === Infinity) touched.push(j);
          distM[j] = nd;
          prevEdge[j] = e;
          heap.push(j);
        }
      }
      const nd = base + unpairedCost - piSink;
      if (nd < distSink) {
        distSink = nd;
        sinkFromRow = r;
        sinkFromMentor = -1;
      }
    };

    distR[start] = 0;
    settledRows.push(start);
    relaxRow(start, 0);
    for (;;) {
      const best = heap.peek();
      // the sink wins ties: a mentor no nearer than the sink is never settled
      if (best < 0 || !(distM[best] < distSink)) break;
      heap.pop();
      const bestD = distM[best];
      settled[best] = 1;
      settledMentors.push(best);
      if (load[best] < cap[best]) {
        const nd = bestD + piMentor[best] - piSink;
        if (nd < distSink) {
          distSink = nd;
          sinkFromMentor = best;
          sinkFromRow = -1;
        }
      }
      for (let r = firstOf[best]; r >= 0; r = nextOf[r]) {
        // the reverse of an assigned edge; its reduced cost is 0 by complementary slackness
        const d = bestD - assignedCost[r] + piMentor[best] - piRow[r];
        distR[r] = d;
        settledRows.push(r);
        relaxRow(r, d);
      }
    }

    // Potentials: settled nodes move by (dist − distSink), the rest stay; reduced costs stay ≥ 0.
    for (const j of settledMentors) piMentor[j] += distM[j] - distSink;
    for (const r of settledRows) piRow[r] += distR[r] - distSink;

    // Augment along the path back from the sink.
    let gainer: number;
    if (sinkFromMentor >= 0) {
      gainer = sinkFromMentor;
    } else {
      const r = sinkFromRow;
      if (r === start) continue;
      const old = mentorOf[r];
      detach(r);
      gainer = old;
    }
    for (;;) {
      const e = prevEdge[gainer];
      const r = edgeRowOf(e);
      const old = r === start ? UNPAIRED : mentorOf[r];
      if (old !== UNPAIRED) detach(r);
      attach(r, gainer);
      assignedCost[r] = costOf(r, e);
      if (old === UNPAIRED) break;
      gainer = old;
    }
  }
  return { mentorOf, piRow, piMentor, costOf: (i, e) => costFor(i, problem.table.score[e]) };
}

/** Each mentee's `k` best candidates (by score, then mentor order): the first search graph. */
function topCandidates(table: CandidateTable, rowK: Int32Array, extra: readonly number[][]): CandidateTable {
  const n = table.rowStart.length - 1;
  const rowStart = new Int32Array(n + 1);
  const picked: number[] = [];
  const counts = new Int32Array(101);
  for (let i = 0; i < n; i++) {
    const from = table.rowStart[i];
    const to = table.rowStart[i + 1];
    const k = rowK[i];
    if (to - from <= k && extra[i].length === 0) {
      for (let e = from; e < to; e++) picked.push(e);
    } else {
      // the k-th best score by counting (scores are 0–100), then every edge above it and the first ones at it
      counts.fill(0);
      for (let e = from; e < to; e++) counts[Math.min(100, table.score[e])]++;
      let cut = 100;
      for (let seen = 0; cut > 0 && seen + counts[cut] < k; cut--) seen += counts[cut];
      let atCut = k;
      for (let e = from; e < to; e++) if (table.score[e] > cut) atCut--;
      const chosen = new Set(extra[i]);
      for (let e = from; e < to; e++) {
        if (table.score[e] > cut || (table.score[e] === cut && atCut-- > 0)) chosen.add(e);
      }
      for (const e of [...chosen].sort((a, b) => a - b)) picked.push(e);
    }
    rowStart[i + 1] = picked.length;
  }
  const edges = Int32Array.from(picked);
  return { rowStart, mentor: edges.map((e) => table.mentor[e]), score: edges.map((e) => table.score[e]) };
}

/** Candidates kept per mentee in the first search; enough that a school's rows are whole (and nothing changes there). */
export const SPARSE_CANDIDATES = 32;

/**
 * The exact assignment over a table. A region gives each mentee a thousand candidates, and when places run short
 * every search would cross them all; so the search first runs over each mentee's SPARSE_CANDIDATES best, then the
 * potentials certify the answer against every candidate left out: an edge whose reduced cost is negative could
 * improve it, so such edges join and the search runs again. When none is negative, the potentials are a feasible
 * dual for the whole table and the answer is optimal for it.
 */
export function assignTable(problem: TableProblem, options: { sparse?: number } = {}): AssignmentSolution {
  const full = problem.table;
  const n = full.rowStart.length - 1;
  // A row found wanting searches four times as many candidates next time: few rounds, each from scratch.
  const rowK = new Int32Array(n).fill(Math.min(options.sparse ?? SPARSE_CANDIDATES, 2 ** 30));
  const extra: number[][] = Array.from({ length: n }, () => []);
  let result: CoreResult;
  for (;;) {
    const search = topCandidates(full, rowK, extra);
    result = solveCore(problem, search);
    if (search.mentor.length === full.mentor.length) break;
    let added = 0;
    for (let i = 0; i < n; i++) {
      const before = added;
      for (let e = full.rowStart[i]; e < full.rowStart[i + 1]; e++) {
        const j = full.mentor[e];
        if (j === result.mentorOf[i]) continue;
        if (result.costOf(i, e) + result.piRow[i] - result.piMentor[j] < 0 && !extra[i].includes(e)) {
          extra[i].push(e);
          added++;
        }
      }
      if (added > before) rowK[i] = Math.min(rowK[i] * 4, 2 ** 30);
    }
    if (added === 0) break;
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
