import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHEET, SHEETS } from '../../src/domain/bank/schema';
import { MENU } from '../../src/gas/menu';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeLockService } from '../fakes/script-app';
import type { FakeMenu } from '../fakes/spreadsheet';
import { sampleGrids } from '../helpers/sampleTables';
import { BUNDLE_PATH, bundleText, call, loadBundle, topLevelFunctions, unpassable } from './loadBundle';

const ENTRY_POINTS = ['onOpen', 'onInstall', 'menuSetUpBank', 'menuCheckBank', 'checkBankReport', 'goToCell'];

describe('build/Code.js (run `npm run build` first; `npm test` does)', () => {
  it('exists and has no module syntax or Node globals', () => {
    expect(existsSync(BUNDLE_PATH)).toBe(true);
    // esbuild marks each module with a «// src/…» comment line: not code.
    const text = bundleText().replace(/^\s*\/\/.*$/gm, '');
    expect(text).not.toMatch(/^\s*(import|export)\s/m);
    expect(text).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\.|__dirname/);
  });

  it('declares every entry point as a top-level function', () => {
    expect(topLevelFunctions()).toEqual(expect.arrayContaining(ENTRY_POINTS));
  });

  it('has a top-level function for every menu item', () => {
    const functions = topLevelFunctions();
    for (const entry of MENU) if (entry !== 'separator') expect(functions).toContain(entry.functionName);
  });

  it('builds the «Наставничество» add-on menu on open and on install', () => {
    for (const trigger of ['onOpen', 'onInstall']) {
      const fakes = createGasFakes();
      const context = loadBundle(fakes.globals);
      call(context, trigger, { authMode: 'NONE' });
      const menu = fakes.app.ui.menus[0] as FakeMenu;
      expect(menu.added).toBe(true);
      expect(menu.title).toBeNull(); // an add-on menu: named after the add-on, «Наставничество»
      expect(menu.items).toEqual(expect.arrayContaining([
        { caption: 'Настроить банк', functionName: 'menuSetUpBank' },
        { caption: 'Проверить банк', functionName: 'menuCheckBank' },
      ]));
      // In AuthMode.NONE onOpen must not touch the spreadsheet.
      expect(fakes.log.total('Spreadsheet.', 'Sheet.', 'Range.')).toBe(0);
    }
  });

  it('«Настроить банк» builds the sheets under the script lock and reports what it did', () => {
    const fakes = createGasFakes();
    const lockService = new FakeLockService();
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    call(context, 'menuSetUpBank');
    expect(fakes.spreadsheet.sheets.map((s) => s.name).sort()).toEqual(SHEETS.map((s) => s.name).sort());
    expect(fakes.app.ui.alerts[0]).toContain('Созданы листы');
    expect(lockService.log.count('Lock.tryLock')).toBe(1);
    expect(lockService.held).toBe(false);
  });

  it('«Настроить банк» writes nothing while another action holds the lock', () => {
    const fakes = createGasFakes();
    const lockService = new FakeLockService();
    lockService.held = true;
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    call(context, 'menuSetUpBank');
    expect(fakes.spreadsheet.sheets).toHaveLength(0);
    expect(fakes.app.ui.alerts[0]).toContain('Повторите «Настроить банк» через минуту');
  });

  it('«Проверить банк» opens the sidebar page and the server answers with plain data', () => {
    const fakes = createGasFakes(spreadsheetWith(sampleGrids()));
    const context = loadBundle(fakes.globals);
    call(context, 'menuCheckBank');
    const sidebar = fakes.app.ui.sidebars[0];
    expect(sidebar.file).toBe('check');
    expect(existsSync(join(BUNDLE_PATH, '../check.html'))).toBe(true);
    expect(sidebar.getTitle()).toBe('Проверка банка');
    const report = call(context, 'checkBankReport') as { errors: unknown[] };
    // google.script.run passes only plain JSON-like values.
    expect(unpassable(report)).toEqual([]);
    expect(report.errors).toHaveLength(4);
    call(context, 'goToCell', { sheet: SHEET.mentees, row: 27, column: 'Категория' });
    expect(fakes.spreadsheet.activeRange).toMatchObject({ sheet: SHEET.mentees, row: 27, column: 7 });
  });

  it('«Проверить банк» answers with plain data when cells hold dates where they should not (no Date crosses google.script.run)', () => {
    const grids = sampleGrids();
    const header = grids[SHEET.mentors][0].map(String);
    // A date typed into «Стаж» and into the name: Sheets hands both to the script as Date objects.
    grids[SHEET.mentors][1][header.indexOf('Стаж (лет)')] = new Date(2026, 0, 5);
    grids[SHEET.mentors][2][header.indexOf('ФИО')] = new Date(2026, 1, 6);
    const fakes = createGasFakes(spreadsheetWith(grids));
    const context = loadBundle(fakes.globals);
    const report = call(context, 'checkBankReport') as { errors: { message: string }[]; warnings: unknown[] };
    expect(unpassable(report)).toEqual([]);
    expect(report.errors.length).toBeGreaterThan(4);
  });
});
