/** The CLI's conventions: help for each command, and every argument it was not told about refused with exit 2. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionalsOf } from '../../src/local/cli/args';
import { COMMANDS } from '../../src/local/cli/commands';
import { shellQuote } from '../../src/local/cli/quote';
import { cli, tempDir } from '../helpers/cli';
import { midYearGrids } from '../helpers/documentsBank';
import { writeGrids } from '../helpers/workbookFile';

async function bank(): Promise<string> {
  const file = join(tempDir(), 'bank.xlsx');
  expect((await cli('init', '--out', file)).code).toBe(0);
  return file;
}

describe('help', () => {
  test('help, --help and -h print the list of commands with exit 0', async () => {
    const runs = await Promise.all(['help', '--help', '-h'].map((word) => cli(word)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.out).toContain('Использование: npm run -s cli -- <команда>');
      expect(run.out).toBe(runs[0].out);
    }
  });

  test.each(COMMANDS.map((c) => c.name))('help NAME, NAME --help and NAME -h print the usage of %s', async (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    const runs = [await cli('help', name), await cli(name, '--help'), await cli(name, '-h')];
    for (const run of runs) {
      expect(run).toEqual({ code: 0, out: runs[0].out, err: '' });
      expect(run.out).toContain(`Использование: npm run -s cli -- ${command.usage}`);
      expect(run.out).not.toContain('<команда>');
    }
  });

  test('help for a command that does not exist is a usage error', async () => {
    const run = await cli('help', 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('неизвестная команда «frobnicate»');
  });
});

describe('arguments the command does not take: exit 2, a Russian line, the bank unchanged', () => {
  test('the number of bare arguments is read from each usage line', () => {
    expect(Object.fromEntries(COMMANDS.map((c) => [c.name, positionalsOf(c.usage)]))).toEqual({
      init: 0, setup: 1, check: 1, pair: 1, demo: 0, forms: 1, score: 1, docs: 1, sign: 1, export: 1, municipal: Infinity, serve: 1,
    });
  });

  test.each([
    ['an extra file', (file: string) => ['pair', file, 'second.xlsx', '--write'], 'лишний аргумент «second.xlsx»'],
    ['an extra word after an option', (file: string) => ['setup', file, 'now'], 'лишний аргумент «now»'],
    ['an unknown option', (file: string) => ['pair', file, '--wirte'], 'неизвестный параметр --wirte'],
    ['an unknown short option', (file: string) => ['pair', file, '-w'], 'неизвестный параметр -w'],
    ['an option given twice', (file: string) => ['pair', file, '--write', '--start', '01.10.2026', '--start', '02.10.2026'], 'параметр --start указан дважды'],
    ['a value for a flag', (file: string) => ['pair', file, '--write=yes'], 'параметр --write пишется без значения'],
    ['a missing value', (file: string) => ['pair', file, '--write', '--start'], 'после --start нужно значение'],
  ])('%s', async (_, argv, message) => {
    const file = await bank();
    const before = readFileSync(file);
    const run = await cli(...argv(file));
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('init refuses a second name instead of ignoring it', async () => {
    const dir = tempDir();
    const run = await cli('init', '--out', join(dir, 'a.xlsx'), join(dir, 'b.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('лишний аргумент');
  });

  test('a file whose name starts with «-» is passed after --', async () => {
    const dir = tempDir();
    const file = join(dir, '-банк.xlsx');
    writeFileSync(file, 'не книга');
    const run = await cli('check', '--', file);
    expect(run.err).toContain('не книга Excel');
  });
});

describe('hints that print a path quote it when a shell would split it', () => {
  test.each([
    ['demo/bank.xlsx', 'demo/bank.xlsx'],
    ['/home/учитель/Наставник/банк_2026.xlsx', '/home/учитель/Наставник/банк_2026.xlsx'],
    ['C:\\Users\\Учитель\\bank.xlsx', 'C:\\Users\\Учитель\\bank.xlsx'],
    ['/tmp/Мои документы/банк.xlsx', '"/tmp/Мои документы/банк.xlsx"'],
    ['Наставник «№1»/банк.xlsx', '"Наставник «№1»/банк.xlsx"'],
    ['C:\\Мои документы\\bank.xlsx', '"C:\\Мои документы\\bank.xlsx"'],
    ['it\'s $HOME/"b".xlsx', '"it\'s \\$HOME/\\"b\\".xlsx"'],
  ])('%s → %s', (path, quoted) => {
    expect(shellQuote(path)).toBe(quoted);
  });
});

test('docs in a folder with spaces prints the sign command with the bank quoted, ready to copy', async () => {
  const dir = join(tempDir(), 'Мои документы', 'Наставник «№1»');
  mkdirSync(dir, { recursive: true });
  const file = await writeGrids(midYearGrids(), join(dir, 'банк школы.xlsx'));
  const run = await cli('docs', file, '--out', join(dir, 'Документы'), '--kind', 'order-pairs');
  expect(run.code).toBe(0);
  expect(run.err).toContain(`Когда директор подпишет приказ: npm run -s cli -- sign "${file}" --order "1-од от 20.11.2026"`);
});

test('pair --write --start 01.01.1900 exits 2 with a Russian message and writes nothing', async () => {
  const file = await bank();
  const before = readFileSync(file);
  const run = await cli('pair', file, '--write', '--start', '01.01.1900');
  expect(run.code).toBe(2);
  expect(run.err).toContain('в дате «01.01.1900» год 1900, а допустимы годы с 2000 по 2100');
  expect(readFileSync(file).equals(before)).toBe(true);
});
