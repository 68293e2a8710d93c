/** Every benchmark; a capability adds its file in this folder and one line here. */
import { bankBenchmark } from './bank';
import { documentsBenchmark } from './documents';
import { monitoringBenchmark } from './monitoring';
import { pairingBenchmark } from './pairing';
import type { Benchmark, Print } from './measure';

const BENCHMARKS: Benchmark[] = [bankBenchmark, pairingBenchmark, monitoringBenchmark, documentsBenchmark];

export async function runBenchmarks(print: Print): Promise<void> {
  for (const benchmark of BENCHMARKS) {
    print(`== ${benchmark.title}`);
    await benchmark.run(print);
  }
}
