// Bundles a TypeScript entry with esbuild into node_modules/.cache and runs it: the benchmarks run straight from
// source, with no separate build step.
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { root } from './root.mjs';

/** How a Node entry is bundled: dependencies stay in node_modules and are required at run time. */
export const NODE_BUNDLE = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'error' };

export function loadTs(entry) {
  const dir = join(root, 'node_modules/.cache/nastavnik');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${basename(entry, '.ts')}.cjs`);
  buildSync({ ...NODE_BUNDLE, entryPoints: [join(root, entry)], outfile });
  return createRequire(import.meta.url)(outfile);
}
