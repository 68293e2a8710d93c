/** A header repeated in «Пары»: every action that writes (pairs, setup, documents, signing) writes nothing and says which columns. */
import { PAIR_COLUMNS as P, MENTEE_COLUMNS as E, SHEET } from '../../src/domain/bank/schema';
import { setUpBank } from '../../src/gas/bank/setup';
import { generateDocument } from '../../src/gas/documents/generate';
import { applySignedOrders } from '../../src/gas/documents/signing';
import { pairingService } from '../../src/gas/pairing/service';
import { sheetsPairingStore } from '../../src/gas/pairing/sheetsStore';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeUtilities } from '../fakes/utilities';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';

beforeAll(() => Object.assign(globalThis, { Utilities: new FakeUtilities() }));
afterAll(() => delete (globalThis as Record<string, unknown>).Utilities);

/** «Статус» in M, and «статус » typed again after the last column (P): the same header to the product. */
function gridsWithTwoStatuses() {
  const grids = pairingGrids({
    mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT })],
    // The second mentee has no code yet: «Настроить банк» would give it one.
    mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: ICT }), menteeRow('', 'Новикова Ирина Петровна', {})],
  });
  const header = grids[SHEET.pairs][0] as string[];
  grids[SHEET.pairs] = [[...header, 'статус ']];
  return { grids };
}

test('the header letters are those of the sheet', () => {
  const { grids } = gridsWithTwoStatuses();
  const header = grids[SHEET.pairs][0] as string[];
  expect([header.indexOf(P.status) + 1, header.length]).toEqual([13, 17]);
});

test('pairing confirm writes nothing and names the sheet and both columns', () => {
  const { grids } = gridsWithTwoStatuses();
  const fakes = createGasFakes(spreadsheetWith(grids));
  const spreadsheet = (fakes.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const api = pairingService({ ...sheetsPairingStore(spreadsheet), now: () => new Date(2026, 10, 20, 12, 0) });
  expect(api.pairingLoad().problems[0]).toContain('столбцы M и Q называются одинаково — «Статус»');
  const result = api.pairingConfirm([{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]);
  expect(result.written).toEqual([]);
  expect(result.problem).toContain('На листе «Пары» столбцы M и Q называются одинаково — «Статус»');
  expect(fakes.log.count('Range.setValues')).toBe(0);
});

test('«Настроить банк» changes nothing and says why', () => {
  const { grids } = gridsWithTwoStatuses();
  const fakes = createGasFakes(spreadsheetWith(grids));
  const spreadsheet = (fakes.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const summary = setUpBank(spreadsheet, new Date(2026, 10, 20));
  expect(summary.lines.join('\n')).toContain('столбцы M и Q называются одинаково');
  expect(fakes.log.count('Range.setValues')).toBe(0);
  expect(fakes.log.count('Range.setValue')).toBe(0);
});

test('a document and «Применить подписанные приказы» write nothing either', () => {
  const { grids } = gridsWithTwoStatuses();
  const fakes = createGasFakes(spreadsheetWith(grids));
  const spreadsheet = (fakes.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const order = generateDocument(spreadsheet, 'order-pairs', new Date(2026, 10, 20));
  expect(order.made).toEqual([]);
  expect(order.problems).toEqual([expect.stringContaining('столбцы M и Q называются одинаково')]);
  expect(applySignedOrders(spreadsheet, new Date(2026, 10, 20))).toEqual({ approved: [], problem: expect.stringContaining('столбцы M и Q называются одинаково') });
  expect(fakes.log.count('Range.setValues')).toBe(0);
});
