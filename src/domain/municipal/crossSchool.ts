/**
 * Cross-school pairs (seed 004, 7.4; «с привлечением наставников из других образовательных организаций»): the mentees
 * each school could not place × mentors with free places in OTHER schools, by the school's own engine — the same hard
 * rules, criteria, minimum score, optimal assignment and reasons (src/domain/matching). Nothing is paired here: each
 * school receives the proposals for its mentees and decides (the curator adds the mentor as an external mentor).
 */
import type { Mentee, Mentor } from '../bank/model';
import { ACTIVE_STATUS } from '../bank/vocabulary';
import { assignTable, type CandidateTable } from '../matching/assignment';
import { bestForm, explainPair } from '../matching/compatibility';
import { codeKey, prepareMatching } from '../matching/context';
import { bankProblem, mentorsTakenReason } from '../matching/proposal';
import { DEFAULT_WEIGHTS, type MatchingWeights } from '../matching/weights';
import { surnameWithInitials } from '../language/initials';
import type { ConsolidatedSchool } from './consolidate';

export interface CrossSchoolProposal {
  menteeSchool: string;
  menteeSchoolKey: string;
  mentee: string;
  category: string;
  subjects: string[];
  deficits: string[];
  mentorSchool: string;
  mentorSchoolKey: string;
  mentor: string;
  mentorName: string;
  mentorPosition: string;
  /** Whom the mentee's school calls to agree: the curator of the mentor's school. */
  mentorCurator: { name: string; phone: string; email: string };
  score: number;
  form: string;
  reasons: string[];
}

export interface CrossSchoolUnmatched {
  menteeSchool: string;
  menteeSchoolKey: string;
  mentee: string;
  category: string;
  reason: string;
}

export interface CrossSchoolResult {
  proposals: CrossSchoolProposal[];
  unmatched: CrossSchoolUnmatched[];
  /** Mentors of all schools with free places, and those places. */
  mentorsWithPlaces: number;
  freePlaces: number;
}

/** A person of the joint bank: the school's index and the code inside it, joined so that codes of two schools never clash. */
const jointCode = (school: number, code: string) => `${school}|${code}`;

const rowRef = (sheet: string, row: number) => ({ sheet, row, column: '' });

export function crossSchoolPairs(schools: readonly ConsolidatedSchool[], weights: MatchingWeights = DEFAULT_WEIGHTS): CrossSchoolResult {
  const origin = new Map<string, { school: number; code: string }>();
  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  schools.forEach((s, school) => {
    for (const m of s.package.mentors) {
      if (m.freePlaces <= 0) continue;
      const code = jointCode(school, m.code);
      origin.set(codeKey(code), { school, code: m.code });
      mentors.push({
        code, fullName: m.fullName, position: m.position, subjects: m.subjects, experienceYears: m.experienceYears,
        consentPersonalData: true, status: ACTIVE_STATUS, problems: [], ref: rowRef('Реестр наставников', mentors.length + 2),
        qualification: m.qualification, competences: m.competences, acceptedKinds: m.kinds, capacity: m.freePlaces, consentToMentor: true,
      });
    }
    for (const e of s.package.unplaced) {
      const code = jointCode(school, e.code);
      origin.set(codeKey(code), { school, code: e.code });
      // No name: the package has none, and the engine's same-person rule then compares codes only.
      mentees.push({
        code, fullName: '', position: '', subjects: e.subjects, experienceYears: e.experienceYears, consentPersonalData: true,
        status: ACTIVE_STATUS, problems: [], ref: rowRef('Межшкольные пары', mentees.length + 2),
        category: e.category, deficits: e.deficits, ...(e.preferredKind ? { preferredKind: e.preferredKind } : {}),
      });
    }
  });
  const freePlaces = mentors.reduce((sum, m) => sum + m.capacity, 0);
  const ctx = prepareMatching({ mentors, mentees, pairs: [], preferences: [] }, weights);
  const built = bankProblem(ctx);
  const schoolOf = (code: string) => origin.get(codeKey(code)) as { school: number; code: string };
  const { capacities } = built.table;
  const offer = offeredCandidates(
    built.table.table, capacities,
    Int32Array.from(built.mentors, (m) => schoolOf(m.mentor.code).school),
    Int32Array.from(built.mentees, (e) => schoolOf(e.mentee.code).school),
  );
  const solution = assignTable({ capacities, table: offer.table });

  const proposals: CrossSchoolProposal[] = [];
  const unmatched: CrossSchoolUnmatched[] = [];
  const menteeSide = (code: string, category: string) => {
    const { school, code: own } = schoolOf(code);
    return { menteeSchool: schools[school].name, menteeSchoolKey: schools[school].key, mentee: own, category };
  };
  for (const u of built.unpaired) unmatched.push({ ...menteeSide(u.menteeCode, ''), reason: u.reason });
  built.mentees.forEach((e, i) => {
    const j = solution.mentorOf[i];
    if (j < 0) {
      unmatched.push({ ...menteeSide(e.mentee.code, e.mentee.category), reason: unmatchedReason(ctx.weights.minScore, offer.outlook[i], built.mentors, mentors.length) });
      return;
    }
    const mentor = built.mentors[j];
    const { school, code } = schoolOf(mentor.mentor.code);
    const curator = schools[school].package.school.curator;
    const explained = explainPair(ctx, mentor, e);
    proposals.push({
      ...menteeSide(e.mentee.code, e.mentee.category),
      subjects: e.mentee.subjects,
      deficits: e.mentee.deficits,
      mentorSchool: schools[school].name,
      mentorSchoolKey: schools[school].key,
      mentor: code,
      mentorName: mentor.mentor.fullName,
      mentorPosition: mentor.mentor.position,
      mentorCurator: { name: curator.name, phone: curator.phone, email: curator.email },
      score: explained.score,
      form: bestForm(ctx, mentor, e)?.form ?? '',
      reasons: explained.reasons,
    });
  });
  const order = (a: { menteeSchool: string; mentee: string }, b: { menteeSchool: string; mentee: string }) =>
    a.menteeSchool.localeCompare(b.menteeSchool, 'ru') || a.mentee.localeCompare(b.mentee, 'ru');
  proposals.sort(order);
  unmatched.sort(order);
  return { proposals, unmatched, mentorsWithPlaces: mentors.length, freePlaces };
}

/** What a mentee was offered: how many mentors of other schools are acceptable, and the best of them. */
interface Outlook {
  count: number;
  best: { mentor: number; score: number } | undefined;
}

/**
 * Each mentee's candidates from other schools (its own school already had the chance to pair it with its mentors),
 * and of those only the best whose places could hold every mentee. A region has thousands of free mentors; if an
 * optimal placement gave a mentee a mentor outside them, one of them still has a free place (the other mentees fill
 * fewer places than there are) and scores no less, so moving the mentee there keeps the total and the number placed.
 * The assignment is then the engine's own, exact, over far fewer candidates.
 */
function offeredCandidates(
  table: CandidateTable, capacities: ArrayLike<number>, mentorSchool: Int32Array, menteeSchool: Int32Array,
): { table: CandidateTable; outlook: Outlook[] } {
  const n = menteeSchool.length;
  const rowStart = new Int32Array(n + 1);
  const kept: number[] = [];
  const outlook: Outlook[] = [];
  for (let i = 0; i < n; i++) {
    const edges: number[] = [];
    for (let e = table.rowStart[i]; e < table.rowStart[i + 1]; e++) if (mentorSchool[table.mentor[e]] !== menteeSchool[i]) edges.push(e);
    edges.sort((a, b) => table.score[b] - table.score[a] || table.mentor[a] - table.mentor[b]);
    outlook.push({ count: edges.length, best: edges.length ? { mentor: table.mentor[edges[0]], score: table.score[edges[0]] } : undefined });
    let room = 0;
    let end = 0;
    while (end < edges.length && (room < n || table.score[edges[end]] === table.score[edges[end - 1]])) room += capacities[table.mentor[edges[end++]]];
    // the table's rows list mentors in ascending order, and so do these
    kept.push(...edges.slice(0, end).sort((a, b) => a - b));
    rowStart[i + 1] = kept.length;
  }
  return {
    table: { rowStart, mentor: Int32Array.from(kept, (e) => table.mentor[e]), score: Int32Array.from(kept, (e) => table.score[e]) },
    outlook,
  };
}

function unmatchedReason(minScore: number, outlook: Outlook, mentors: readonly { mentor: Mentor }[], anyMentors: number): string {
  if (anyMentors === 0) return 'ни в одной школе нет наставников со свободными местами';
  if (!outlook.best) return `ни один наставник других школ со свободными местами не набрал минимальную совместимость ${minScore}`;
  return mentorsTakenReason(outlook.count, surnameWithInitials(mentors[outlook.best.mentor].mentor.fullName), outlook.best.score);
}

export interface SchoolProposals {
  /** Mentors of other schools proposed for this school's mentees. */
  incoming: CrossSchoolProposal[];
  /** This school's mentors proposed to mentees of other schools. */
  outgoing: CrossSchoolProposal[];
  unmatched: CrossSchoolUnmatched[];
}

/** What goes back to one school: a list its curator can act on. */
export function proposalsForSchool(result: CrossSchoolResult, schoolKey: string): SchoolProposals {
  return {
    incoming: result.proposals.filter((p) => p.menteeSchoolKey === schoolKey),
    outgoing: result.proposals.filter((p) => p.mentorSchoolKey === schoolKey),
    unmatched: result.unmatched.filter((u) => u.menteeSchoolKey === schoolKey),
  };
}
