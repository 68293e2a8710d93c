/**
 * Pairing benchmark (issue 3): optimal assignment of 1,000 mentees × 400 mentors (capacities 1–3)
 * on a synthetic school bank, against the greedy baseline on the same candidate pairs.
 */
import { assignOptimal } from '../src/domain/matching/assignment';
import { prepareMatching } from '../src/domain/matching/context';
import { assignGreedy } from '../src/domain/matching/greedy';
import { bankProblem, proposePairs } from '../src/domain/matching/proposal';
import { DEFAULT_WEIGHTS } from '../src/domain/matching/weights';
import { syntheticBank } from '../test/domain/matching/syntheticBank';

function timed<T>(action: () => T, runs = 5): { result: T; ms: number } {
  let result = action(); // warm-up, as Apps Script's V8 also compiles once per call
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = action();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { result, ms: times[Math.floor(times.length / 2)] };
}

export function benchMatching(log: (line: string) => void = console.log): void {
  const bank = syntheticBank(400, 1000, 42);
  const seats = bank.mentors.reduce((s, m) => s + m.capacity, 0);
  log(`Подбор пар: ${bank.mentees.length} наставляемых × ${bank.mentors.length} наставников, мест ${seats}`);

  const built = timed(() => bankProblem(prepareMatching(bank, DEFAULT_WEIGHTS)));
  const edges = built.result.problem.candidates.reduce((s, l) => s + l.length, 0);
  log(`  совместимость всех пар и фильтр правил: ${built.ms.toFixed(0)} мс (допустимых пар ≥ ${DEFAULT_WEIGHTS.minScore}: ${edges})`);

  const optimal = timed(() => assignOptimal(built.result.problem));
  const greedy = timed(() => assignGreedy(built.result.problem));
  log(`  оптимальное назначение: ${optimal.ms.toFixed(0)} мс — пар ${optimal.result.paired}, сумма ${optimal.result.totalScore}`);
  log(`  жадное назначение:      ${greedy.ms.toFixed(0)} мс — пар ${greedy.result.paired}, сумма ${greedy.result.totalScore}`);
  const gain = optimal.result.totalScore - greedy.result.totalScore;
  log(`  оптимум против жадного: +${optimal.result.paired - greedy.result.paired} пар, ${gain >= 0 ? '+' : ''}${gain} к сумме`);

  const whole = timed(() => proposePairs(bank, DEFAULT_WEIGHTS), 3);
  log(`  «Подобрать всех» целиком (с обоснованиями): ${whole.ms.toFixed(0)} мс, цель < 2000 мс`);

  // Dense worst case: every mentor acceptable for every mentee, random scores.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const dense = {
    capacities: Array.from({ length: 400 }, () => 1 + Math.floor(random() * 3)),
    candidates: Array.from({ length: 1000 }, () => Array.from({ length: 400 }, (_, mentor) => ({ mentor, score: 30 + Math.floor(random() * 71) }))),
  };
  const denseOptimal = timed(() => assignOptimal(dense), 3);
  const denseGreedy = assignGreedy(dense);
  log(`  плотный худший случай (400 000 пар): ${denseOptimal.ms.toFixed(0)} мс — сумма ${denseOptimal.result.totalScore} против жадной ${denseGreedy.totalScore}`);
}
