/**
 * Post/Redirect/Get: every form of the app answers its POST with 303 to a GET page that shows what was done, once — a
 * refresh of that page (a GET again) neither writes again nor repeats the outcome.
 */
import { SHEET } from '../../src/domain/bank/schema';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { appPerTest, ONE_PAIR } from '../helpers/localApp';
import { menteeRow, pairingGrids } from '../helpers/pairingBank';
import { postForm, send } from '../helpers/http';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const apps = appPerTest();
// A mentee typed in without a code: «Настроить банк» has one to give.
const grids = pairingGrids({ ...ONE_PAIR, mentees: [...ONE_PAIR.mentees, menteeRow('', 'Сидорова Анна Викторовна')] });

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test('«Настроить банк»: 303 to /setup, which shows the codes given once; a refresh shows the page without them and writes nothing', async () => {
  const file = await writeGrids(grids);
  const app = await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const posted = await postForm(app.port, '/setup', { csrf: app.secrets.csrfToken });
  expect(posted.status).toBe(303);
  const location = String(posted.headers.location);
  expect(location).toMatch(/^\/setup\?done=[0-9a-f]+$/);
  const outcome = '«Наставляемые»: присвоено кодов — 1 (НП-002).';
  expect(occurrences(text((await send(app.port, location)).body), outcome)).toBe(1);
  const log = await sheetRecords(file, SHEET.log);
  const refreshed = await send(app.port, location);
  expect(refreshed.status).toBe(200);
  expect(text(refreshed.body)).not.toContain(outcome);
  expect(refreshed.body).toContain('Настроить банк');
  expect(await sheetRecords(file, SHEET.log)).toEqual(log);
  // An id the server never gave shows the page as it is.
  expect(text((await send(app.port, '/setup?done=zz')).body)).not.toContain('присвоено');
});

test('«Документы»: making and signing redirect to /documents with what was done; «Анкеты»: the import too', async () => {
  const file = await writeGrids(grids);
  const app = await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const csrf = app.secrets.csrfToken;
  const signed = await postForm(app.port, '/documents/sign', { csrf, order: '99-од' });
  expect([signed.status, String(signed.headers.location)]).toEqual([303, expect.stringMatching(/^\/documents\?done=/)]);
  const outcome = 'В книге нет листа «Приказы»: подписывать нечего.';
  expect(occurrences(text((await send(app.port, String(signed.headers.location))).body), outcome)).toBe(1);
  expect(text((await send(app.port, String(signed.headers.location))).body)).not.toContain(outcome);

  const form = new FormData();
  form.set('csrf', csrf);
  form.set('file', new Blob(['"Имя"\r\n"Анна"'], { type: 'text/csv' }), 'ответы.csv');
  const imported = await fetch(`http://127.0.0.1:${app.port}/questionnaires/import`, { method: 'POST', body: form, redirect: 'manual' });
  expect(imported.status).toBe(303);
  expect(imported.headers.get('location')).toMatch(/^\/questionnaires\?done=/);
  const page = text((await send(app.port, imported.headers.get('location')!)).body);
  expect(occurrences(page, 'Не удалось узнать анкету по заголовкам столбцов файла «ответы.csv»')).toBe(1);
});

test('a teacher\'s answer: 303 to the personal link, which thanks once; a refresh shows the form, and the answer is written once', async () => {
  const file = await writeGrids(grids);
  const app = await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const path = `/anketa/mentor-satisfaction/${encodeURIComponent(linkedCode('НС-001'))}`;
  const form = await send(app.port, path);
  const body = new URLSearchParams([['t', /name="t" value="([0-9a-f]+)"/.exec(form.body)![1]]]);
  for (const [, field] of form.body.matchAll(/name="(q\d+)" value="10"/g)) if (!body.has(field)) body.append(field, '10');
  for (const [, field] of form.body.matchAll(/name="(q\d+)" value="Да"/g)) if (!body.has(field)) body.append(field, 'Да');
  const posted = await send(app.port, path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
  expect(posted.status).toBe(303);
  const location = String(posted.headers.location);
  expect(location.startsWith(`${path}?done=`)).toBe(true);
  expect(text((await send(app.port, location)).body)).toContain('Ваш ответ на анкету «Удовлетворённость наставника работой в программе наставничества» записан.');
  const again = await send(app.port, location);
  expect(again.body).not.toContain('записан.');
  expect(again.body).toContain('Отправить');
  expect(await sheetRecords(file, 'Ответы — удовл. наставников')).toHaveLength(1);
});
