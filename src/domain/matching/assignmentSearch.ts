/**
 * The exact assignment's engine (assignment.ts has the method and the objective): successive shortest paths with
 * Johnson potentials, one mentee at a time, over a search graph that is a subset of the candidates. When the
 * potentials show that left-out candidates could improve the answer, those candidates join the graph and only the
 * mentees they concern are searched again (`reoptimize`), not the whole bank.
 *
 * Residual edges and their reduced costs, every one ≥ 0 between searches (an owed place aside, see `reoptimize`):
 * mentee→mentor (not paired to it) cost + πr − πm; mentor→mentee (paired) −cost + πm − πr (0 when found by a search);
 * mentee→sink (not placed) U + πr − πs, and back sink→mentee for one left unplaced; mentor→sink (a free place) πm − πs;
 * sink→mentor (a taken place) πs − πm. So a mentor with a taken and a free place has πm = πs, a full one πm ≤ πs, an
 * empty one πm ≥ πs.
 */
import type { CandidateTable, PairWeights, TableProblem } from './assignment';
import { MentorHeap } from './mentorHeap';

const UNPAIRED = -1;
/** The source of a search that starts at the sink; and the edge by which a mentor was reached from it. */
const SINK = -1;
const FROM_SINK = -1;

export class AssignmentSearch {
  readonly mentorOf: Int32Array;
  readonly piRow: Float64Array;
  readonly piMentor: Float64Array;
  private readonly n: number;
  private readonly m: number;
  private readonly cap: Int32Array;
  private readonly priority: Uint8Array;
  private readonly maxWeight: number;
  private readonly weights: PairWeights;
  private readonly unpairedCost: number;
  /** Moves only when a search starts at the sink (the source's distance is 0, so it moves by −D). */
  private piSink = 0;
  private edgeStart: Int32Array;
  private edgeMentor: Int32Array;
  private edgeScore: Int32Array;
  private readonly assignedCost: Float64Array;
  // Mentees of each mentor as linked lists in typed arrays (a region has too many mentors for an array each).
  // Appended at the tail, so a mentor's mentees are visited in the order they joined.
  private readonly firstOf: Int32Array;
  private readonly lastOf: Int32Array;
  private readonly nextOf: Int32Array;
  private readonly prevOf: Int32Array;
  private readonly load: Int32Array;
  /** Places freed by `reoptimize` at a mentor priced below the sink: a search may end at such a mentor. */
  private readonly owed: Int32Array;
  /** Mentees searched in and not taken out since: the sink's search starts only from these. */
  private readonly inNetwork: Uint8Array;
  // Scratch of one search, kept between searches: a region runs thousands of them.
  private readonly distM: Float64Array;
  private readonly heap: MentorHeap;
  /** The edge by which each mentor was reached; its row and cost are looked up when augmenting. */
  private readonly prevEdge: Int32Array;
  private readonly distR: Float64Array;
  private readonly settled: Uint8Array;
  private readonly settledRows: number[] = [];
  private readonly settledMentors: number[] = [];
  private readonly touched: number[] = [];

  constructor(problem: TableProblem, search: CandidateTable, weights: PairWeights, priority: Uint8Array) {
    const n = search.rowStart.length - 1;
    const m = problem.capacities.length;
    this.n = n;
    this.m = m;
    this.cap = Int32Array.from(problem.capacities);
    this.priority = priority;
    let maxScore = 0;
    for (const score of problem.table.score) if (score > maxScore) maxScore = score;
    this.maxWeight = maxScore * weights.perPoint + weights.place + weights.first;
    this.weights = weights;
    // "unpaired" weighs 0, so its cost is the largest of all
    this.unpairedCost = this.maxWeight;
    this.edgeStart = search.rowStart;
    this.edgeMentor = search.mentor;
    this.edgeScore = search.score;
    this.mentorOf = new Int32Array(n).fill(UNPAIRED);
    this.assignedCost = new Float64Array(n);
    this.firstOf = new Int32Array(m).fill(-1);
    this.lastOf = new Int32Array(m).fill(-1);
    this.nextOf = new Int32Array(n).fill(-1);
    this.prevOf = new Int32Array(n).fill(-1);
    this.load = new Int32Array(m);
    this.owed = new Int32Array(m);
    this.inNetwork = new Uint8Array(n);
    this.piRow = new Float64Array(n);
    this.piMentor = new Float64Array(m);
    this.distM = new Float64Array(m).fill(Infinity);
    this.heap = new MentorHeap(m, this.distM);
    this.prevEdge = new Int32Array(m);
    this.distR = new Float64Array(n);
    this.settled = new Uint8Array(m);
  }

  /** cost = maxWeight − weight ≥ 0. Computed on the fly: no second array of edges. */
  costFor(i: number, score: number): number {
    return this.rowCost(i) - score * this.weights.perPoint;
  }

  /** The cost of mentee i's pairs before the score: costFor(i, score) = rowCost(i) − score · perPoint, hoisted out of loops. */
  rowCost(i: number): number {
    return this.maxWeight - this.weights.place - (this.priority[i] ? this.weights.first : 0);
  }

  /** Every mentee searched in turn, from potentials 0. */
  solve(): void {
    for (let start = 0; start < this.n; start++) this.search(start);
  }

  /**
   * The search graph grew by edges of `rows` whose reduced costs are negative. Those mentees leave the network and are
   * searched again, with a potential that makes their own edges non-negative. A place a leaving mentee frees at a
   * mentor priced below the sink (πm < πs) would have a negative way to the sink; rather than raising that price
   * (which would make other mentees' edges negative in turn), the place is owed: the mentees' searches may end at it,
   * and a place still owed after them is filled by a search from the sink (an unplaced mentee, or a chain of moves
   * from another mentor's place). Then every reduced cost is ≥ 0 again: the answer is optimal for the grown graph.
   */
  reoptimize(search: CandidateTable, rows: readonly number[]): void {
    this.edgeStart = search.rowStart;
    this.edgeMentor = search.mentor;
    this.edgeScore = search.score;
    const leaving = [...rows].sort((a, b) => a - b);
    for (const r of leaving) {
      this.inNetwork[r] = 0;
      const j = this.mentorOf[r];
      if (j === UNPAIRED) continue;
      this.detach(r);
      if (this.piMentor[j] < this.piSink) this.owed[j]++;
    }
    for (const r of leaving) {
      // Out of the network, a mentee's potential is free: this one keeps its edges and its way to the sink ≥ 0.
      let pi = this.piSink - this.unpairedCost;
      for (let e = this.edgeStart[r]; e < this.edgeStart[r + 1]; e++) {
        const p = this.piMentor[this.edgeMentor[e]] - this.costFor(r, this.edgeScore[e]);
        if (p > pi) pi = p;
      }
      this.piRow[r] = pi;
      this.search(r);
    }
    for (let j = 0; j < this.m; j++) while (this.owed[j] > 0) this.search(SINK);
  }

  private attach(r: number, j: number): void {
    this.mentorOf[r] = j;
    this.nextOf[r] = -1;
    this.prevOf[r] = this.lastOf[j];
    if (this.lastOf[j] >= 0) this.nextOf[this.lastOf[j]] = r;
    else this.firstOf[j] = r;
    this.lastOf[j] = r;
    this.load[j]++;
  }

  private detach(r: number): void {
    const j = this.mentorOf[r];
    if (this.prevOf[r] >= 0) this.nextOf[this.prevOf[r]] = this.nextOf[r];
    else this.firstOf[j] = this.nextOf[r];
    if (this.nextOf[r] >= 0) this.prevOf[this.nextOf[r]] = this.prevOf[r];
    else this.lastOf[j] = this.prevOf[r];
    this.load[j]--;
    this.mentorOf[r] = UNPAIRED;
  }

  /** The row of an edge, by binary search over rowStart (only along the augmenting path). */
  private edgeRowOf(e: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.edgeStart[mid] <= e) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Dijkstra over reduced costs from `source` (a mentee, or SINK: a unit the sink holds for an owed place), stopping
   * at the nearest way out: for a mentee, the sink or an owed place; for the sink, an owed place. Settled nodes then
   * move by (min(dist, D) − D), so every reduced cost stays ≥ 0, and the path is augmented.
   */
  private search(source: number): void {
    const { distM, heap, distR, settled, settledRows, settledMentors, touched, piRow, piMentor, piSink, load, cap } = this;
    const { edgeStart, edgeMentor, edgeScore, unpairedCost } = this;
    const { perPoint } = this.weights;
    for (const j of settledMentors) settled[j] = 0;
    for (const j of touched) distM[j] = Infinity;
    touched.length = 0;
    heap.clear();
    settledRows.length = 0;
    settledMentors.length = 0;
    const fromSink = source === SINK;
    let distSink = Infinity;
    let sinkFromMentor = -1;
    let sinkFromRow = -1;

    const relaxRow = (r: number, d: number): void => {
      distR[r] = d;
      settledRows.push(r);
      const base = d + piRow[r];
      const rowBase = base + this.rowCost(r);
      // A settled mentor is never taken up again in the same search: with reduced costs ≥ 0 its distance is final.
      for (let e = edgeStart[r], end = edgeStart[r + 1]; e < end; e++) {
        const j = edgeMentor[e];
        const nd = rowBase - edgeScore[e] * perPoint - piMentor[j];
        if (nd < distM[j] && !settled[j]) {
          if (distM[j] === Infinity) touched.push(j);
          distM[j] = nd;
          this.prevEdge[j] = e;
          heap.push(j);
        }
      }
      if (fromSink) return;
      const nd = base + unpairedCost - piSink;
      if (nd < distSink) {
        distSink = nd;
        sinkFromRow = r;
        sinkFromMentor = -1;
      }
    };

    if (fromSink) {
      // The sink's own edges: back along an unplaced mentee's way to it, or back into a mentor's taken place.
      for (let r = 0; r < this.n; r++) if (this.mentorOf[r] === UNPAIRED && this.inNetwork[r]) relaxRow(r, -unpairedCost + piSink - piRow[r]);
      for (let j = 0; j < this.m; j++) {
        const d = piSink - piMentor[j];
        if (load[j] > 0 && d < distM[j]) {
          if (distM[j] === Infinity) touched.push(j);
          distM[j] = d;
          this.prevEdge[j] = FROM_SINK;
          heap.push(j);
        }
      }
    } else {
      relaxRow(source, 0);
    }
    for (;;) {
      const best = heap.peek();
      // the sink wins ties: a mentor no nearer than the sink is never settled
      if (best < 0 || !(distM[best] < distSink)) break;
      heap.pop();
      const bestD = distM[best];
      settled[best] = 1;
      settledMentors.push(best);
      if (this.owed[best] > 0) {
        // an owed place is a way out at this mentor's own distance, nearer than the sink: the search ends here
        distSink = bestD;
        sinkFromMentor = best;
        sinkFromRow = -1;
        break;
      }
      if (!fromSink && load[best] < cap[best]) {
        const nd = bestD + piMentor[best] - piSink;
        if (nd < distSink) {
          distSink = nd;
          sinkFromMentor = best;
          sinkFromRow = -1;
        }
      }
      // the reverse of an assigned edge: reduced cost 0 by complementary slackness, or more after `reoptimize`
      for (let r = this.firstOf[best]; r >= 0; r = this.nextOf[r]) relaxRow(r, bestD - this.assignedCost[r] + piMentor[best] - piRow[r]);
    }
    if (distSink === Infinity) throw new Error('assignment: no way out of the search');

    for (const j of settledMentors) piMentor[j] += distM[j] - distSink;
    for (const r of settledRows) piRow[r] += Math.min(distR[r], distSink) - distSink;
    if (fromSink) this.piSink -= distSink;

    // Augment along the path back from the way out.
    let gainer: number;
    if (sinkFromMentor >= 0) {
      gainer = sinkFromMentor;
      if (this.owed[gainer] > 0) this.owed[gainer]--;
    } else {
      const r = sinkFromRow;
      if (r === source) {
        this.inNetwork[r] = 1;
        return;
      }
      const old = this.mentorOf[r];
      this.detach(r);
      gainer = old;
    }
    for (;;) {
      const e = this.prevEdge[gainer];
      // reached straight from the sink: this mentor gave up a taken place, and the path is whole
      if (e === FROM_SINK) break;
      const r = this.edgeRowOf(e);
      const old = this.mentorOf[r];
      if (old !== UNPAIRED) this.detach(r);
      this.attach(r, gainer);
      this.assignedCost[r] = this.costFor(r, edgeScore[e]);
      if (old === UNPAIRED) break;
      gainer = old;
    }
    if (!fromSink) this.inNetwork[source] = 1;
  }
}
