import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Mentee, Mentor } from '../../src/domain/bank/model';
import type { NewPair } from '../../src/domain/matching/confirmation';
import type { MatchingBank } from '../../src/domain/matching/context';
import { DEFAULT_WEIGHTS } from '../../src/domain/matching/weights';
import { pairingService } from '../../src/gas/pairing/service';
import { bank, mentee, mentor } from '../domain/matching/builders';
import { openSidebar, type Sidebar } from './browser';

const PAGE = join(__dirname, '../../src/ui/pages/pairing');

function pageHtml(): string {
  const js = buildSync({ entryPoints: [join(PAGE, 'main.ts')], bundle: true, write: false, format: 'iife', target: 'es2020' }).outputFiles[0].text;
  const css = readFileSync(join(PAGE, 'style.css'), 'utf8');
  return readFileSync(join(PAGE, 'index.html'), 'utf8')
    .replace('</head>', () => `<style>${css}</style></head>`)
    .replace('</body>', () => `<script>${js}</script></body>`);
}

const ICT = 'цифровые инструменты и ИКТ';
const PARENTS = 'взаимодействие с родителями';

function school(extra: { mentors?: Mentor[]; mentees?: Mentee[] } = {}): MatchingBank {
  return bank({
    mentors: [
      mentor('Н-1', { fullName: 'Орлова Вера Павловна', competences: [ICT], subjects: ['математика'], capacity: 2 }),
      mentor('Н-2', { fullName: 'Белов Игорь Сергеевич', competences: [], experienceYears: 2 }),
      ...(extra.mentors ?? []),
    ],
    mentees: [
      mentee('НЛ-1', { fullName: 'Сидорова Анна Викторовна', deficits: [ICT], subjects: ['математика'] }),
      mentee('НЛ-2', { fullName: 'Кузнецов Олег Игоревич', deficits: [ICT] }),
      ...(extra.mentees ?? []),
    ],
  });
}

function storeOf(b: MatchingBank) {
  const written: NewPair[] = [];
  const store = {
    read: () => ({ bank: b, weights: DEFAULT_WEIGHTS, problems: [], academicYear: '2026/2027' }),
    appendPairs: (pairs: NewPair[]) => void written.push(...pairs),
    today: () => new Date(2026, 10, 20),
  };
  return { written, server: pairingService(store) };
}

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

test('pick a mentee, accept the best suggestion, confirm: the pair is written', async () => {
  const { written, server } = storeOf(school());
  sidebar = await openSidebar(pageHtml(), server);
  const { page } = sidebar;
  await page.getByRole('button', { name: /Сидорова Анна Викторовна/ }).click();
  await page.getByRole('heading', { name: /Наставники — Сидорова Анна Викторовна/ }).waitFor();
  const first = page.locator('#mentor-list li.card').first();
  await expect(first.locator('.name').textContent()).resolves.toBe('Орлова Вера Павловна');
  await expect(first.locator('.reasons').textContent()).resolves.toContain('тот же предмет: математика');
  await page.getByRole('button', { name: 'Принять: Орлова Вера Павловна' }).click();
  await expect(page.locator('#draft-count').textContent()).resolves.toBe('1');
  await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
  await page.locator('#status', { hasText: 'Записано в «Пары»: 1 пара' }).waitFor();
  expect(written.map((p) => [p.code, p.mentorCode, p.menteeCodes, p.status])).toEqual([['П-001', 'Н-1', ['НЛ-1'], 'предложена']]);
  expect(sidebar.calls).toEqual(['pairingLoad', 'pairingSuggest', 'pairingConfirm', 'pairingLoad']);
});

test('names with HTML are shown as text, never run', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const { server } = storeOf(school({ mentees: [mentee('НЛ-X', { fullName: evil, deficits: [ICT] })], mentors: [mentor('Н-X', { fullName: '<b>Жирный</b> Наставник', competences: [ICT] })] }));
  sidebar = await openSidebar(pageHtml(), server);
  const { page } = sidebar;
  await page.getByRole('button', { name: evil }).click();
  await page.locator('#selected-name', { hasText: evil }).waitFor();
  await expect(page.locator('#mentor-list').textContent()).resolves.toContain('<b>Жирный</b> Наставник');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('#mentor-list b').count()).toBe(0);
  expect(sidebar.dialogs).toEqual([]);
});

test('«Подобрать всех»: review the proposal, unpin/remove a line, confirm; groups become one row', async () => {
  const b = school({
    mentors: [mentor('Н-3', { fullName: 'Зайцева Нина Петровна', competences: [PARENTS] })],
    mentees: [mentee('НЛ-3', { fullName: 'Громова Нина Олеговна', deficits: [PARENTS] })],
  });
  const { written, server } = storeOf(b);
  sidebar = await openSidebar(pageHtml(), server);
  const { page } = sidebar;
  await page.locator('#mentee-count', { hasText: '3' }).waitFor();
  await page.getByRole('button', { name: 'Подобрать всех' }).click();
  await page.locator('#status', { hasText: 'Предложено: 3 наставляемых' }).waitFor();
  await expect(page.locator('#draft-list li.draft').count()).resolves.toBe(3);
  await page.getByRole('button', { name: 'Убрать из списка: Громова Нина Олеговна' }).click();
  await expect(page.locator('#draft-count').textContent()).resolves.toBe('2');
  await page.getByRole('button', { name: 'Записать в «Пары»' }).click();
  await page.locator('#status', { hasText: 'Записано в «Пары»' }).waitFor();
  expect(written.map((p) => [p.mentorCode, p.menteeCodes, p.kind])).toEqual([['Н-1', ['НЛ-1', 'НЛ-2'], 'групповое']]);
});

test('a manual pair that breaks a hard rule is refused with the reason', async () => {
  const { written, server } = storeOf(school({ mentors: [mentor('Н-3', { fullName: 'Титова Ольга Ивановна', consentToMentor: false })] }));
  sidebar = await openSidebar(pageHtml(), server);
  const { page } = sidebar;
  await page.getByRole('button', { name: /Кузнецов Олег Игоревич/ }).click();
  await page.locator('#excluded-count', { hasText: '1' }).waitFor();
  await page.getByLabel('Пара вручную: наставник').selectOption('Н-3');
  await page.getByRole('button', { name: 'Добавить пару' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toBe('Пару нельзя создать: наставник не дал согласия быть наставником.');
  await expect(page.locator('#draft-count').textContent()).resolves.toBe('0');
  expect(written).toEqual([]);
});

test('usable from the keyboard alone, and nothing overflows 300 px', async () => {
  const { written, server } = storeOf(school());
  sidebar = await openSidebar(pageHtml(), server);
  const { page } = sidebar;
  await page.locator('#mentee-count', { hasText: '2' }).waitFor();
  await page.keyboard.press('Tab'); // the search box
  await page.keyboard.type('кузнец');
  await page.keyboard.press('Tab'); // the only match
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Кузнецов Олег Игоревич');
  await page.keyboard.press('Enter');
  await page.locator('#suggestions-title:focus').waitFor();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (label.startsWith('Принять')) break;
  }
  await page.keyboard.press('Enter');
  await page.locator('#draft-count', { hasText: '1' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.locator('#confirm').focus();
  await page.keyboard.press('Enter');
  await page.locator('#status', { hasText: 'Записано' }).waitFor();
  expect(written).toHaveLength(1);
});
