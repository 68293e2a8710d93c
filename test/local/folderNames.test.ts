/**
 * The project works from any folder: «Мои документы», spaces, «кавычки», №. A copy of the project's scripts and
 * sources in such a folder builds, and its CLI (the prebuilt bundle) runs there and writes a bank beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';

const repo = join(__dirname, '../..');

function copyProject(): string {
  const dir = join(tempDir(), 'Мои документы', 'Наставник «№1»');
  mkdirSync(dir, { recursive: true });
  for (const part of ['scripts', 'src', 'package.json', 'appsscript.json']) cpSync(join(repo, part), join(dir, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Every folder under dir whose name still holds a percent-escape: what a URL path decoded as a file path leaves. */
function percentEncoded(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isDirectory() && !entry.parentPath.includes('node_modules') && /%[0-9A-F]{2}/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a project folder named «Мои документы/Наставник «№1»»', () => {
  const dir = copyProject();

  it('builds Code.js, the pages and the CLI bundle inside the folder', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(['Code.js', 'appsscript.json', 'cli.cjs'].filter((file) => !existsSync(join(dir, 'build', file)))).toEqual([]);
    expect(percentEncoded(join(dir, '..', '..'))).toEqual([]);
  });

  it('runs a CLI command on a bank in a folder with spaces and «№»', () => {
    const bank = join(dir, 'Банк школы №1', 'банк 2026.xlsx');
    mkdirSync(join(dir, 'Банк школы №1'));
    const init = spawnSync(process.execPath, ['scripts/cli.mjs', 'init', '--out', bank], { cwd: dir, encoding: 'utf8' });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const check = spawnSync(process.execPath, [join(dir, 'scripts/cli.mjs'), 'check', bank, '--json'], { cwd: tempDir(), encoding: 'utf8' });
    expect(check.status).toBe(0);
    // A new bank has no errors (its only warnings ask for settings a school fills in, such as its Положение's order).
    expect(JSON.parse(check.stdout).errors).toEqual([]);
    expect(percentEncoded(join(dir, '..', '..'))).toEqual([]);
  });

  it('runs the prebuilt CLI, rebuilding it only when a source is newer', () => {
    const bundle = join(dir, 'build', 'cli.cjs');
    const help = () => spawnSync(process.execPath, ['scripts/cli.mjs', 'help'], { cwd: dir, encoding: 'utf8' });
    const past = new Date(Date.UTC(2026, 0, 1));
    utimesSync(bundle, past, past);
    for (const file of readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' })) utimesSync(join(dir, 'src', file), past, past);
    utimesSync(join(dir, 'package.json'), past, past);
    utimesSync(join(dir, 'scripts', 'cli-bundle.mjs'), past, past);
    expect(help().status).toBe(0);
    expect(statSync(bundle).mtime).toEqual(past);
    // A developer edits a source: the next call bundles it again.
    utimesSync(join(dir, 'src/local/cli/main.ts'), new Date(), new Date());
    expect(help().status).toBe(0);
    expect(statSync(bundle).mtime.getTime()).toBeGreaterThan(past.getTime());
  });
});
