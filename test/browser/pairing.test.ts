import type { Browser } from 'playwright-core';
import { SHEET, PAIR_COLUMNS as P, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M } from '../../src/domain/bank/schema';
import { FakeLockService } from '../fakes/script-app';
import { createGasFakes, installGlobals, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { ICT, menteeRow, mentorRow, pairingGrids, type BankRows } from '../helpers/pairingBank';
import { loadBundle } from '../vm/loadBundle';
import { launchBrowser, openSidebar, until, type Sidebar } from './sidebar';

const PARENTS = 'взаимодействие с родителями';
const SERVER_FUNCTIONS = ['pairingLoad', 'pairingSuggest', 'pairingProposeAll', 'pairingCheck', 'pairingConfirm'];

/** Throws where google.script.run would: a Date, NaN or a class instance in a reply. */
function assertPlain(value: unknown, path: string): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} не передаётся через google.script.run`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
  // The bundle runs in its own vm realm, so its objects have that realm's Object.prototype.
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) assertPlain(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path}: ${Object.prototype.toString.call(value)} не передаётся через google.script.run`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Session {
  fakes: GasFakes;
  sidebar: Sidebar;
  calls: string[];
  pairs(): Record<string, unknown>[];
}

let session: Session | undefined;
let uninstall: (() => void) | undefined;
afterEach(async () => {
  await session?.sidebar.close();
  uninstall?.();
  session = undefined;
});

/** The real server: build/Code.js's top-level functions over the in-memory spreadsheet. */
/** Stands between the page and a server function: to delay its answer or to fail as Google's side does. */
type Intercept = (name: string, call: () => unknown) => unknown;

async function open(rows: BankRows, intercept: Intercept = (_, call) => call()): Promise<Session> {
  const fakes = createGasFakes(spreadsheetWith(pairingGrids(rows)));
  uninstall = installGlobals(fakes);
  const lockService = new FakeLockService();
  const context = loadBundle({ ...fakes.globals, LockService: lockService });
  const calls: string[] = [];
  const functions = Object.fromEntries(SERVER_FUNCTIONS.map((name) => [name, (...args: never[]) => {
    calls.push(name);
    return intercept(name, () => {
      const value = (context[name] as (...a: unknown[]) => unknown)(...args);
      assertPlain(value, name);
      return value;
    });
  }]));
  const sidebar = await openSidebar(browser, 'pairing', functions);
  const pairs = () => {
    const [header, ...rows] = fakes.spreadsheet.sheet(SHEET.pairs).grid();
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  };
  session = { fakes, sidebar, calls, pairs };
  return session;
}

const school: BankRows = {
  mentors: [
    mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: ICT, [M.subjects]: 'математика', [M.capacity]: 2 }),
    mentorRow('НС-002', 'Белов Игорь Сергеевич', { [M.experience]: 2 }),
  ],
  mentees: [
    menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: ICT, [E.subjects]: 'математика' }),
    menteeRow('НП-002', 'Кузнецов Олег Игоревич', { [E.deficits]: ICT }),
  ],
};

describe('«Подбор пар» sidebar in Chromium, served by build/Code.js over the fakes', () => {
  test('pick a mentee, accept the best suggestion, confirm: the row appears in «Пары»', async () => {
    const { sidebar, calls, pairs } = await open(school);
    const { page } = sidebar;
    await page.getByRole('button', { name: /Сидорова Анна Викторовна/ }).click();
    await page.getByRole('heading', { name: /Наставники — Сидорова Анна Викторовна/ }).waitFor();
    const first = page.locator('#mentor-list li.card').first();
    expect(await first.locator('.name').textContent()).toBe('Орлова Вера Павловна');
    expect(await first.locator('.reasons').textContent()).toContain('тот же предмет: математика');
    expect(await first.locator('.meta').first().textContent()).toBe('НС-001 · учитель · наставляемых 0 из 2');
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    expect(await page.locator('#draft-count').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано в «Пары»: 1 пара (П-001)' }).waitFor();
    expect(pairs()).toEqual([expect.objectContaining({
      [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.menteeCodes]: 'НП-001', [P.status]: 'предложена', [P.kind]: 'традиционное («один на один»)',
    })]);
    expect(calls).toEqual(['pairingLoad', 'pairingSuggest', 'pairingConfirm', 'pairingLoad']);
    // The written mentee is no longer offered.
    await until(() => calls.length === 4);
    expect(await page.locator('#mentee-list').textContent()).not.toContain('Сидорова');
  });

  test('the planned period: defaults shown, a period out of 3–12 months refused next to the button, a chosen one written', async () => {
    const { sidebar, pairs } = await open(school);
    const { page } = sidebar;
    const start = page.getByLabel('Начало');
    const end = page.getByLabel('Окончание');
    await page.locator('#mentee-count', { hasText: '2' }).waitFor();
    expect(await start.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await end.inputValue()).toMatch(/-05-31$/);
    await page.getByRole('button', { name: /Сидорова Анна Викторовна/ }).click();
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    await start.fill('2026-10-01');
    await end.fill('2026-11-15');
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'меньше 3 месяцев' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Ничего не записано. Срок программы — от 3 до 12 месяцев, а с 01.10.2026 по 15.11.2026 меньше 3 месяцев.');
    expect(await page.locator('#draft-count').textContent()).toBe('1');
    expect(pairs()).toEqual([]);
    await end.fill('2027-04-30');
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано в «Пары»: 1 пара' }).waitFor();
    expect(pairs().map((p) => [p[P.start], p[P.end]])).toEqual([[new Date(2026, 9, 1), new Date(2027, 3, 30)]]);
    // What the curator typed stays after the reload.
    expect(await end.inputValue()).toBe('2027-04-30');
  });

  test('the best mentors come first; «Показать всех» fetches the rest and the unavailable ones by name', async () => {
    const many = Array.from({ length: 20 }, (_, i) => mentorRow(`НС-1${String(i).padStart(2, '0')}`, `Учителева Ольга ${i}`, { [M.competences]: ICT }));
    const { sidebar, calls } = await open({
      ...school,
      mentors: [...school.mentors, ...many, mentorRow('НС-003', 'Титова Ольга Ивановна', { [M.consentMentor]: 'нет' })],
    });
    const { page } = sidebar;
    await page.getByRole('button', { name: /Кузнецов Олег Игоревич/ }).click();
    await page.locator('#mentor-list li.card').first().waitFor();
    expect(await page.locator('#mentor-list li.card').count()).toBe(5);
    expect(await page.locator('#excluded-summary').textContent()).toBe('нет согласия быть наставником: 1');
    expect(await page.locator('#excluded-list li').count()).toBe(0);
    await page.getByRole('button', { name: 'Показать всех: 22' }).click();
    await page.locator('#mentor-list li.card').nth(21).waitFor();
    expect(calls.filter((c) => c === 'pairingSuggest')).toHaveLength(2);
    expect(await page.locator('#excluded-list').textContent()).toContain('Титова Ольга Ивановна');
  });

  test('names with HTML are shown as text and never run', async () => {
    const evil = '<img src=x onerror="window.__hacked=1">';
    const { sidebar } = await open({
      mentors: [mentorRow('НС-001', '<b>Жирный</b> Наставник', { [M.competences]: ICT })],
      mentees: [menteeRow('НП-001', evil, { [E.deficits]: ICT })],
    });
    const { page } = sidebar;
    await page.getByRole('button', { name: evil }).click();
    await page.locator('#selected-name', { hasText: evil }).waitFor();
    expect(await page.locator('#mentor-list').textContent()).toContain('<b>Жирный</b> Наставник');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#mentor-list b').count()).toBe(0);
    await page.getByRole('button', { name: 'Принять: <b>Жирный</b> Наставник' }).click();
    expect(await page.locator('#draft-list').textContent()).toContain(evil);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  });

  test('«Подобрать всех»: review, remove a line, confirm; one mentor\'s mentees become one group row', async () => {
    const { sidebar, pairs } = await open({
      mentors: [...school.mentors, mentorRow('НС-003', 'Зайцева Нина Петровна', { [M.competences]: PARENTS })],
      mentees: [...school.mentees, menteeRow('НП-003', 'Громова Нина Олеговна', { [E.deficits]: PARENTS })],
    });
    const { page } = sidebar;
    await page.locator('#mentee-count', { hasText: '3' }).waitFor();
    await page.getByRole('button', { name: 'Подобрать всех' }).click();
    await page.getByRole('status').filter({ hasText: 'Предложено наставляемых: 3, без пары: 0' }).waitFor();
    // Next to the button, not at the top of the panel.
    expect(await page.locator('#propose-status').textContent()).toMatch(/^Предложено наставляемых: 3/);
    expect(await page.locator('#draft-list li.draft').count()).toBe(3);
    await page.getByRole('button', { name: 'Убрать из списка: Громова Нина Олеговна' }).click();
    expect(await page.locator('#draft-count').textContent()).toBe('2');
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано' }).waitFor();
    expect(pairs().map((p) => [p[P.mentorCode], p[P.menteeCodes], p[P.kind]])).toEqual([['НС-001', 'НП-001; НП-002', 'групповое']]);
  });

  test('a manual pair that breaks a hard rule is refused with the reason, shown where the curator clicked (300 × 700)', async () => {
    const many = Array.from({ length: 6 }, (_, i) => mentorRow(`НС-01${i}`, `Учителева Ольга ${['Ивановна', 'Петровна', 'Павловна', 'Олеговна', 'Юрьевна', 'Львовна'][i]}`, { [M.competences]: ICT }));
    const { sidebar, pairs } = await open({
      ...school,
      mentors: [...school.mentors, ...many, mentorRow('НС-003', 'Титова Ольга Ивановна', { [M.consentMentor]: 'нет' })],
    });
    const { page } = sidebar;
    await page.setViewportSize({ width: 300, height: 700 });
    await page.getByRole('button', { name: /Кузнецов Олег Игоревич/ }).click();
    await page.locator('#excluded-count', { hasText: '1' }).waitFor();
    await page.getByLabel('Пара вручную: наставник').selectOption('НС-003');
    await page.getByRole('button', { name: 'Добавить пару' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Пару нельзя создать' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Пару нельзя создать: наставник не дал согласия быть наставником.');
    // The panel is long (the mentors' cards above): the message must be on screen, next to «Добавить пару».
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    const onScreen = () => alert.evaluate((node) => {
      const r = node.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await onScreen()).toBe(true);
    const gap = await alert.evaluate((node) => node.getBoundingClientRect().top - document.getElementById('manual-add')!.getBoundingClientRect().bottom);
    expect(gap).toBeLessThan(40);
    expect(await page.locator('#draft-count').textContent()).toBe('0');
    expect(pairs()).toEqual([]);
  });

  test('Google\'s own failures (several accounts, no network) are told in Russian next to the button; nothing written', async () => {
    let failure = '';
    const { sidebar, pairs } = await open(school, (name, call) => {
      if (failure && name !== 'pairingLoad') throw new Error(failure);
      return call();
    });
    const { page } = sidebar;
    await page.locator('button.mentee', { hasText: 'Сидорова Анна Викторовна' }).click();
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    failure = 'ScriptError: We\'re sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.';
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    const alert = page.locator('#confirm-alert');
    await alert.filter({ hasText: 'Ошибка' }).waitFor();
    expect(await alert.textContent()).toMatch(/^Ошибка: Google не выполнил запрос: похоже, в браузере открыто несколько аккаунтов Google\. Выйдите из остальных аккаунтов или откройте таблицу в окне инкогнито/);
    failure = 'NetworkError: Connection failure due to HTTP 0';
    await page.getByRole('button', { name: 'Подобрать всех' }).click();
    await page.locator('#propose-alert').filter({ hasText: 'Ошибка' }).waitFor();
    expect(await page.locator('#propose-alert').textContent()).toBe(
      'Ошибка: нет связи с сервером Google. Проверьте подключение к интернету и повторите (NetworkError: Connection failure due to HTTP 0).');
    // The curator's list is kept for another try.
    expect(await page.locator('#draft-count').textContent()).toBe('1');
    expect(pairs()).toEqual([]);
  });

  test('while «Записать» runs every control is disabled: a double click writes once, and what was sent is what the list showed', async () => {
    let release: () => void = () => undefined;
    const { sidebar, calls, pairs } = await open(school, (name, call) => {
      if (name !== 'pairingConfirm') return call();
      return new Promise((resolve) => {
        release = () => resolve(call());
      });
    });
    const { page } = sidebar;
    await page.locator('#mentee-count', { hasText: '2' }).waitFor();
    await page.getByRole('button', { name: 'Подобрать всех' }).click();
    await page.getByRole('status').filter({ hasText: 'Предложено наставляемых: 2' }).waitFor();
    await page.locator('#confirm').focus();
    await page.locator('#confirm').dblclick();
    await page.locator('#confirm-status', { hasText: 'Запись в «Пары»…' }).waitFor();
    for (const control of [
      page.locator('#confirm'),
      page.getByRole('button', { name: 'Подобрать всех' }),
      page.getByRole('button', { name: 'Убрать из списка: Кузнецов Олег Игоревич' }),
      page.getByRole('button', { name: 'Открепить: Кузнецов Олег Игоревич' }).or(page.getByRole('button', { name: 'Закрепить: Кузнецов Олег Игоревич' })),
      page.locator('button.mentee').first(),
    ]) {
      expect(await control.isDisabled()).toBe(true);
    }
    expect(await page.evaluate(() => document.body.getAttribute('aria-busy'))).toBe('true');
    release();
    await page.getByRole('status').filter({ hasText: 'Записано в «Пары»: 1 пара' }).waitFor();
    expect(calls.filter((c) => c === 'pairingConfirm')).toHaveLength(1);
    expect(pairs().map((p) => [p[P.mentorCode], p[P.menteeCodes]])).toEqual([['НС-001', 'НП-001; НП-002']]);
    expect(await page.locator('#draft-count').textContent()).toBe('0');
    expect(await page.getByRole('button', { name: 'Подобрать всех' }).isDisabled()).toBe(false);
  });

  test('after a write the mentor cards close (no «Принять» for a mentee just written) and the list is emptied, even if the reload fails', async () => {
    let reloadFails = false;
    const { sidebar, pairs } = await open(school, (name, call) => {
      if (name === 'pairingLoad' && reloadFails) throw new Error('NetworkError: Connection failure due to HTTP 0');
      return call();
    });
    const { page } = sidebar;
    await page.locator('button.mentee', { hasText: 'Сидорова Анна Викторовна' }).click();
    await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
    // The curator opens her again to compare, then writes.
    await page.locator('button.mentee', { hasText: 'Сидорова Анна Викторовна' }).click();
    await page.getByRole('heading', { name: /Наставники — Сидорова Анна Викторовна/ }).waitFor();
    reloadFails = true;
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.locator('#confirm-status', { hasText: 'Записано в «Пары»: 1 пара (П-001)' }).waitFor();
    expect(await page.locator('#suggestions').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: /^Принять: / }).count()).toBe(0);
    expect(await page.locator('#draft-count').textContent()).toBe('0');
    expect(await page.locator('#draft-list li.draft').count()).toBe(0);
    expect(await page.locator('#confirm').isDisabled()).toBe(true);
    expect(await page.locator('#top-alert').textContent()).toContain('нет связи с сервером Google');
    expect(pairs()).toHaveLength(1);
    // «Записать» is disabled now (nothing left): the keyboard user is not thrown back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-title');
  });

  test('namesakes are told apart by their codes in the list, on the cards and in the manual choice; the chosen ones are written', async () => {
    const { sidebar, pairs } = await open({
      mentors: [
        mentorRow('НС-001', 'Петрова Ольга Ивановна', { [M.competences]: ICT }),
        mentorRow('НС-002', 'Петрова Ольга Ивановна', { [M.competences]: ICT }),
      ],
      mentees: [
        menteeRow('НП-001', 'Иванова Анна Сергеевна', { [E.deficits]: ICT }),
        menteeRow('НП-002', 'Иванова Анна Сергеевна', { [E.deficits]: ICT }),
      ],
    });
    const { page } = sidebar;
    await page.locator('#mentee-count', { hasText: '2' }).waitFor();
    const mentees = await page.locator('button.mentee').allTextContents();
    expect(new Set(mentees).size).toBe(2);
    await page.locator('button.mentee', { hasText: 'НП-002' }).click();
    await page.locator('#mentor-list li.card').nth(1).waitFor();
    expect((await page.locator('#mentor-list li.card .meta').allTextContents()).filter((t) => t.includes('наставляемых')).map((t) => t.slice(0, 6)).sort())
      .toEqual(['НС-001', 'НС-002']);
    const options = await page.locator('#manual-mentor option').allTextContents();
    expect(options).toEqual(['Петрова Ольга Ивановна, НС-001 (0 из 1)', 'Петрова Ольга Ивановна, НС-002 (0 из 1)']);
    await page.getByLabel('Пара вручную: наставник').selectOption({ label: options[1] });
    await page.getByRole('button', { name: 'Добавить пару' }).click();
    await page.locator('#draft-count', { hasText: '1' }).waitFor();
    await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
    await page.getByRole('status').filter({ hasText: 'Записано' }).waitFor();
    expect(pairs().map((p) => [p[P.mentorCode], p[P.menteeCodes]])).toEqual([['НС-002', 'НП-002']]);
  });

  test('the keyboard focus stays in place when the list or the cards are drawn anew (pin, remove, «Показать всех»)', async () => {
    const many = Array.from({ length: 8 }, (_, i) => mentorRow(`НС-1${i}`, `Учителева Ольга ${i}`, { [M.competences]: ICT }));
    const { sidebar } = await open({
      mentors: [...school.mentors, ...many, mentorRow('НС-003', 'Зайцева Нина Петровна', { [M.competences]: PARENTS })],
      mentees: [...school.mentees, menteeRow('НП-003', 'Громова Нина Олеговна', { [E.deficits]: PARENTS })],
    });
    const { page } = sidebar;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
    await page.getByRole('button', { name: 'Подобрать всех' }).click();
    await page.locator('#draft-list li.draft').nth(2).waitFor();
    const first = await page.locator('#draft-list li.draft').first().getAttribute('data-mentee');
    const second = await page.locator('#draft-list li.draft').nth(1).locator('.name').textContent();
    const pin = page.locator('#draft-list li.draft').first().locator('button.pin');
    const name = await page.locator('#draft-list li.draft').first().locator('.name').textContent();
    await pin.focus();
    await page.keyboard.press('Space');
    expect(await focused()).toBe(`Открепить: ${name}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`Убрать из списка: ${name}`);
    await page.keyboard.press('Enter');
    expect(await page.locator(`#draft-list li[data-mentee="${first}"]`).count()).toBe(0);
    expect(await focused()).toBe(`Закрепить: ${second}`);
    await page.locator('button.mentee', { hasText: 'Кузнецов Олег Игоревич' }).click();
    const more = page.getByRole('button', { name: /^Показать всех: / });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('#mentor-list li.card').nth(5).waitFor();
    const sixth = await page.locator('#mentor-list li.card').nth(5).locator('.name').textContent();
    expect(await focused()).toBe(`Принять: ${sixth}`);
  });

  test('usable from the keyboard alone, and nothing spills out of 300 px', async () => {
    const { sidebar, pairs } = await open(school);
    const { page } = sidebar;
    await page.locator('#mentee-count', { hasText: '2' }).waitFor();
    await page.keyboard.press('Tab'); // the search box
    await page.keyboard.type('кузнец');
    await page.keyboard.press('Tab'); // the only match
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Кузнецов Олег Игоревич');
    // The focus ring is drawn where the scrolling list does not clip it.
    const ring = await page.evaluate(() => {
      const b = document.activeElement as HTMLElement;
      const list = document.getElementById('mentee-list')!;
      const style = getComputedStyle(b);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const r = b.getBoundingClientRect();
      const l = list.getBoundingClientRect();
      return { style: style.outlineStyle, inside: r.left - out >= l.left + list.clientLeft && r.right + out <= l.left + list.clientLeft + list.clientWidth };
    });
    expect(ring).toEqual({ style: 'solid', inside: true });
    await page.keyboard.press('Enter');
    await page.locator('#suggestions-title:focus').waitFor();
    let label = '';
    for (let i = 0; i < 12 && !label.startsWith('Принять'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toBe('Принять: Орлова Вера Павловна');
    await page.keyboard.press('Enter');
    await page.locator('#draft-count', { hasText: '1' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.locator('#confirm').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Записано' }).waitFor();
    expect(pairs()).toHaveLength(1);
  });

  test('a whole school\'s proposal scrolls in its own box: «Записать» is on the same screen as the list\'s heading', async () => {
    const mentees = Array.from({ length: 40 }, (_, i) => menteeRow(`НП-${String(100 + i)}`, `Ученикова Анна ${i}`, { [E.deficits]: ICT }));
    const mentors = Array.from({ length: 20 }, (_, i) => mentorRow(`НС-${String(100 + i)}`, `Учителева Ольга ${i}`, { [M.competences]: ICT, [M.capacity]: 2 }));
    const { sidebar } = await open({ mentors, mentees });
    const { page } = sidebar;
    await page.locator('#mentee-count', { hasText: '40' }).waitFor();
    await page.getByRole('button', { name: 'Подобрать всех' }).click();
    await page.getByRole('status').filter({ hasText: 'Предложено наставляемых: 40' }).waitFor();
    await page.evaluate(() => document.getElementById('draft-title')!.scrollIntoView({ block: 'start' }));
    const layout = await page.evaluate(() => ({
      viewport: window.innerHeight,
      heading: document.getElementById('draft-title')!.getBoundingClientRect().top,
      confirm: document.getElementById('confirm')!.getBoundingClientRect().bottom,
      scrolls: document.getElementById('draft-list')!.scrollHeight > document.getElementById('draft-list')!.clientHeight,
    }));
    expect(layout.scrolls).toBe(true);
    expect(layout.confirm - layout.heading).toBeLessThanOrEqual(layout.viewport);
    // The last card is reachable inside the box.
    await page.locator('#draft-list li.draft').last().scrollIntoViewIfNeeded();
    expect(await page.locator('#draft-list li.draft').last().isVisible()).toBe(true);
  });
});
