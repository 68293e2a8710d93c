/** «Документы» of the local app through the real server: an order made and registered, signed, downloaded; nothing else served. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { documentsDir } from '../../src/local/server/documentPages';
import { startApp, type RunningApp } from '../../src/local/server/start';
import { documentGrids } from '../helpers/documentsBank';
import { postForm, redirected, send } from '../helpers/http';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('make the pairs order, sign it, download it: «Приказы» and «Пары» in the workbook; only the folder\'s .docx files are served', async () => {
  const file = await writeGrids(documentGrids());
  // The fixtures' school year is 2022/2023: its pairs start in November 2022.
  app = await startApp({ bankPath: file, port: 0, lan: false, now: () => new Date(2022, 10, 16, 10) });
  const csrf = app.secrets.csrfToken;
  const made = await redirected(app.port, await postForm(app.port, '/documents/make', { csrf, kind: 'order-pairs' }));
  expect(made.status).toBe(200);
  expect(made.body).toMatch(/Приказ № 1-од зарегистрирован на листе «Приказы» \(статус «проект»\)/);
  expect((await sheetRecords(file, SHEET.orders)).map((r) => [r[O.number], r[O.status]])).toEqual([['1-од', 'проект']]);

  const links = [...made.body.matchAll(/href="(\/files\/[^"]+)"/g)].map((m) => m[1]);
  expect(links).toHaveLength(1);
  const download = await send(app.port, links[0]);
  expect(download.status).toBe(200);
  expect(download.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  expect(download.bytes.subarray(0, 2).toString()).toBe('PK');

  const proposed = (await sheetRecords(file, SHEET.pairs)).filter((r) => r[P.status] === 'предложена').map((r) => r[P.code]);
  expect(proposed.length).toBeGreaterThan(0);
  const signed = await redirected(app.port, await postForm(app.port, '/documents/sign', { csrf, order: '1-од' }));
  expect(signed.body).toContain('отмечен как подписанный');
  expect((await sheetRecords(file, SHEET.orders)).map((r) => r[O.status])).toEqual(['подписан']);
  const pairs = await sheetRecords(file, SHEET.pairs);
  expect(proposed.map((code) => pairs.find((r) => r[P.code] === code)![P.status])).toEqual(proposed.map(() => 'утверждена'));

  // Another file next to the documents, the bank itself, a template outside: never served.
  writeFileSync(join(documentsDir(file), 'заметки.txt'), 'секрет');
  for (const path of [`/files/${encodeURIComponent('заметки.txt')}`, '/files/../bank.xlsx', '/files/%2e%2e/bank.xlsx', '/files/..%2fbank.xlsx', '/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/files/%E0%A4%A', `/files/${encodeURIComponent(file)}`]) {
    expect([path, (await send(app.port, path)).status]).toEqual([path, 404]);
  }
  // Without the CSRF token nothing is made.
  expect((await postForm(app.port, '/documents/make', { kind: 'order-curator' })).status).toBe(403);
});
