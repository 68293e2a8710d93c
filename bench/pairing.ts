/**
 * Issue 3: pairing. Optimal assignment of 1,000 mentees × 400 mentors (capacities 1–3) — time and total compatibility
 * against the greedy baseline on the same candidate pairs — and the Spreadsheet calls of «Подобрать всех» + confirm.
 */
import { assignOptimal, type AssignmentProblem } from '../src/domain/matching/assignment';
import { prepareMatching } from '../src/domain/matching/context';
import { assignGreedy } from '../src/domain/matching/greedy';
import { bankProblem, proposePairs } from '../src/domain/matching/proposal';
import { DEFAULT_WEIGHTS } from '../src/domain/matching/weights';
import { pairingService } from '../src/gas/pairing/service';
import { sheetsPairingStore } from '../src/gas/pairing/sheetsStore';
import { syntheticBank } from '../test/domain/matching/syntheticBank';
import { randomInt, seededRandom } from '../test/domain/matching/random';
import { createGasFakes, installGlobals, spreadsheetWith } from '../test/fakes/gas';
import { schoolGrids } from '../test/helpers/pairingBank';
import { type Benchmark, medianMs, ms } from './measure';

function compare(print: (line: string) => void, label: string, problem: AssignmentProblem, optimalMs: number): void {
  const optimal = assignOptimal(problem);
  const greedy = assignGreedy(problem);
  const gain = optimal.totalScore - greedy.totalScore;
  print(`  ${label}: оптимальное ${ms(optimalMs)} — пар ${optimal.paired}, сумма ${optimal.totalScore}; ` +
    `жадное — пар ${greedy.paired}, сумма ${greedy.totalScore} (${gain >= 0 ? '+' : ''}${gain})`);
  if (optimal.totalScore < greedy.totalScore) {
    throw new Error('Оптимальное назначение хуже жадного: ошибка алгоритма');
  }
}

export const pairingBenchmark: Benchmark = {
  title: 'Подбор пар: 1 000 наставляемых × 400 наставников (места 1–3)',
  async run(print, figure) {
    const bank = syntheticBank(400, 1000, 42);
    const built = bankProblem(prepareMatching(bank, DEFAULT_WEIGHTS));
    const edges = built.problem.candidates.reduce((n, list) => n + list.length, 0);
    print(`  совместимость 400 000 пар с правилами и порогом ${DEFAULT_WEIGHTS.minScore}: ${ms(await medianMs(5, () => bankProblem(prepareMatching(bank, DEFAULT_WEIGHTS))))}, допустимых пар ${edges}`);
    compare(print, 'школьный банк', built.problem, await medianMs(5, () => assignOptimal(built.problem)));
    const proposeMs = await medianMs(3, () => proposePairs(bank, DEFAULT_WEIGHTS));
    figure('pairing.proposeAllMs', proposeMs);
    print(`  «Подобрать всех» целиком, с обоснованиями: ${ms(proposeMs)} (цель — меньше 2 000 мс)`);

    // The hard case for the algorithm: every pair acceptable, scores spread at random.
    const random = seededRandom(7);
    const dense: AssignmentProblem = {
      capacities: Array.from({ length: 400 }, () => randomInt(random, 1, 3)),
      candidates: Array.from({ length: 1000 }, () => Array.from({ length: 400 }, (_, mentor) => ({ mentor, score: randomInt(random, 30, 100) }))),
    };
    compare(print, 'плотный худший случай', dense, await medianMs(3, () => assignOptimal(dense)));

    for (const mentees of [100, 1000]) {
      const fakes = createGasFakes(spreadsheetWith(schoolGrids(400, mentees)));
      // Utilities (the dates of «Пары») is reached as a global, as in Apps Script.
      const uninstall = installGlobals(fakes);
      const api = pairingService(sheetsPairingStore(fakes.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet));
      fakes.log.reset();
      const start = performance.now();
      const proposal = api.pairingProposeAll([]);
      api.pairingConfirm(proposal.pairs.flatMap((p) => p.mentees.map((m) => ({ mentorCode: p.mentorCode, menteeCode: m.menteeCode, pinned: false }))));
      const elapsed = performance.now() - start;
      if (mentees === 1000) figure('pairing.calls', fakes.log.total());
      print(`  Google Таблица, ${mentees} наставляемых: «Подобрать всех» + запись — ${fakes.log.count('Range.getValues')} чтений, ` +
        `${fakes.log.count('Range.setValues')} записи, всего вызовов ${fakes.log.total()}, ${ms(elapsed)}`);
      uninstall();
    }
  },
};
