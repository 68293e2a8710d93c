/** Every benchmark; a capability adds its file in this folder and one line here. */
import { bankBenchmark } from './bank';
import { documentsBenchmark } from './documents';
import { localAppBenchmark } from './localApp';
import { fidelityBenchmark } from './fidelity';
import { googleBenchmark } from './google';
import { monitoringBenchmark } from './monitoring';
import { municipalBenchmark } from './municipal';
import { pairingBenchmark } from './pairing';
import { regionBenchmark } from './region';
import { saveBenchmark } from './save';
import type { Benchmark, Print } from './measure';

const BENCHMARKS: Benchmark[] = [bankBenchmark, pairingBenchmark, regionBenchmark, monitoringBenchmark, documentsBenchmark, googleBenchmark, saveBenchmark, fidelityBenchmark, municipalBenchmark, localAppBenchmark];

/**
 * Runs every benchmark; the lines go to `print`, and the named figures are returned (`--json` prints them as one
 * object instead of the lines).
 */
export async function runBenchmarks(print: Print): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const figure = (name: string, value: number): void => {
    if (name in figures) throw new Error(`Показатель «${name}» записан дважды`);
    figures[name] = Math.round(value * 1000) / 1000;
  };
  for (const benchmark of BENCHMARKS) {
    print(`== ${benchmark.title}`);
    await benchmark.run(print, figure);
  }
  return figures;
}
