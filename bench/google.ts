/**
 * Issue 10: what one run of Apps Script can do, from the calls the fakes count and a stated latency per call. The
 * latency is an assumption (Apps Script does not publish one; 0.1 s is what the monitoring bench assumes for a
 * Spreadsheet call, and DocumentApp calls are of the same order): programmes per 6-minute run follow from it.
 */
import { SLICE_BUDGET_MS } from '../src/domain/documents/batch';
import { context } from '../test/domain/documents/fixtures';
import { googleDocsCalls } from './documents';
import type { Benchmark } from './measure';

/** Seconds per Google service call assumed. */
const CALL_S = 0.1;
/**
 * A slower, more cautious view of a programme: Drive's makeCopy and the Docs API batchUpdate are each a round trip
 * that does real work on Google's side; 1 s each is assumed for them, 0.1 s for the other calls.
 */
const HEAVY_CALL_S = 1;

export const googleBenchmark: Benchmark = {
  title: 'Google: программ за один запуск (задача 10)',
  async run(print, figure) {
    const calls = googleDocsCalls('programmes', context());
    const seconds = calls * CALL_S;
    const perRun = Math.floor(SLICE_BUDGET_MS / 1000 / seconds);
    figure('programmesPerRun', perRun);
    print(`Программа наставничества: ${calls} вызовов Google × ${CALL_S} с ≈ ${seconds.toFixed(1)} с; `
      + `программ за порцию ${SLICE_BUDGET_MS / 1000} с (из 6 минут запуска): ${perRun} (цель — 150)`);
    const cautious = 2 * HEAVY_CALL_S + (calls - 2) * CALL_S;
    const cautiousPerRun = Math.floor(SLICE_BUDGET_MS / 1000 / cautious);
    figure('programmesPerRunCautious', cautiousPerRun);
    print(`Осторожно (копия и batchUpdate по ${HEAVY_CALL_S} с): ${cautious.toFixed(1)} с на программу, ${cautiousPerRun} за порцию; `
      + 'Docs API позволяет 60 batchUpdate в минуту на пользователя — не больше 270 за порцию');
  },
};
