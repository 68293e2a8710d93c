/** build/Code.js in a spreadsheet set to Yekaterinburg time (the seeds' school is in Ufa, UTC+5), east of the script. */
import { ORDER_COLUMNS, PAIR_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeLockService } from '../fakes/script-app';
import { FakeUtilities } from '../fakes/utilities';
import { pairs } from '../domain/documents/fixtures';
import { documentGrids } from '../helpers/documentsBank';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { call, loadBundle } from './loadBundle';

const UFA = 'Asia/Yekaterinburg';

describe('build/Code.js in a UTC+5 spreadsheet', () => {
  it('reads the order date typed in «Приказы» as that day: «подписан» approves the pairs of «1-од от 16.11.2022»', () => {
    const grids = documentGrids({ pairs: pairs.map((pair) => ({ ...pair, order: '1-од от 16.11.2022' })) });
    const header = grids[SHEET.orders][0] as string[];
    const order: Record<string, unknown> = { [ORDER_COLUMNS.number]: '1-од', [ORDER_COLUMNS.date]: new Date(2022, 10, 16), [ORDER_COLUMNS.status]: 'подписан' };
    grids[SHEET.orders].push(header.map((name) => (order[name] ?? '') as never));
    const sheets = createGasFakes(spreadsheetWith(grids, UFA));
    const context = loadBundle({ Utilities: new FakeUtilities(), LockService: new FakeLockService(), SpreadsheetApp: sheets.globals.SpreadsheetApp });
    const range = sheets.spreadsheet.sheet(SHEET.orders).getRange(2, header.indexOf(ORDER_COLUMNS.status) + 1);
    call(context, 'onEdit', { authMode: 'LIMITED', range, value: 'подписан', oldValue: 'проект', source: sheets.spreadsheet.wrap(sheets.spreadsheet, 'Spreadsheet') });
    const [head, ...rows] = sheets.spreadsheet.sheet(SHEET.pairs).grid();
    expect(rows.map((row) => row[head.indexOf(PAIR_COLUMNS.status)])).toEqual(['утверждена', 'утверждена', 'утверждена']);
  });

  it('writes a pair’s «Начало» and «Окончание» as calendar days: midnight in the sheet, not the script’s midnight', () => {
    const grids = pairingGrids({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT })],
      mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { 'Дефициты (запросы)': ICT })],
    });
    const fakes = createGasFakes(spreadsheetWith(grids, UFA));
    const context = loadBundle({ ...fakes.globals, LockService: new FakeLockService() });
    call(context, 'pairingConfirm', [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]);
    const sheet = fakes.spreadsheet.sheet(SHEET.pairs);
    const header = sheet.grid()[0] as string[];
    for (const column of [PAIR_COLUMNS.start, PAIR_COLUMNS.end]) expect(sheet.shownDate(2, header.indexOf(column) + 1)).toMatch(/^\d\d\.\d\d\.\d{4} 00:00$/);
  });
});
