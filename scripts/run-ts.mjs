// Bundles a TypeScript entry with esbuild into node_modules/.cache and runs it: the CLI and the benchmarks run
// straight from source, with no separate build step.
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export function loadTs(entry) {
  const dir = join(root, 'node_modules/.cache/nastavnik');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${basename(entry, '.ts')}.cjs`);
  buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return createRequire(import.meta.url)(outfile);
}
