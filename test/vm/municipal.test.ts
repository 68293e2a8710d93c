import { regionPackages } from '../../bench/municipal';
import { MUNICIPAL_SHEET, PARAMETER } from '../../src/domain/municipal/workbook';
import { MUNICIPAL_MENU, MUNICIPAL_MENU_TITLE } from '../../src/gas/municipal/submenu';
import { createDocFakes } from '../fakes/documents';
import { createGasFakes } from '../fakes/gas';
import type { FakeMenu } from '../fakes/spreadsheet';
import { call, loadBundle, topLevelFunctions } from './loadBundle';

describe('the municipal summary in build/Code.js', () => {
  it('declares the submenu\'s items and the continuation trigger as top-level functions', () => {
    const functions = topLevelFunctions();
    for (const item of MUNICIPAL_MENU) expect(functions).toContain(item.functionName);
    expect(functions).toContain('continueMunicipalCollect');
  });

  it('adds the submenu «Муниципалитет» after the school\'s items, without touching the spreadsheet', () => {
    const fakes = createGasFakes();
    call(loadBundle(fakes.globals), 'onOpen', { authMode: 'NONE' });
    const addon = fakes.app.ui.menus[0] as FakeMenu;
    expect(addon.items[0]).toEqual({ caption: 'Настроить банк', functionName: 'menuSetUpBank' });
    expect(addon.submenus).toHaveLength(1);
    const submenu = addon.submenus[0];
    expect(submenu.title).toBe(MUNICIPAL_MENU_TITLE);
    expect(submenu.items).toEqual(MUNICIPAL_MENU.map((item) => ({ caption: item.label, functionName: item.functionName })));
    expect(fakes.log.total('Spreadsheet.', 'Sheet.', 'Range.')).toBe(0);
  });

  it('a new spreadsheet made the summary collects the schools\' packages from the menu', () => {
    const sheets = createGasFakes();
    const docs = createDocFakes(sheets.log);
    const context = loadBundle({ ...sheets.globals, ...docs.globals });
    call(context, 'menuMunicipalSetUp');
    expect(sheets.app.ui.alerts[0]).toContain(`Создан лист «${MUNICIPAL_SHEET.parameters}»`);
    const folder = docs.store.newFolder('Сведения школ');
    regionPackages(2).forEach((text, i) => folder.createFile(`Школа ${i + 1}.json`, text));
    const parameters = sheets.spreadsheet.sheet(MUNICIPAL_SHEET.parameters);
    parameters.getRange(parameters.grid().findIndex((r) => r[0] === PARAMETER.packageFolder) + 1, 2).setValue(folder.getUrl());
    call(context, 'menuMunicipalCollect');
    expect(sheets.app.ui.alerts[1]).toMatch(/^Сведения школ собраны\nСводка составлена: 2 школы/);
    expect(sheets.spreadsheet.sheet(MUNICIPAL_SHEET.schools).grid()).toHaveLength(3);
    expect(docs.lock.held).toBe(false);
    // The trigger's run after the end has nothing left to resume: it reads nothing and says nothing.
    const reads = docs.store.log.count('Blob.getDataAsString');
    call(context, 'continueMunicipalCollect');
    expect(docs.store.log.count('Blob.getDataAsString')).toBe(reads);
    expect(sheets.app.ui.alerts).toHaveLength(2);
  });
});
