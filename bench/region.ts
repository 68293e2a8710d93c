/**
 * Issue 12: pairing at a region's scale. Each size runs in a child process (bench/regionChild.ts) so that its time
 * and peak memory are its own; scipy's compiled assignment on a same-size random matrix is timed alongside when
 * python3 has scipy (the yardstick: within 10× of it, under 500 MB for 5,000 × 2,000, under 2 GB for
 * 20,000 × 5,000). The sidebar size (1,000 × 400) is given with an Apps Script estimate.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { type Benchmark, ms } from './measure';

interface ChildResult {
  ms: number;
  mb: number;
  placed: number;
  unpaired: number;
  total: number;
}

/**
 * Apps Script runs the same V8 engine as Node, on shared servers that are slower than a desktop: the estimate is Node's
 * time × 3. An assumption, not a measurement (nothing here can run Apps Script); the printed line says so.
 */
const APPS_SCRIPT_FACTOR = 3;

function childScript(): string {
  // `npm run bench` runs from the repository's root (the bundle's own folder is a cache, not the sources).
  const root = process.cwd();
  const dir = join(root, 'node_modules', '.cache', 'nastavnik');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'regionChild.cjs');
  buildSync({
    entryPoints: [join(root, 'bench', 'regionChild.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', outfile, logLevel: 'error',
  });
  return outfile;
}

function runChild(script: string, mentees: number, mentors: number): ChildResult {
  // 4 GB of heap so that a size over the goal shows its figure instead of failing.
  const out = spawnSync(process.execPath, ['--max-old-space-size=4096', script, String(mentees), String(mentors)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`Подбор ${mentees} × ${mentors} завершился с ошибкой: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** scipy.optimize.linear_sum_assignment on a random integer matrix of this size, in ms; undefined without scipy. */
function scipyMs(rows: number, columns: number): number | undefined {
  const code = [
    'import time, numpy as np',
    'from scipy.optimize import linear_sum_assignment',
    `c = np.random.default_rng(42).integers(0, 101, size=(${rows}, ${columns}))`,
    't = time.perf_counter(); linear_sum_assignment(c, maximize=True); print((time.perf_counter() - t) * 1000)',
  ].join('\n');
  const out = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  return out.status === 0 ? Number(out.stdout.trim()) : undefined;
}

export const regionBenchmark: Benchmark = {
  title: 'Подбор пар в масштабе региона (каждый размер — в отдельном процессе)',
  async run(print, figure) {
    const script = childScript();
    const sidebar = runChild(script, 1000, 400);
    figure('region.1000x400Ms', sidebar.ms);
    figure('region.1000x400AppsScriptMs', sidebar.ms * APPS_SCRIPT_FACTOR);
    print(`  1 000 × 400 («Подобрать всех» в боковой панели): ${ms(sidebar.ms)}, оценка для Apps Script (допущение: в ${APPS_SCRIPT_FACTOR} раза медленнее Node) ≈ ${ms(sidebar.ms * APPS_SCRIPT_FACTOR)} (цель — меньше 2 000 мс)`);
    for (const [mentees, mentors] of [[5000, 2000], [20000, 5000]] as const) {
      const r = runChild(script, mentees, mentors);
      const name = `region.${mentees}x${mentors}`;
      figure(`${name}Ms`, r.ms);
      figure(`${name}MB`, r.mb);
      const scipy = scipyMs(mentees, mentors);
      if (scipy !== undefined) figure(`${name}ScipyMs`, scipy);
      const versus = scipy === undefined ? 'scipy не найден' : `scipy на матрице того же размера — ${ms(scipy)}, отношение ${(r.ms / scipy).toFixed(1)}×`;
      print(`  ${mentees} × ${mentors}: ${ms(r.ms)}, пик памяти ${Math.round(r.mb)} МБ; подобрано ${r.placed}, без пары ${r.unpaired}; ${versus}`);
    }
  },
};
