/** Timing helpers for the benchmarks: the median of a few runs, in milliseconds; named figures for `--json`. */
import { performance } from 'node:perf_hooks';

export async function medianMs(runs: number, body: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} мс`;
}

export type Print = (line: string) => void;

/** Records one named figure (`submission.calls`, `save.bankMs`…) for `npm run -s bench -- --json`. */
export type Figure = (name: string, value: number) => void;

export interface Benchmark {
  title: string;
  run(print: Print, figure: Figure): Promise<void>;
}
