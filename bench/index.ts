/** Every benchmark; a capability adds its file in this folder and one line here. */
import { bankBenchmark } from './bank';
import { documentsBenchmark } from './documents';
import { monitoringBenchmark } from './monitoring';
import type { Benchmark, Print } from './measure';

const BENCHMARKS: Benchmark[] = [bankBenchmark, monitoringBenchmark, documentsBenchmark];

export async function runBenchmarks(print: Print): Promise<void> {
  for (const benchmark of BENCHMARKS) {
    print(`== ${benchmark.title}`);
    await benchmark.run(print);
  }
}
