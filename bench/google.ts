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

export const googleBenchmark: Benchmark = {
  title: 'Google: программ за один запуск (задача 10)',
  async run(print, figure) {
    const calls = googleDocsCalls('programmes', context());
    const seconds = calls * CALL_S;
    const perRun = Math.floor(SLICE_BUDGET_MS / 1000 / seconds);
    figure('programmesPerRun', perRun);
    print(`Программа наставничества: ${calls} вызовов DocumentApp/DriveApp × ${CALL_S} с ≈ ${seconds.toFixed(0)} с; `
      + `программ за порцию ${SLICE_BUDGET_MS / 1000} с (из 6 минут запуска): ${perRun} (цель — 150)`);
  },
};
