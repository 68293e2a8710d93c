/**
 * The CLI as a separate process, for what only processes show: a save killed with SIGKILL, two commands writing one
 * bank at once. The CLI is bundled once per test file (esbuild, as scripts/run-ts.mjs does) into a file of its own, so
 * processes started together never race on a shared build; its packages resolve from the repository's node_modules.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { NOW } from './sampleTables';

const ROOT = resolve(__dirname, '../..');

/** Builds the CLI; returns the script to run with node. */
export function buildCliProcess(): string {
  const dir = join(ROOT, 'node_modules/.cache/nastavnik-test', `${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  buildSync({
    entryPoints: [join(ROOT, 'src/local/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: join(dir, 'main.cjs'),
    logLevel: 'error',
  });
  const runner = join(dir, 'cli.cjs');
  writeFileSync(runner, [
    "const { runCli, processIO } = require('./main.cjs');",
    'const now = () => new Date(Number(process.env.NASTAVNIK_TEST_NOW));',
    'runCli(process.argv.slice(2), { ...processIO, now }).then((code) => { process.exitCode = code; });',
  ].join('\n'));
  return runner;
}

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Starts the CLI; `done` resolves when it exits. Its clock is the tests' NOW, as in-process runs have it. */
export function startCli(runner: string, args: readonly string[]): { child: ChildProcess; done: Promise<ProcessRun> } {
  const env = { ...process.env, NASTAVNIK_TEST_NOW: String(NOW.getTime()) };
  const child = spawn(process.execPath, [runner, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const done = new Promise<ProcessRun>((settle) => {
    child.on('close', (code, signal) => settle({ code, signal, out, err }));
  });
  return { child, done };
}
