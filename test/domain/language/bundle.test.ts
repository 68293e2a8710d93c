import { buildSync } from 'esbuild';
import * as path from 'node:path';
import * as vm from 'node:vm';

/*
 * The language module (with lvovich inside) must run in Apps Script: one ES2020 script, no Node globals.
 * Bundle it the way the add-on is bundled and run it in an empty V8 context.
 */
const entry = path.resolve(__dirname, '../../../src/domain/language/index.ts');

function bundle(): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Language',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('the language module as an Apps Script bundle', () => {
  const code = bundle();

  test('needs nothing from Node', () => {
    // esbuild's own CommonJS wrapper is a function named __require; an external module would be __require("name").
    expect(code).not.toMatch(/__require\(["'`]|\brequire\(["'`]/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|\bglobal\.|__dirname/);
    // Printed for the guide's figures (docs/performance.md): the size Apps Script has to load.
    console.log(`language bundle: ${(code.length / 1024).toFixed(1)} KiB`);
  });

  test('runs in an empty context', () => {
    const context = vm.createContext({});
    vm.runInContext(`${code};this.Language = Language;`, context);
    const language = (context as { Language: typeof import('../../../src/domain/language') }).Language;
    expect(language.declineFullName('Гумерова Гульсасак Манжуровна', 'винительный')).toBe('Гумерову Гульсасак Манжуровну');
    expect(language.declineFullName('Коломиец Василий Петрович', 'родительный')).toBe('Коломийца Василия Петровича');
    expect(language.formatDateLong('2022-11-16')).toBe('16 ноября 2022 г.');
    expect(language.countOf(3, 'пара')).toBe('3 пары');
  });
});
