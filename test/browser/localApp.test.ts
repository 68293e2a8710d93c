/**
 * The curator's local app through the real server (hono on an ephemeral port of 127.0.0.1) and Debian's Chromium: the
 * sidebar pages of build/ over the client bridge, a teacher's personal link, and the locks — Host, access key, CSRF,
 * unknown links.
 */
import type { Browser } from 'playwright-core';
import { LOG_COLUMNS as L, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { startApp, type RunningApp } from '../../src/local/server/start';
import { ICT, menteeRow, mentorRow, pairingGrids, type BankRows } from '../helpers/pairingBank';
import { NOW } from '../helpers/sampleTables';
import { rawStatusLine, send } from '../helpers/http';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';
import { launchBrowser } from './sidebar';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const school: BankRows = {
  mentors: [
    mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: ICT, [M.subjects]: 'математика', [M.capacity]: 2, [M.email]: 'orlova@school.test' }),
    mentorRow('НС-002', 'Белов Игорь Сергеевич', { [M.experience]: 2, [M.email]: 'belov@school.test' }),
  ],
  mentees: [
    menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: ICT, [E.subjects]: 'математика', [E.email]: 'sidorova@school.test' }),
    menteeRow('НП-002', 'Кузнецов Олег Игоревич', { [E.deficits]: ICT }),
  ],
};

/** A school where НС-002 and НП-002 work in a pair since September: they answer the year's questionnaires. */
const working: BankRows = {
  ...school,
  mentees: [school.mentees[0], menteeRow('НП-002', 'Кузнецов Олег Игоревич', { [E.deficits]: ICT, [E.email]: 'kuznetsov@school.test' })],
  pairs: [{
    [P.code]: 'П-001', [P.mentorCode]: 'НС-002', [P.mentorName]: 'Белов Игорь Сергеевич', [P.menteeCodes]: 'НП-002', [P.menteeNames]: 'Кузнецов Олег Игоревич',
    [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует',
  }],
  log: [{ [L.time]: new Date(2026, 8, 1), [L.action]: '<script>window.__pwned = 1</script>', [L.codes]: 'НС-001', [L.details]: '<b>жирный</b>' }],
};

async function serve(rows: BankRows, lan = false): Promise<{ app: RunningApp; file: string }> {
  const file = await writeGrids(pairingGrids(rows));
  app = await startApp({ bankPath: file, port: 0, lan, now: () => NOW });
  return { app, file };
}

function linkPath(questionnaireId: string, code: string): string {
  return `/anketa/${questionnaireId}/${encodeURIComponent(linkedCode(code))}`;
}

describe('the local app in Chromium over the Excel bank', () => {
  test('«Подбор пар» is the sidebar page over the bridge: pick, accept, «Записать в «Пары»» — the rows are in the workbook', async () => {
    const { app, file } = await serve(school);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}pairing`);
    await page.getByRole('button', { name: /Сидорова Анна Викторовна/ }).click();
    await page.getByRole('heading', { name: /Наставники — Сидорова Анна Викторовна/ }).waitFor();
    expect(await page.locator('#mentor-list li.card').first().locator('.name').textContent()).toBe('Орлова Вера Павловна');
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано в «Пары»: 1 пара (П-001)' }).waitFor();
    expect(await sheetRecords(file, SHEET.pairs)).toEqual([expect.objectContaining({
      [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.menteeCodes]: 'НП-001', [P.status]: 'предложена', [P.kind]: 'традиционное («один на один»)',
    })]);
    expect((await sheetRecords(file, SHEET.log)).map((r) => r[L.codes])).toEqual(['П-001']);
    // The page reloads the list from the saved workbook: the mentee paired is no longer offered.
    await page.locator('#mentee-count', { hasText: '1' }).waitFor();
    expect(await page.locator('#mentee-list').textContent()).not.toContain('Сидорова');
    await page.context().close();
  });

  test('«Проверить банк» lists the workbook\'s issues; «перейти к ячейке» says where the cell is instead', async () => {
    const { app } = await serve({ ...school, mentors: [...school.mentors, mentorRow('НС-003', 'Котова Нина Петровна', { [M.experience]: 'двенадцать' })] });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}check`);
    const issue = page.getByRole('button', { name: /Наставники.*Ожидается число, указано «двенадцать»/ });
    await issue.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Не удалось перейти к ячейке' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('откройте книгу в Excel: лист «Наставники», строка 4, столбец «Стаж (лет)»');
    await page.context().close();
  });

  test('a teacher answers through a personal link: the row in the response sheet, the score in «Результаты», «Анкеты» shows the answer', async () => {
    const { app, file } = await serve(working, true);
    const curator = await (await browser.newContext()).newPage();
    await curator.goto(app.url);
    await curator.getByRole('link', { name: /Анкеты/ }).first().click();
    const section = curator.locator('section', { has: curator.getByRole('heading', { name: 'Удовлетворённость наставника работой в программе наставничества' }) });
    expect(await section.locator('p.muted').textContent()).toBe('Ответили: 0 из 1; ещё не ответили: 1.');
    const link = (await section.locator('td.link').textContent())!;
    expect(link).toBe(`${app.baseUrl}${linkPath('mentor-satisfaction', 'НС-002')}`);
    // The invitation to copy into the school's mail, with the same link.
    await section.getByText('Текст письма').click();
    const letter = (await section.locator('pre.letter').textContent())!;
    expect(letter).toContain('Кому: belov@school.test\nТема: Анкета «Удовлетворённость наставника работой в программе наставничества»');
    expect(letter).toContain(`Ваша личная ссылка:\n${link}\n`);

    // The teacher's own browser: no key, no cookie, only the link (on this machine's loopback address in the test).
    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`http://127.0.0.1:${app.port}${new URL(link).pathname}`);
    await teacher.getByRole('heading', { name: 'Удовлетворённость наставника работой в программе наставничества' }).waitFor();
    expect(await teacher.textContent('body')).toContain('Код участника: НС-002');
    for (const group of await teacher.locator('fieldset.item').all()) {
      const radios = group.locator('input[type=radio]');
      if (await radios.count()) await radios.nth((await radios.count()) > 3 ? 8 : 0).check();
      const text = group.locator('input[type=text], textarea');
      if (await text.count()) await text.first().fill('=HYPERLINK("http://evil.test")');
    }
    await teacher.getByRole('button', { name: 'Отправить' }).click();
    await teacher.getByRole('status').filter({ hasText: 'записан' }).waitFor();

    const responses = await sheetRecords(file, 'Ответы — удовл. наставников');
    expect(responses).toHaveLength(1);
    expect(responses[0]['Код участника']).toBe(linkedCode('НС-002'));
    // Text typed into the form is a cell's text, not a formula.
    expect(Object.values(responses[0])).toContain('=HYPERLINK("http://evil.test")');
    expect(await sheetRecords(file, SHEET.results)).toEqual([expect.objectContaining({
      'Код участника': 'НС-002', 'Код пары': 'П-001', 'Баллы': 9, 'Максимум': 10,
    })]);
    expect((await sheetRecords(file, SHEET.processing)).map((r) => r['Итог'])).toEqual(['результат']);
    await curator.reload();
    expect(await section.locator('p.muted').textContent()).toBe('Ответили: 1 из 1; ещё не ответили: 0.');
    // «Мониторинг»: the answer in the programme's table and in its chart of levels.
    await curator.getByRole('link', { name: 'Мониторинг' }).first().click();
    const row = curator.locator('tr', { has: curator.locator('td', { hasText: /^Удовлетворённость наставников$/ }) });
    expect(await row.locator('td').allTextContents()).toEqual(['Удовлетворённость наставников', '9', '10', 'высокая', '1']);
    expect(await curator.getByRole('img', { name: 'Удовлетворённость наставников: уровни' }).textContent()).toContain('1 (100 %)');
    await curator.context().close();
    await teacher.context().close();
  });

  test('two teachers answering at the same moment: both rows written, one writer at a time', async () => {
    const { app, file } = await serve({ ...working, pairs: [...working.pairs!, {
      [P.code]: 'П-002', [P.mentorCode]: 'НС-001', [P.mentorName]: 'Орлова Вера Павловна', [P.menteeCodes]: 'НП-001', [P.menteeNames]: 'Сидорова Анна Викторовна',
      [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует',
    }] });
    const answer = async (code: string) => {
      const form = await send(app.port, linkPath('mentor-satisfaction', code));
      const token = /name="t" value="([0-9a-f]+)"/.exec(form.body)![1];
      const fields = [...new Set([...form.body.matchAll(/name="(q\d+)" value="10"/g)].map((m) => m[1]))];
      const body = new URLSearchParams([['t', token], ...fields.map((f): [string, string] => [f, '10'])]);
      const required = [...form.body.matchAll(/name="(q\d+)" value="Да"/g)].map((m) => m[1]);
      for (const f of required) body.append(f, 'Да');
      return send(app.port, linkPath('mentor-satisfaction', code), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    };
    const [first, second] = await Promise.all([answer('НС-001'), answer('НС-002')]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect((await sheetRecords(file, SHEET.results)).map((r) => r['Код участника']).sort()).toEqual(['НС-001', 'НС-002']);
  });

  test('a wrong or absent personal link is a bare 404 that names nobody', async () => {
    const { app, file } = await serve(working, true);
    const good = linkPath('mentor-satisfaction', 'НС-002');
    const wrong = [
      good.replace(encodeURIComponent(linkedCode('НС-002')), encodeURIComponent('НС-002 (проверка 0000)')),
      good.replace(encodeURIComponent(linkedCode('НС-002')), encodeURIComponent('НС-002')),
      linkPath('mentor-satisfaction', 'НС-001'), // not in a pair: not asked
      linkPath('mentor-satisfaction', 'НС-999'),
      linkPath('no-such-form', 'НС-002'),
      '/anketa/mentor-satisfaction',
      '/anketa/',
    ];
    const answers = await Promise.all(wrong.map((path) => send(app.port, path)));
    expect(answers.map((a) => a.status)).toEqual(wrong.map(() => 404));
    const unknownPage = (await send(app.port, '/anketa/x/y')).body;
    for (const a of answers) {
      expect(a.body).toBe(unknownPage);
      expect(a.body).not.toMatch(/НС-|Белов|Удовлетворённость/);
    }
    const posted = await send(app.port, wrong[0], { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'q1=10' });
    expect(posted.status).toBe(404);
    // The right link without the form's token: refused, nothing written.
    const forged = await send(app.port, good, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'q1=10&t=00' });
    expect(forged.status).toBe(403);
    await expect(sheetRecords(file, 'Ответы — удовл. наставников')).rejects.toThrow('no sheet');
  });

  test('a request naming another host is refused (DNS rebinding); nothing outside the app\'s pages is served', async () => {
    const { app } = await serve(school);
    for (const host of ['evil.example', `evil.example:${app.port}`, `127.0.0.1.nip.io:${app.port}`, `127.0.0.1:${app.port + 1}`]) {
      const answer = await send(app.port, '/', { host });
      expect([host, answer.status]).toEqual([host, 421]);
    }
    // Node's client always sends a Host: a request without one goes over a bare socket.
    expect(await rawStatusLine(app.port, 'GET / HTTP/1.0\r\n\r\n')).toBe('HTTP/1.1 421 Misdirected Request');
    expect((await send(app.port, '/', { host: `localhost:${app.port}` })).status).toBe(200);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/build/Code.js', '/build/pairing.html', '/src/ui/shared/addon.css', '/pairing.html', '/.git/config']) {
      const answer = await send(app.port, path);
      expect([path, answer.status]).toEqual([path, 404]);
    }
  });

  test('with --lan the curator\'s pages need the access key; the key once given is a cookie the pages then use', async () => {
    const { app, file } = await serve(school, true);
    expect((await send(app.port, '/')).status).toBe(403);
    expect((await send(app.port, '/pairing')).status).toBe(403);
    expect((await send(app.port, '/?key=wrong')).status).toBe(403);
    expect((await send(app.port, '/api/pairingLoad', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': app.secrets.csrfToken }, body: '{"args":[]}' })).status).toBe(403);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${app.port}/pairing`);
    expect(await page.textContent('body')).toContain('Нужен ключ доступа');
    await page.goto(app.url);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('link', { name: /Подбор пар/ }).first().click();
    await page.getByRole('button', { name: /Сидорова Анна Викторовна/ }).click();
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано в «Пары»: 1 пара (П-001)' }).waitFor();
    expect((await sheetRecords(file, SHEET.pairs)).map((r) => r[P.code])).toEqual(['П-001']);
    await page.context().close();
  });

  test('a write without the CSRF token is refused and changes nothing', async () => {
    const { app, file } = await serve(school);
    const confirm = JSON.stringify({ args: [[{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]] });
    const attempts: Array<Record<string, string>> = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', 'x-csrf-token': 'guess' }];
    for (const headers of attempts) {
      const answer = await send(app.port, '/api/pairingConfirm', { method: 'POST', headers, body: confirm });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toEqual({ ok: false, message: 'Запрос отклонён: нет ключа формы (CSRF). Обновите страницу и повторите.' });
    }
    expect((await send(app.port, '/setup', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'csrf=guess' })).status).toBe(403);
    expect(await sheetRecords(file, SHEET.pairs)).toEqual([]);
    const allowed = await send(app.port, '/api/pairingConfirm', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': app.secrets.csrfToken }, body: confirm });
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: true, value: { written: [{ code: 'П-001' }] } });
  });

  test('text from the workbook is shown as text: «Журнал» with markup in its cells', async () => {
    const { app } = await serve(working);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}journal`);
    const cells = await page.locator('table.sheet td').allTextContents();
    expect(cells).toContain('<script>window.__pwned = 1</script>');
    expect(cells).toContain('<b>жирный</b>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.context().close();
  });
});
