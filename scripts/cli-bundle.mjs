// The CLI is bundled once into build/cli.cjs (by `npm ci` through `prepare`, and by `npm run build`), so a command
// starts without compiling TypeScript. scripts/cli.mjs rebundles only when the bundle is missing or older than the
// sources, so a developer editing src/ still runs fresh code.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './root.mjs';
import { NODE_BUNDLE } from './run-ts.mjs';

export const CLI_BUNDLE = join(root, 'build', 'cli.cjs');
const ENTRY = join(root, 'src/local/cli/main.ts');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function cliBundleIsFresh() {
  if (!existsSync(CLI_BUNDLE)) return false;
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  return statSync(CLI_BUNDLE).mtimeMs >= sources;
}

export async function bundleCli() {
  const { build } = await import('esbuild');
  const result = await build({ ...NODE_BUNDLE, entryPoints: [ENTRY], outfile: CLI_BUNDLE, write: false });
  mkdirSync(join(root, 'build'), { recursive: true });
  // Written beside and renamed over: two commands started together never read a half-written bundle.
  const temporary = `${CLI_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, CLI_BUNDLE);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundleCli();
