/**
 * What a newcomer meets after `npm ci && npm start`: the app over a freshly made demo school (the demo `serve --demo`
 * runs when the bank is absent), where the teachers hired in June wait for a pair. Pairing them through the page
 * writes their rows into «Пары» of the workbook file.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { MENTEE_COLUMNS as E, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { NEW_TEACHER_NAMES } from '../../src/domain/demo/newTeachers';
import { startApp, type RunningApp } from '../../src/local/server/start';
import { cli, tempDir } from '../helpers/cli';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords } from '../helpers/workbookFile';
import { launchBrowser } from './sidebar';

let browser: Browser;
let app: RunningApp | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

test('on the demo school «Подобрать всех» → «Записать в «Пары»» pairs the new teachers: their rows are in the workbook', async () => {
  const dir = tempDir();
  expect((await cli('demo', '--out', dir)).code).toBe(0);
  const file = join(dir, 'bank.xlsx');
  const mentees = await sheetRecords(file, SHEET.mentees);
  const newcomers = mentees.filter((m) => NEW_TEACHER_NAMES.includes(String(m[E.fullName])));
  expect(newcomers).toHaveLength(NEW_TEACHER_NAMES.length);
  const codes = newcomers.map((m) => String(m[E.code]));
  const paired = (pairs: Array<Record<string, unknown>>) => pairs.filter((p) => codes.some((code) => String(p[P.menteeCodes]).split('; ').includes(code)));
  const before = await sheetRecords(file, SHEET.pairs);
  expect(paired(before)).toEqual([]);

  app = await startApp({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.url);
  await page.getByRole('link', { name: /Подбор пар/ }).first().click();
  for (const name of NEW_TEACHER_NAMES) await page.getByRole('button', { name: new RegExp(name) }).waitFor();
  await page.getByRole('button', { name: 'Подобрать всех' }).click();
  await page.getByRole('status').filter({ hasText: /Предложено наставляемых: \d+/ }).waitFor();
  for (const name of NEW_TEACHER_NAMES) expect(await page.locator('#draft-list').textContent()).toContain(name);
  await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
  await page.getByRole('status').filter({ hasText: 'Записано в «Пары»' }).waitFor();

  const after = await sheetRecords(file, SHEET.pairs);
  const added = after.slice(before.length);
  expect(added.length).toBeGreaterThan(0);
  expect(added.every((p) => p[P.status] === 'предложена')).toBe(true);
  expect(paired(added).flatMap((p) => String(p[P.menteeCodes]).split('; ')).filter((c) => codes.includes(c)).sort()).toEqual([...codes].sort());
  // The rows written before stay as they were.
  expect(after.slice(0, before.length)).toEqual(before);
  await page.context().close();
});
