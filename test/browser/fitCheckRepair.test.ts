/**
 * Issue 12, done when: a fit-check answer «Не хочу продолжать» leads through the sidebar to a new proposal without
 * the old mentor. The page is the sidebar's own, served by the curator's app over a workbook file, in Chromium.
 */
import type { Browser } from 'playwright-core';
import { FORBIDDEN_COLUMNS as F, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import type { Cell } from '../../src/domain/bank/table';
import { DO_NOT_CONTINUE, fitCheck } from '../../src/domain/questionnaires/catalog/fit-check';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { TIMESTAMP_TITLE } from '../../src/domain/questionnaires/responses';
import { startApp, type RunningApp } from '../../src/local/server/start';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';
import { launchBrowser } from './sidebar';

const NOW = new Date(2026, 9, 20, 10, 30);
const PARENTS = 'взаимодействие с родителями';

let browser: Browser;
let app: RunningApp | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

test('«Не хочу продолжать» → «Требуют внимания» → «Подобрать заново» → «Записать в «Пары»»: the old pair ends and is forbidden, the mentee gets the other mentor', async () => {
  const grids = pairingGrids({
    mentors: [
      mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: `${ICT}; ${PARENTS}` }),
      mentorRow('НС-002', 'Белова Анна Юрьевна', { [M.competences]: ICT }),
    ],
    mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: `${ICT}; ${PARENTS}` })],
    pairs: [{
      [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.mentorName]: 'Орлова Вера Павловна', [P.menteeCodes]: 'НП-001',
      [P.menteeNames]: 'Сидорова Анна Викторовна', [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует',
    }],
  });
  const q = fitCheck();
  grids[q.responseSheet] = [
    [TIMESTAMP_TITLE, ...q.items.map((item) => item.title)],
    [new Date(2026, 9, 12, 10), linkedCode('НП-001'), 8, 7, DO_NOT_CONTINUE, ''] as Cell[],
  ];
  const file = await writeGrids(grids);

  app = await startApp({ bankPath: file, port: 0, lan: false, now: () => NOW });
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
