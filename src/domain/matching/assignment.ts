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

export function assignOptimal(problem: AssignmentProblem): AssignmentSolution {
  validate(problem);
  const n = problem.candidates.length;
  const m = problem.capacities.length;
  const cap = Int32Array.from(problem.capacities);

  // Edges in compressed rows; duplicate mentors of a mentee keep the best score.
  let maxScore = 0;
  const edgeStart = new Int32Array(n + 1);
  let edgeCount = 0;
  const cleaned: Candidate[][] = problem.candidates.map((list) => {
    const best = new Map<number, number>();
    for (const c of list) if (!best.has(c.mentor) || best.get(c.mentor)! < c.score) best.set(c.mentor, c.score);
    const out = [...best.entries()].map(([mentor, score]) => ({ mentor, score }));
    out.sort((a, b) => a.mentor - b.mentor);
    for (const c of out) maxScore = Math.max(maxScore, c.score);
    return out;
  });
  cleaned.forEach((list, i) => {
    edgeStart[i] = edgeCount;
    edgeCount += list.length;
  });
  edgeStart[n] = edgeCount;
  let places = 0;
  for (const c of problem.capacities) places += c;
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
  const edgeMentor = new Int32Array(edgeCount);
  const edgeCost = new Float64Array(edgeCount);
  const edgeRow = new Int32Array(edgeCount);
  cleaned.forEach((list, i) => {
    list.forEach((c, k) => {
      edgeMentor[edgeStart[i] + k] = c.mentor;
      edgeRow[edgeStart[i] + k] = i;
      // cost = maxWeight − weight ≥ 0; "unpaired" has weight 0
      edgeCost[edgeStart[i] + k] = maxWeight - (c.score * w.perPoint + w.place + (priority[i] ? w.first : 0));
    });
  });
  const unpairedCost = maxWeight;

  const mentorOf = new Int32Array(n).fill(UNPAIRED);
  const assignedCost = new Float64Array(n);
  const rowsOf: number[][] = Array.from({ length: m }, () => []);
  const piRow = new Float64Array(n);
  const piMentor = new Float64Array(m);
  const piSink = 0; // never changes: the sink is never settled before the search stops

  const distM = new Float64Array(m);
  const open = new Int32Array(m);
  // The edge by which each mentor was reached; its row and cost are looked up when augmenting.
  const prevEdge = new Int32Array(m);
  const distR = new Float64Array(n);
  const settledRows: number[] = [];
  const settledMentors: number[] = [];

  for (let start = 0; start < n; start++) {
    distM.fill(Infinity);
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
        const nd = base + edgeCost[e] - piMentor[j];
        if (nd < distM[j]) {
          distM[j] = nd;
          prevEdge[j] = e;
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
    // Unsettled mentors, compacted as they settle so each scan gets shorter.
    for (let j = 0; j < m; j++) open[j] = j;
    let openCount = m;
    for (;;) {
      let best = -1;
      let bestAt = -1;
      let bestD = distSink;
      for (let k = 0; k < openCount; k++) {
        const j = open[k];
        const dj = distM[j];
        // ties go to the lower mentor index, whatever the order of `open`
        if (dj < bestD || (dj === bestD && best >= 0 && j < best)) {
          bestD = dj;
          best = j;
          bestAt = k;
        }
      }
      if (best < 0) break;
      open[bestAt] = open[--openCount];
      settledMentors.push(best);
      if (rowsOf[best].length < cap[best]) {
        const nd = bestD + piMentor[best] - piSink;
        if (nd < distSink) {
          distSink = nd;
          sinkFromMentor = best;
          sinkFromRow = -1;
        }
      }
      for (const r of rowsOf[best]) {
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
      const old = r === start ? UNPAIRED : mentorOf[r];
      mentorOf[r] = UNPAIRED;
      if (old === UNPAIRED) continue;
      rowsOf[old].splice(rowsOf[old].indexOf(r), 1);
      gainer = old;
    }
    for (;;) {
      const e = prevEdge[gainer];
      const r = edgeRow[e];
      const old = r === start ? UNPAIRED : mentorOf[r];
      mentorOf[r] = gainer;
      assignedCost[r] = edgeCost[e];
      rowsOf[gainer].push(r);
      if (old === UNPAIRED) break;
      rowsOf[old].splice(rowsOf[old].indexOf(r), 1);
      gainer = old;
    }
  }
  return summarize({ ...problem, candidates: cleaned }, mentorOf);
}
