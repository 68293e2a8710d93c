import { ORDER_COLUMNS, PAIR_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { MENU } from '../../src/gas/menu';
import { createDocFakes } from '../fakes/documents';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeLockService } from '../fakes/script-app';
import { FakeUtilities } from '../fakes/utilities';
import { pairs } from '../domain/documents/fixtures';
import { documentGrids } from '../helpers/documentsBank';
import { call, loadBundle, topLevelFunctions } from './loadBundle';

function bundleWithSchool() {
  // The bundle reads the real clock: pairs without dates get a period from today.
  const undated = pairs.map(({ start: _start, end: _end, ...pair }) => pair);
  const sheets = createGasFakes(spreadsheetWith(documentGrids({ pairs: undated })));
  const docs = createDocFakes(sheets.log);
  const context = loadBundle({ ...sheets.globals, ...docs.globals });
  return { sheets, docs, context };
}

describe('documents in build/Code.js', () => {
  it('has a top-level function for every document menu item, the continuation trigger and onEdit', () => {
    const functions = topLevelFunctions();
    for (const entry of MENU) if (entry !== 'separator') expect(functions).toContain(entry.functionName);
    expect(functions).toEqual(expect.arrayContaining(['continueProgrammes', 'onEdit']));
  });

  it('«Приказ о закреплении пар» makes the order and tells where it is', () => {
    const { sheets, docs, context } = bundleWithSchool();
    call(context, 'menuOrderPairs');
    expect(sheets.app.ui.alerts[0]).toMatch(/^Готово\nСоздан документ «Приказ № 1-од от \d\d\.\d\d\.\d{4} О закреплении наставнических пар \(групп\)»/);
    expect(docs.mail.sent).toHaveLength(1);
    expect(sheets.spreadsheet.sheet(SHEET.orders).grid()).toHaveLength(2);
    expect(docs.lock.held).toBe(false);
  });

  it('«Программы наставничества» and «Создать шаблоны» answer in Russian', () => {
    const { sheets, context } = bundleWithSchool();
    call(context, 'menuProgrammes');
    expect(sheets.app.ui.alerts[0]).toContain('Программы наставничества: готово 3 из 3.');
    call(context, 'menuCreateTemplates');
    expect(sheets.app.ui.alerts[1]).toContain('Созданы шаблоны:');
  });

  it('onEdit outside «Приказы» does nothing visible', () => {
    const { sheets, context } = bundleWithSchool();
    const range = sheets.spreadsheet.sheet(SHEET.mentors).getRange(2, 2);
    call(context, 'onEdit', { range, value: 'x', source: sheets.spreadsheet });
    expect(sheets.app.ui.alerts).toEqual([]);
  });

  it('onEdit «подписан» in «Приказы» approves the pairs with the event\'s spreadsheet alone: a simple trigger may not use services that need authorization', () => {
    const grids = documentGrids({ pairs: pairs.map((pair) => ({ ...pair, order: '1-од от 16.11.2022' })) });
    const header = grids[SHEET.orders][0] as string[];
    const order: Record<string, unknown> = { [ORDER_COLUMNS.number]: '1-од', [ORDER_COLUMNS.date]: new Date(2022, 10, 16), [ORDER_COLUMNS.status]: 'подписан' };
    grids[SHEET.orders].push(header.map((name) => (order[name] ?? '') as never));
    const sheets = createGasFakes(spreadsheetWith(grids));
    // No Google service that needs authorization: the simple trigger runs in AuthMode.LIMITED, where DriveApp,
    // DocumentApp, MailApp, ScriptApp and the like are not available; reaching for any of them would throw here.
    // Utilities (the spreadsheet's dates) and LockService (the script lock every writer takes) need no authorization;
    // SpreadsheetApp.flush() commits the bound spreadsheet's writes before the lock is released.
    const context = loadBundle({ Utilities: new FakeUtilities(), LockService: new FakeLockService(), SpreadsheetApp: sheets.globals.SpreadsheetApp });
    const orders = sheets.spreadsheet.sheet(SHEET.orders);
    const range = orders.getRange(2, header.indexOf(ORDER_COLUMNS.status) + 1);
    call(context, 'onEdit', { authMode: 'LIMITED', range, value: 'подписан', oldValue: 'проект', source: sheets.spreadsheet.wrap(sheets.spreadsheet, 'Spreadsheet') });
    const [head, ...rows] = sheets.spreadsheet.sheet(SHEET.pairs).grid();
    expect(rows.map((row) => row[head.indexOf(PAIR_COLUMNS.status)])).toEqual(['утверждена', 'утверждена', 'утверждена']);
    expect(sheets.spreadsheet.sheet(SHEET.log).grid()).toHaveLength(2);
  });
});
