/**
 * The greedy baseline for the benchmark and the tests: take candidate pairs from the highest
 * score down, keep one if the mentee is still free and the mentor has a place. It is what a
 * curator does by hand, and it fails when the best mentor of one mentee is the only good mentor
 * of another.
 */
import { summarize, type AssignmentProblem, type AssignmentSolution } from './assignment';

export function assignGreedy(problem: AssignmentProblem): AssignmentSolution {
  const edges: { mentee: number; mentor: number; score: number }[] = [];
  problem.candidates.forEach((list, mentee) => {
    for (const c of list) edges.push({ mentee, mentor: c.mentor, score: c.score });
  });
  edges.sort((a, b) => b.score - a.score || a.mentee - b.mentee || a.mentor - b.mentor);
  const free = Int32Array.from(problem.capacities);
  const mentorOf = new Int32Array(problem.candidates.length).fill(-1);
  for (const e of edges) {
    if (mentorOf[e.mentee] >= 0 || free[e.mentor] <= 0) continue;
    mentorOf[e.mentee] = e.mentor;
    free[e.mentor]--;
  }
  return summarize(problem, mentorOf);
}
