import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, LOG_COLUMNS as L, SHEET } from '../../src/domain/bank/schema';
import { pairs as fixturePairs } from '../domain/documents/fixtures';
import { cli, tempDir } from '../helpers/cli';
import { documentGrids } from '../helpers/documentsBank';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const statuses = async (file: string) => Object.fromEntries((await sheetRecords(file, SHEET.pairs)).map((r) => [r[P.code], r[P.status]]));

/** Appends a row to a sheet by header, as a curator would type it in Excel. */
async function addRow(file: string, sheetName: string, values: Record<string, string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.addRow(header.map((title) => values[title] ?? null));
  await workbook.xlsx.writeFile(file);
}

async function setCell(file: string, sheetName: string, row: number, header: string, value: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  sheet.getCell(row, (sheet.getRow(1).values as unknown[]).indexOf(header)).value = value;
  await workbook.xlsx.writeFile(file);
}

/** Two proposed pairs listed in order 1-од (made by `docs`), one at work; then two proposals the order does not list. */
async function bankWithPairsOrder(): Promise<string> {
  const file = await writeGrids(documentGrids({
    pairs: [fixturePairs[0], fixturePairs[1], { ...fixturePairs[2], status: 'действует', start: undefined, end: undefined }],
    settings: { 'Учебный год': '2026/2027' },
  }));
  expect((await cli('docs', file, '--out', tempDir(), '--kind', 'order-pairs')).code).toBe(0);
  const pair = { [P.mentorCode]: 'Н-001', [P.mentorName]: 'Иванова Мария Петровна', [P.menteeCodes]: 'У-005', [P.menteeNames]: 'Осадчая Любовь Николаевна', [P.status]: 'предложена' };
  await addRow(file, SHEET.pairs, { ...pair, [P.code]: 'П-005' });
  // Same number, another year: numbers restart each January, so this is not the order being signed.
  await addRow(file, SHEET.pairs, { ...pair, [P.code]: 'П-006', [P.order]: '1-од от 12.01.2026' });
  return file;
}

describe('cli sign', () => {
  test('marks the order «подписан» and approves exactly the pairs it lists', async () => {
    const file = await bankWithPairsOrder();
    expect(await statuses(file)).toEqual({ 'П-001': 'предложена', 'П-002': 'предложена', 'П-003': 'действует', 'П-005': 'предложена', 'П-006': 'предложена' });
    const run = await cli('sign', file, '--order', '1-од');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Приказ № 1-од от 20.11.2026 «О закреплении наставнических пар (групп)» отмечен как подписанный (лист «Приказы», строка 2');
    expect(run.out).toContain('Утверждены пары этого приказа (статус «утверждена»): 2 пары — П-001, П-002.');
    expect(await statuses(file)).toEqual({ 'П-001': 'утверждена', 'П-002': 'утверждена', 'П-003': 'действует', 'П-005': 'предложена', 'П-006': 'предложена' });
    expect((await sheetRecords(file, SHEET.orders)).map((r) => r[O.status])).toEqual(['подписан']);
    const log = (await sheetRecords(file, SHEET.log)).slice(-2).map((r) => [r[L.action], r[L.codes], r[L.details]]);
    expect(log).toEqual([
      ['Приказ подписан', null, '№ 1-од от 20.11.2026'], // no codes: an empty cell, not an empty text
      ['Пары утверждены подписанным приказом', 'П-001; П-002', '№ 1-од от 20.11.2026'],
    ]);
  });

  test('the order\'s row pasted twice in «Приказы»: signed once, no date asked for, the copy named', async () => {
    const file = await bankWithPairsOrder();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const register = workbook.getWorksheet(SHEET.orders)!;
    register.getRow(3).values = register.getRow(2).values;
    await workbook.xlsx.writeFile(file);
    const run = await cli('sign', file, '--order', '1-од');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('отмечен как подписанный (лист «Приказы», строка 2');
    expect(run.out).toContain('Тот же приказ записан в реестре ещё раз — в строке 3 листа «Приказы»');
    expect(await statuses(file)).toMatchObject({ 'П-001': 'утверждена', 'П-002': 'утверждена' });
  });

  test('an order already signed: exit 1 and the file untouched', async () => {
    const file = await bankWithPairsOrder();
    expect((await cli('sign', file, '--order', '№ 1-од')).code).toBe(0);
    const before = hash(file);
    const again = await cli('sign', file, '--order', '1-од от 20.11.2026');
    expect(again.code).toBe(1);
    expect(again.out).toBe('Приказ № 1-од от 20.11.2026 «О закреплении наставнических пар (групп)» уже подписан (лист «Приказы», строка 2): ничего не изменено.');
    expect(hash(file)).toBe(before);
  });

  test('«подписан» typed by hand in Excel: sign applies it to the pairs still waiting', async () => {
    const file = await bankWithPairsOrder();
    await setCell(file, SHEET.orders, 2, O.status, 'подписан');
    const run = await cli('sign', file, '--order', '1');
    expect(run.code).toBe(0);
    expect(run.out).toContain('уже был отмечен подписанным');
    expect((await statuses(file))['П-001']).toBe('утверждена');
  });

  test('a number two years share: both orders listed, the date asked for, exit 2, nothing changed', async () => {
    const file = await bankWithPairsOrder();
    await addRow(file, SHEET.orders, { [O.number]: '1-од', [O.date]: '12.01.2027', [O.kind]: 'О поощрении участников наставнической деятельности', [O.title]: 'О поощрении участников наставнической деятельности', [O.status]: 'проект' });
    const before = hash(file);
    const run = await cli('sign', file, '--order', '1-од');
    expect(run.code).toBe(2);
    expect(run.err).toBe('Ошибка: На листе «Приказы» несколько приказов № 1-од: № 1-од от 20.11.2026 «О закреплении наставнических пар (групп)»; № 1-од от 12.01.2027 «О поощрении участников наставнической деятельности». Укажите дату приказа, например «1-од от 20.11.2026».');
    expect(hash(file)).toBe(before);
    expect((await cli('sign', file, '--order', '1-од от 12.01.2027')).code).toBe(0);
  });

  test('unknown order, unreadable date, missing option or file: exit 2, nothing changed', async () => {
    const file = await bankWithPairsOrder();
    const before = hash(file);
    const unknown = await cli('sign', file, '--order', '9-од');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('Ошибка: На листе «Приказы» нет приказа № 9-од (последние приказы: 1-од от 20.11.2026).');
    const wrongYear = await cli('sign', file, '--order', '1-од от 20.11.2025');
    expect(wrongYear.code).toBe(2);
    expect((await cli('sign', file, '--order', '1-од от 31.02.2026')).err).toContain('Дата приказа «31.02.2026» не читается');
    const usage = await cli('sign', file);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('укажите номер приказа из листа «Приказы»: --order');
    expect(usage.err).toContain('Использование: npm run -s cli -- sign FILE.xlsx --order НОМЕР');
    expect((await cli('sign', join(tempDir(), 'нет.xlsx'), '--order', '1')).code).toBe(2);
    expect(hash(file)).toBe(before);
  });
});
