/**
 * «Подобрать всех»: the optimal proposal for every mentee who has no pair yet, keeping the pairs
 * the curator pinned. Nothing here writes anything; the curator reviews the proposal first.
 */
import { assignTable, candidateLists, type AssignmentProblem, type TableProblem } from './assignment';
import { explainPair } from './compatibility';
import { rowScorer } from './fastScore';
import {
  codeKey,
  findMentee,
  findMentor,
  prepareMatching,
  type DraftPair,
  type MatchingBank,
  type MatchingContext,
  type MenteeProfile,
  type MentorProfile,
} from './context';
import { checkManualPair, freePlaces, menteeViolations, mentorViolations, neverTogetherIndex } from './hardRules';
import { pairRows, type PairRow, rowReason } from './pairShape';
import { DEFAULT_OBJECTIVE, hasPriority } from './objective';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './weights';
import { surnameWithInitials as shortName } from '../language/initials';

export interface ProposedMember {
  menteeCode: string;
  menteeName: string;
  score: number;
  reasons: string[];
  /** Pinned by the curator (kept as is) rather than chosen by the assignment. */
  pinned: boolean;
}

export interface ProposedPair {
  mentorCode: string;
  mentorName: string;
  mentees: ProposedMember[];
  /** The mean compatibility of the members, rounded. */
  score: number;
  form: string;
  kind: string;
  /** The members' reasons; in a group each is prefixed with the mentee's short name. */
  reasons: string[];
}

export interface UnpairedMentee {
  menteeCode: string;
  menteeName: string;
  reason: string;
}

export interface ExcludedMentor {
  mentorCode: string;
  mentorName: string;
  reason: string;
}

export interface RefusedPin extends DraftPair {
  message: string;
}

export interface Proposal {
  pairs: ProposedPair[];
  unpaired: UnpairedMentee[];
  /** Sum of the members' scores: the quantity the assignment maximises. */
  totalScore: number;
  /** Mentors who cannot take anyone now, and why. */
  excludedMentors: ExcludedMentor[];
  /** Pins that break a hard rule and were not kept. */
  refusedPins: RefusedPin[];
}

function byCode<T>(code: (x: T) => string, row: (x: T) => number): (a: T, b: T) => number {
  return (a, b) => {
    const ca = codeKey(code(a));
    const cb = codeKey(code(b));
    return ca < cb ? -1 : ca > cb ? 1 : row(a) - row(b);
  };
}

const mentorOrder = byCode<MentorProfile>((m) => m.mentor.code, (m) => m.mentor.ref.row);
const menteeOrder = byCode<MenteeProfile>((m) => m.mentee.code, (m) => m.mentee.ref.row);

/** Keeps the pins that pass the hard rules, in the curator's order; they then occupy places. */
function applyPins(ctx: MatchingContext, pins: readonly DraftPair[]): { kept: DraftPair[]; refused: RefusedPin[] } {
  const kept: DraftPair[] = [];
  const refused: RefusedPin[] = [];
  for (const pin of pins) {
    const check = checkManualPair(ctx, pin.mentorCode, [pin.menteeCode]);
    if (!check.ok) {
      refused.push({ ...pin, message: check.message });
      continue;
    }
    findMentor(ctx, pin.mentorCode)!.load++;
    findMentee(ctx, pin.menteeCode)!.draftMentorCode = pin.mentorCode;
    kept.push(pin);
  }
  return { kept, refused };
}

export interface MenteeOutlook {
  best?: { mentor: MentorProfile; score: number };
  acceptable: number;
}

function unpairedReason(ctx: MatchingContext, mentee: MenteeProfile, outlook: MenteeOutlook, availableMentors: number): string {
  const min = ctx.weights.minScore;
  if (ctx.mentors.length === 0) return 'в банке нет наставников: лист «Наставники» пуст';
  if (availableMentors === 0) {
    const allFull = ctx.mentors.every((m) => mentorViolations(m).every((v) => v.rule === 'mentorFull'));
    return allFull
      ? 'все наставники заняты: свободных мест нет'
      : 'нет доступных наставников: у всех нет свободных мест, согласия или статуса участника';
  }
  if (!outlook.best) {
    return mentee.forbiddenMentors
      ? 'нет доступных наставников: остальные запрещены для него на листе «Запрещённые пары»'
      : 'нет доступных наставников, кроме самого наставляемого';
  }
  if (outlook.best.score < min) {
    return `ни один наставник не набрал минимальную совместимость ${min}: лучший — ${shortName(outlook.best.mentor.mentor.fullName)} (${outlook.best.score})`;
  }
  return mentorsTakenReason(outlook.acceptable, shortName(outlook.best.mentor.mentor.fullName), outlook.best.score);
}

/**
 * Why a mentee with acceptable mentors is left out: the optimum gave all their places to others (a
 * free place would have raised the total). The count stands after a colon, so no word has to agree with it.
 */
export function mentorsTakenReason(count: number, best: string, score: number): string {
  if (count === 1) return `единственный подходящий наставник ${best} (${score}) занят: его места получили другие наставляемые`;
  return `все подходящие наставники заняты (подходящих: ${count}, лучший — ${best}, ${score}): мест меньше, чем наставляемых, которым они подходят`;
}

function member(ctx: MatchingContext, mentor: MentorProfile, mentee: MenteeProfile, pinned: boolean): ProposedMember {
  const c = explainPair(ctx, mentor, mentee);
  return { menteeCode: mentee.mentee.code, menteeName: mentee.mentee.fullName, score: c.score, reasons: c.reasons, pinned };
}

function shapePair(mentor: MentorProfile, row: PairRow, members: ProposedMember[]): ProposedPair {
  const group = members.length > 1;
  return {
    mentorCode: mentor.mentor.code,
    mentorName: mentor.mentor.fullName,
    mentees: members,
    score: Math.round(members.reduce((s, m) => s + m.score, 0) / members.length),
    form: row.form,
    kind: row.kind,
    reasons: [
      ...[rowReason(row)].filter((r): r is string => r !== undefined),
      ...(group ? members.flatMap((m) => m.reasons.map((r) => `${shortName(m.menteeName)}: ${r}`)) : members[0].reasons),
    ],
  };
}

/** The bank as an assignment problem: who may be placed, with whom, at what score. */
export interface BankProblem {
  ctx: MatchingContext;
  /** Mentees to place, by code (rows of the problem). */
  mentees: MenteeProfile[];
  /** Mentors who can take someone, by code (columns of the problem). */
  mentors: MentorProfile[];
  /** The candidates as a table (what the assignment reads; a region's millions of pairs fit in it). */
  table: TableProblem;
  /** The same as objects, made on first use (small banks: the demo, the benchmark's greedy baseline). */
  readonly problem: AssignmentProblem;
  /** Per mentee: the best mentor at any score, and how many reach the minimum (for the reasons). */
  outlooks: MenteeOutlook[];
  unpaired: UnpairedMentee[];
  excludedMentors: ExcludedMentor[];
}

/** Builds the assignment problem from a prepared context (pins already applied to it). */
export function bankProblem(ctx: MatchingContext): BankProblem {
  const unpaired: UnpairedMentee[] = [];
  const mentees: MenteeProfile[] = [];
  for (const e of [...ctx.mentees].sort(menteeOrder)) {
    if (e.activePair || e.draftMentorCode) continue;
    const blockers = menteeViolations(ctx, e);
    if (blockers.length > 0) {
      unpaired.push({ menteeCode: e.mentee.code, menteeName: e.mentee.fullName, reason: blockers.map((v) => v.message).join('; ') });
    } else {
      mentees.push(e);
    }
  }

  const excludedMentors: ExcludedMentor[] = [];
  const mentors: MentorProfile[] = [];
  for (const m of [...ctx.mentors].sort(mentorOrder)) {
    const blockers = mentorViolations(m);
    if (blockers.length > 0) {
      excludedMentors.push({ mentorCode: m.mentor.code, mentorName: m.mentor.fullName, reason: blockers.map((v) => v.message).join('; ') });
    } else {
      mentors.push(m);
    }
  }

  // Scores go straight into growing typed arrays: no object per candidate pair.
  const scoreRow = rowScorer(ctx);
  const min = ctx.weights.minScore;
  const rowStart = new Int32Array(mentees.length + 1);
  let edgeMentor = new Int32Array(Math.max(16, mentees.length * 8));
  let edgeScore = new Int32Array(edgeMentor.length);
  let count = 0;
  const outlooks: MenteeOutlook[] = [];
  const never = neverTogetherIndex(mentors, mentees);
  const contextIndex = Int32Array.from(mentors, (m) => m.index);
  mentees.forEach((e, i) => {
    const blocked = never[i];
    const score = scoreRow(e);
    let bestScore = -1;
    let bestMentor = -1;
    let acceptable = 0;
    for (let j = 0; j < mentors.length; j++) {
      if (blocked?.has(j)) continue;
      const s = score(contextIndex[j]);
      if (s > bestScore) {
        bestScore = s;
        bestMentor = j;
      }
      if (s < min) continue;
      if (count === edgeMentor.length) {
        const grownMentor = new Int32Array(count * 2);
        grownMentor.set(edgeMentor);
        edgeMentor = grownMentor;
        const grownScore = new Int32Array(count * 2);
        grownScore.set(edgeScore);
        edgeScore = grownScore;
      }
      edgeMentor[count] = j;
      edgeScore[count++] = s;
      acceptable++;
    }
    rowStart[i + 1] = count;
    outlooks.push({ acceptable, ...(bestMentor >= 0 ? { best: { mentor: mentors[bestMentor], score: bestScore } } : {}) });
  });
  const objective = ctx.weights.objective ?? DEFAULT_OBJECTIVE;
  const table: TableProblem = {
    capacities: mentors.map(freePlaces),
    table: { rowStart, mentor: edgeMentor.subarray(0, count), score: edgeScore.subarray(0, count) },
    objective: objective.goal,
    priority: mentees.map((e) => hasPriority(objective, e.category)),
  };
  let lists: AssignmentProblem | undefined;
  return {
    ctx,
    mentees,
    mentors,
    table,
    get problem() {
      lists ??= { capacities: [...table.capacities as number[]], candidates: candidateLists(table.table), objective: table.objective, priority: table.priority };
      return lists;
    },
    outlooks,
    unpaired,
    excludedMentors,
  };
}

export function proposePairs(
  bank: MatchingBank,
  weights: MatchingWeights = DEFAULT_WEIGHTS,
  options: { pinned?: readonly DraftPair[] } = {},
): Proposal {
  const ctx = prepareMatching(bank, weights);
  const { kept, refused } = applyPins(ctx, options.pinned ?? []);
  const built = bankProblem(ctx);
  const { mentees: candidates, mentors: available, outlooks, unpaired, excludedMentors } = built;
  const solution = assignTable(built.table);

  const groups = new Map<MentorProfile, { mentees: MenteeProfile[]; members: ProposedMember[] }>();
  const groupOf = (m: MentorProfile) => {
    let g = groups.get(m);
    if (!g) groups.set(m, (g = { mentees: [], members: [] }));
    return g;
  };
  for (const pin of kept) {
    const mentor = findMentor(ctx, pin.mentorCode)!;
    const mentee = findMentee(ctx, pin.menteeCode)!;
    const g = groupOf(mentor);
    g.mentees.push(mentee);
    g.members.push(member(ctx, mentor, mentee, true));
  }
  candidates.forEach((e, i) => {
    const j = solution.mentorOf[i];
    if (j < 0) {
      unpaired.push({ menteeCode: e.mentee.code, menteeName: e.mentee.fullName, reason: unpairedReason(ctx, e, outlooks[i], available.length) });
      return;
    }
    const g = groupOf(available[j]);
    g.mentees.push(e);
    g.members.push(member(ctx, available[j], e, false));
  });

  const pairs = [...groups.entries()]
    .sort(([a], [b]) => mentorOrder(a, b))
    .flatMap(([mentor, g]) => pairRows(ctx, mentor, g.mentees).map((row) => shapePair(mentor, row, row.mentees.map((e) => g.members[g.mentees.indexOf(e)]))));
  unpaired.sort((a, b) => (codeKey(a.menteeCode) < codeKey(b.menteeCode) ? -1 : codeKey(a.menteeCode) > codeKey(b.menteeCode) ? 1 : 0));
  return {
    pairs,
    unpaired,
    totalScore: pairs.reduce((s, p) => s + p.mentees.reduce((t, m) => t + m.score, 0), 0),
    excludedMentors,
    refusedPins: refused,
  };
}
