import { LOG_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { ROWS_HEADROOM, writableRange } from '../../src/gas/sheets/range';
import { appendRows } from '../../src/gas/sheets/write';
import { spreadsheetWith } from '../fakes/gas';

describe('writing past the edge of a sheet', () => {
  const header = Object.values(LOG_COLUMNS);
  const rows = (n: number, from = 1) => Array.from({ length: n }, (_, i) => header.map((name) => `${name} ${from + i}`));

  it('a fresh sheet holds 1000 rows and 26 columns: the fake refuses a range beyond them, as Sheets does', () => {
    const spreadsheet = spreadsheetWith({ [SHEET.log]: [header] });
    const sheet = spreadsheet.wrap<GoogleAppsScript.Spreadsheet.Sheet>(spreadsheet.sheet(SHEET.log), 'Sheet');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('«Журнал» keeps taking rows after the thousandth: the grid grows with headroom, so the next append inserts nothing', () => {
    const spreadsheet = spreadsheetWith({ [SHEET.log]: [header, ...rows(998)] });
    const sheet = spreadsheet.sheet(SHEET.log);
    expect(sheet.getMaxRows()).toBe(1000);
    appendRows(spreadsheet as never, SHEET.log, rows(5, 999));
    expect(sheet.getLastRow()).toBe(1004);
    expect(sheet.getMaxRows()).toBe(1004 + ROWS_HEADROOM);
    expect(spreadsheet.log.count('Sheet.insertRowsAfter')).toBe(1);
    appendRows(spreadsheet as never, SHEET.log, rows(1, 1004));
    expect(spreadsheet.log.count('Sheet.insertRowsAfter')).toBe(1);
    expect(sheet.grid()[1004]).toEqual(rows(1, 1004)[0]);
    // The rows already there are untouched.
    expect(sheet.grid()[1]).toEqual(rows(1, 1)[0]);
  });

  it('adds the columns a wide write needs and leaves a range inside the grid alone (two reads, no insert)', () => {
    const spreadsheet = spreadsheetWith({ Лист1: [['a']] });
    const sheet = spreadsheet.wrap<GoogleAppsScript.Spreadsheet.Sheet>(spreadsheet.sheet('Лист1'), 'Sheet');
    writableRange(sheet, 1, 1, 1, 30).setValues([Array.from({ length: 30 }, (_, i) => i)]);
    expect(spreadsheet.sheet('Лист1').getMaxColumns()).toBe(30);
    spreadsheet.log.reset();
    writableRange(sheet, 2, 1, 10, 30);
    expect(spreadsheet.log.count('Sheet.insertRowsAfter') + spreadsheet.log.count('Sheet.insertColumnsAfter')).toBe(0);
    expect(spreadsheet.log.total('Sheet.')).toBe(3);
  });
});
