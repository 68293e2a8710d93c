/**
 * Issue 12, done when: a fit-check answer «Не хочу продолжать» leads through the sidebar to a new proposal without
 * the old mentor. The page is the sidebar's own, served by the curator's app over a workbook file, in Chromium.
 */
import type { Browser } from 'playwright-core';
import { FORBIDDEN_COLUMNS as F, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { DO_NOT_CONTINUE } from '../../src/domain/questionnaires/catalog/fit-check';
import { fitCheckSchool } from '../helpers/fitCheckSchool';
import { appPerTest } from '../helpers/localApp';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';
import { launchBrowser } from './sidebar';

const NOW = new Date(2026, 9, 20, 10, 30);

let browser: Browser;
const apps = appPerTest();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('«Не хочу продолжать» → «Требуют внимания» → «Подобрать заново» → «Записать в «Пары»»: the old pair ends and is forbidden, the mentee gets the other mentor', async () => {
  const grids = fitCheckSchool([['НП-001', 8, 7, DO_NOT_CONTINUE]]);
  const file = await writeGrids(grids);

  const app = await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.url);
  await page.getByRole('link', { name: /Подбор пар/ }).first().click();
  const repair = page.getByRole('button', { name: 'Подобрать заново: пара П-001' });
  await repair.waitFor();
  expect(await page.locator('body').textContent()).toContain(`наставляемый Сидорова А.В.: ответил «${DO_NOT_CONTINUE}»`);
  await repair.click();
  await page.getByRole('status').filter({ hasText: 'Пара П-001 прекращена' }).waitFor();
  const draft = await page.locator('#draft-list').textContent();
  expect(draft).toContain('Белова');
  expect(draft).not.toContain('Орлова');
  await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
  await page.getByRole('status').filter({ hasText: 'Записано в «Пары»' }).waitFor();

  const pairs = await sheetRecords(file, SHEET.pairs);
  expect(pairs.map((p) => [p[P.code], p[P.mentorCode], p[P.menteeCodes], p[P.status], p[P.endReason] ?? null])).toEqual([
    ['П-001', 'НС-001', 'НП-001', 'прекращена', 'пара не сложилась'],
    ['П-002', 'НС-002', 'НП-001', 'предложена', null],
  ]);
  expect(await sheetRecords(file, SHEET.forbidden)).toEqual([{ [F.mentorCode]: 'НС-001', [F.menteeCode]: 'НП-001', [F.reason]: 'пара не сложилась (П-001)' }]);
  // The attention is gone: the pair is over.
  await page.reload();
  await page.getByRole('button', { name: 'Подобрать всех' }).waitFor();
  expect(await page.getByRole('button', { name: 'Подобрать заново: пара П-001' }).count()).toBe(0);
  await page.context().close();
});
