/**
 * The README is what school staff follow: the menu items, the «Настройки» parameters and their defaults it names must
 * be the ones the product has, word for word.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU } from '../../src/gas/menu';
import { settingSpecs } from '../../src/domain/bank/settings';
import { WEIGHT_SETTINGS } from '../../src/domain/matching/weights';

// The README and the guides in docs/ (docs/agreements.md names the agreements' menu item).
const docsDir = join(__dirname, '../../docs');
const readme = [readFileSync(join(__dirname, '../../README.md'), 'utf8'),
  ...(existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(docsDir, f), 'utf8')) : [])].join('\n');
/** The README wraps lines inside quotes; a label is compared with its spaces and line breaks collapsed. */
const flat = readme.replace(/\s+/g, ' ');
const labels = MENU.flatMap((entry) => (entry === 'separator' ? [] : [entry.label]));

function section(start: string, end: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from + start.length);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return readme.slice(from, to);
}

describe('README and the menu «Наставничество»', () => {
  test('every menu item is named in the README with its label', () => {
    expect(labels.filter((label) => !flat.includes(`«${label}»`) && !flat.includes(`**${label}**`) && !flat.includes(`| ${label} |`))).toEqual([]);
  });

  test('«Наставничество → …» names a menu item', () => {
    const named = [...flat.matchAll(/«Наставничество → ([^»]+)»/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((label) => !labels.includes(label))).toEqual([]);
  });

  test('the numbered steps of «Анкеты и мониторинг» and the documents table name menu items', () => {
    const steps = section('В Google Таблице, меню «Наставничество»:', 'Сколько стоит одна отправка формы');
    const bold = [...steps.replace(/\s+/g, ' ').matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    expect(bold).toEqual(expect.arrayContaining(['Создать анкеты', 'Разослать анкеты', 'Напомнить не ответившим', 'Пересчитать всё']));
    expect(bold.filter((label) => !labels.includes(label))).toEqual([]);

    const table = section('| документ | меню «Наставничество» | `--kind` |', '**В Google Таблице.**');
    const menuColumn = table.split('\n').slice(2).filter((line) => line.startsWith('|')).map((line) => line.split('|')[2].trim());
    expect(menuColumn).toHaveLength(7);
    expect(menuColumn.filter((label) => !labels.includes(label))).toEqual([]);
  });
});

describe('README and «Настройки»', () => {
  test('the compatibility table lists every weight with its label and default, in order', () => {
    const table = section('| параметр | по умолчанию | что значит |', '\n\n');
    const rows = table.split('\n').slice(2).filter((line) => line.startsWith('|')).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], Number(cells[2])])).toEqual(WEIGHT_SETTINGS.map((s) => [s.label, s.defaultValue]));
  });

  test('a parameter the README quotes is one «Настроить банк» writes', () => {
    const known = settingSpecs(new Date(2026, 8, 1)).map((spec) => spec.name);
    const prefixes = ['Вес:', 'Email ', 'Телефон ', 'Склонение ФИО ', 'Суффикс ', 'Основание для', 'Папка для', 'Минимальная совместимость', 'Разница в стаже для'];
    const quoted = [...flat.matchAll(/«([^«»]+)»/g)].map((m) => m[1]).filter((name) => prefixes.some((prefix) => name.startsWith(prefix)));
    expect(quoted.length).toBeGreaterThan(5);
    expect([...new Set(quoted)].filter((name) => !known.includes(name))).toEqual([]);
  });
});
