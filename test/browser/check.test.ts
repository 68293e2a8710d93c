import type { Browser } from 'playwright-core';
import { SHEET, MENTOR_COLUMNS as M } from '../../src/domain/bank/schema';
import { type GasFakes, createGasFakes, installGlobals, spreadsheetWith } from '../fakes/gas';
import { sampleGrids } from '../helpers/sampleTables';
import { type BundleContext, loadBundle } from '../vm/loadBundle';
import { launchBrowser, openSidebar, until } from './sidebar';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function server(fakes: GasFakes): { context: BundleContext; functions: Record<string, (...a: never[]) => unknown> } {
  // The real server: the built bundle's top-level functions over the fakes.
  const context = loadBundle(fakes.globals);
  const functions = {
    checkBankReport: () => (context.checkBankReport as () => unknown)(),
    goToCell: (target: never) => (context.goToCell as (t: unknown) => unknown)(target),
  };
  return { context, functions };
}

describe('«Проверка банка» sidebar in Chromium', () => {
  it('lists the problems, and a click selects the cell', async () => {
    const grids = sampleGrids();
    const header = grids[SHEET.mentors][0] as string[];
    grids[SHEET.mentors][1][header.indexOf(M.fullName)] = '<img src=x onerror="window.__hacked=1">';
    const fakes = createGasFakes(spreadsheetWith(grids));
    const uninstall = installGlobals(fakes);
    const sidebar = await openSidebar(browser, 'check', server(fakes).functions);
    try {
      const { page } = sidebar;
      await page.getByRole('status').filter({ hasText: 'Найдено' }).waitFor();
      // One warning is «Положение о наставничестве утверждено приказом», blank in a new bank's «Настройки».
      expect(await page.getByRole('status').textContent()).toBe('Найдено: 4 ошибки, 8 предупреждений.');
      const experience = page.getByRole('button', { name: /строка 10, столбец «Стаж \(лет\)»/ });
      await experience.focus();
      await page.keyboard.press('Enter');
      await until(() => fakes.spreadsheet.activeRange !== null);
      expect(fakes.spreadsheet.activeRange).toMatchObject({ sheet: SHEET.mentors, row: 10, column: 6 });
      // A name with markup is shown as its characters and never runs.
      await page.getByText('<img src=x onerror="window.__hacked=1">', { exact: false }).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      // Nothing spills out of the 300 px sidebar.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    } finally {
      await sidebar.close();
      uninstall();
    }
  });
  it('a failed jump to a cell is told in Russian under the line clicked, and the count stays', async () => {
    const fakes = createGasFakes(spreadsheetWith(sampleGrids()));
    const uninstall = installGlobals(fakes);
    const functions = {
      ...server(fakes).functions,
      goToCell: () => {
        throw new Error('NetworkError: Connection failure due to HTTP 0');
      },
    };
    const sidebar = await openSidebar(browser, 'check', functions);
    try {
      const { page } = sidebar;
      await page.getByRole('status').filter({ hasText: 'Найдено' }).waitFor();
      const line = page.locator('#report li').filter({ has: page.getByRole('button', { name: /строка 10, столбец «Стаж \(лет\)»/ }) });
      await line.getByRole('button').click();
      const alert = line.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(
        'Не удалось перейти к ячейке: нет связи с сервером Google. Проверьте подключение к интернету и повторите (NetworkError: Connection failure due to HTTP 0).');
      expect(await page.getByRole('status').textContent()).toBe('Найдено: 4 ошибки, 7 предупреждений.');
    } finally {
      await sidebar.close();
      uninstall();
    }
  });
  it('«Проверить снова» from the keyboard: disabled while checking, and the focus comes back to it', async () => {
    const fakes = createGasFakes(spreadsheetWith(sampleGrids()));
    const uninstall = installGlobals(fakes);
    let release: () => void = () => undefined;
    let calls = 0;
    const base = server(fakes).functions;
    const functions = {
      ...base,
      checkBankReport: () => {
        calls++;
        if (calls === 1) return base.checkBankReport();
        return new Promise((resolve) => {
          release = () => resolve(base.checkBankReport());
        });
      },
    };
    const sidebar = await openSidebar(browser, 'check', functions);
    try {
      const { page } = sidebar;
      await page.getByRole('status').filter({ hasText: 'Найдено' }).waitFor();
      const recheck = page.getByRole('button', { name: 'Проверить снова' });
      await recheck.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Проверяю' }).waitFor();
      expect(await recheck.isDisabled()).toBe(true);
      release();
      await page.getByRole('status').filter({ hasText: 'Найдено' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('recheck');
    } finally {
      await sidebar.close();
      uninstall();
    }
  });
});
