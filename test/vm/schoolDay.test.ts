/**
 * The school's day, through build/Code.js, with the spreadsheet east of the script's zone (Moscow in Apps Script; the
 * test host's UTC here, jest keeps the process zone). At 23:30 in Moscow it is already 01:30 of the next day in
 * Yekaterinburg (UTC+5, Ufa) and 06:30 in Vladivostok (UTC+10): the order, the pairs' start, the planned period and
 * «Журнал» all go by the school's day and clock, and a Moscow school keeps its own.
 */
import { LOG_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { createDocFakes } from '../fakes/documents';
import { createGasFakes, spreadsheetWith } from '../fakes/gas';
import { FakeLockService } from '../fakes/script-app';
import { pairs } from '../domain/documents/fixtures';
import { documentGrids } from '../helpers/documentsBank';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';
import { call, loadBundle } from './loadBundle';

/** 20.11.2026 23:30 in Moscow. */
const INSTANT = new Date('2026-11-20T20:30:00Z');
const SCHOOLS = [
  { zone: 'Asia/Yekaterinburg', day: '21.11.2026', time: '21.11.2026 01:30' },
  { zone: 'Asia/Vladivostok', day: '21.11.2026', time: '21.11.2026 06:30' },
  { zone: 'Europe/Moscow', day: '20.11.2026', time: '20.11.2026 23:30' },
];

beforeAll(() => {
  jest.useFakeTimers({ now: INSTANT, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask'] });
});
afterAll(() => {
  jest.useRealTimers();
});

describe.each(SCHOOLS)('a school in $zone at 23:30 Moscow time', ({ zone, day, time }) => {
  it(`dates «Приказ о закреплении пар» ${day} and logs it at ${time} in «Журнал»`, () => {
    const undated = pairs.map(({ start: _start, end: _end, ...pair }) => pair);
    const sheets = createGasFakes(spreadsheetWith(documentGrids({ pairs: undated }), zone));
    const docs = createDocFakes(sheets.log);
    const context = loadBundle({ ...sheets.globals, ...docs.globals });
    call(context, 'menuOrderPairs');
    expect(sheets.app.ui.alerts[0]).toContain(`Создан документ «Приказ № 1-од от ${day} `);
    const log = sheets.spreadsheet.sheet(SHEET.log);
    const column = (log.grid()[0] as string[]).indexOf(LOG_COLUMNS.time) + 1;
    expect(log.shownDate(log.grid().length, column)).toBe(time);
  });

  it(`plans new pairs from ${day} and writes that day as their «Начало»`, () => {
    const grids = pairingGrids({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT })],
      mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { 'Дефициты (запросы)': ICT })],
    });
    const fakes = createGasFakes(spreadsheetWith(grids, zone));
    const context = loadBundle({ ...fakes.globals, LockService: new FakeLockService() });
    const state = call(context, 'pairingLoad') as { period: { start: string } };
    expect(state.period.start).toBe(day.split('.').reverse().join('-'));
    call(context, 'pairingConfirm', [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]);
    const sheet = fakes.spreadsheet.sheet(SHEET.pairs);
    const header = sheet.grid()[0] as string[];
    expect(sheet.shownDate(2, header.indexOf('Начало') + 1)).toBe(`${day} 00:00`);
  });
});
