/**
 * Every action that writes takes the script lock. With the lock held by another execution (the same menu item chosen
 * twice, a second curator, a submission being scored), each one answers in Russian that it did nothing, and does
 * nothing: no form made twice, no letter sent twice, no document, no pair, no approval.
 */
import { ORDER_COLUMNS, PAIR_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { createDocFakes } from '../fakes/documents';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { formsWritingInto } from '../fakes/monitoring';
import { FakeProperties } from '../fakes/documents';
import { FakeLockService, FakeMailApp, FakeScriptApp } from '../fakes/script-app';
import { pairs } from '../domain/documents/fixtures';
import { documentGrids } from '../helpers/documentsBank';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { schoolSpreadsheet } from '../gas/monitoring/school';
import { call, loadBundle } from './loadBundle';

const BUSY = /не выполнено: таблицу сейчас изменяет другое действие .* Ничего не изменено/;

describe('a second action while one runs (the script lock held)', () => {
  it('«Создать анкеты», «Разослать анкеты», «Напомнить» answer that it runs and make no form, send no letter', () => {
    const spreadsheet = schoolSpreadsheet();
    const fakes = createGasFakes(spreadsheet);
    const formApp = formsWritingInto(spreadsheet);
    const lockService = new FakeLockService();
    const mailApp = new FakeMailApp(100);
    const properties = new FakeProperties();
    const context = loadBundle({
      ...fakes.globals, FormApp: formApp, ScriptApp: new FakeScriptApp(), LockService: lockService, MailApp: mailApp,
      PropertiesService: { getDocumentProperties: () => properties },
    });
    lockService.held = true;
    for (const name of ['menuCreateForms', 'menuSendForms', 'menuRemind']) call(context, name);
    expect(fakes.app.ui.alerts).toHaveLength(3);
    for (const alert of fakes.app.ui.alerts) expect(alert).toMatch(BUSY);
    expect(fakes.app.ui.alerts.map((alert) => alert.match(/«([^»]+)» не выполнено/)?.[1])).toEqual(['Создать анкеты', 'Разослать анкеты', 'Напомнить не ответившим']);
    expect(formApp.forms).toHaveLength(0);
    expect(mailApp.sent).toHaveLength(0);
    // Released: the same items do their work once.
    lockService.held = false;
    call(context, 'menuCreateForms');
    expect(fakes.app.ui.alerts[3]).toContain('Созданы формы');
    expect(lockService.held).toBe(false);
  });

  it('documents, «Применить подписанные приказы», pairing and onEdit «подписан» do nothing and say so', () => {
    const grids = documentGrids({ pairs: pairs.map((pair) => ({ ...pair, order: '1-од от 16.11.2022' })) });
    const header = grids[SHEET.orders][0] as string[];
    const order: Record<string, unknown> = { [ORDER_COLUMNS.number]: '1-од', [ORDER_COLUMNS.date]: new Date(2022, 10, 16), [ORDER_COLUMNS.status]: 'подписан' };
    grids[SHEET.orders].push(header.map((name) => (order[name] ?? '') as never));
    const sheets = createGasFakes(spreadsheetWith(grids));
    const docs = createDocFakes(sheets.log);
    docs.lock.held = true;
    const context = loadBundle({ ...sheets.globals, ...docs.globals });
    const statuses = () => {
      const [head, ...rows] = sheets.spreadsheet.sheet(SHEET.pairs).grid();
      return rows.map((row) => row[head.indexOf(PAIR_COLUMNS.status)]);
    };
    const before = statuses();
    for (const name of ['menuOrderPairs', 'menuApplySignedOrders', 'menuProgrammes', 'menuCreateTemplates']) call(context, name);
    expect(sheets.app.ui.alerts).toHaveLength(4);
    for (const alert of sheets.app.ui.alerts) expect(alert).toContain('Таблицу сейчас занимает другое действие');
    const range = sheets.spreadsheet.sheet(SHEET.orders).getRange(2, header.indexOf(ORDER_COLUMNS.status) + 1);
    call(context, 'onEdit', { authMode: 'LIMITED', range, value: 'подписан', oldValue: 'проект', source: sheets.spreadsheet.wrap(sheets.spreadsheet, 'Spreadsheet') });
    expect(statuses()).toEqual(before);
    expect(sheets.spreadsheet.toasts.join('\n')).toContain('Применить подписанные приказы');
    expect(docs.store.documents.size).toBe(0);
  });

  it('«Подбор пар» confirming while the lock is held writes no pair and says the list is kept', () => {
    const grids = pairingGrids({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT })],
      mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { 'Дефициты (запросы)': ICT })],
    });
    const fakes = createGasFakes(spreadsheetWith(grids));
    const lockService = new FakeLockService();
    lockService.held = true;
    const context = loadBundle({ ...fakes.globals, LockService: lockService });
    expect(() => call(context, 'pairingConfirm', [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }])).toThrow('ваш список сохранён');
    expect(fakes.spreadsheet.sheet(SHEET.pairs).grid()).toHaveLength(1);
  });
});
