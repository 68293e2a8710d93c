/** Text the product writes stays text: Sheets would read «01234», «16.11.2022» or «ИСТИНА» as a number, a date, a truth. */
import { SHEET } from '../../src/domain/bank/schema';
import { appendPlan } from '../../src/domain/bank/append';
import { readTables } from '../../src/gas/sheets/tables';
import { writeAppend } from '../../src/gas/sheets/write';
import { createGasFakes, installGlobals, spreadsheetWith } from '../fakes/gas';

const VALUE_LIKE = ['01234', '16.11.2022', '2022-11-16', '3,5', '3.5', '22 34', '10:30', '50%', 'TRUE', 'ложь', "'цитата'", '-', '+7 900 000-00-00', '=СУММ(1;2)'];

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe('the fake Sheets parses written strings as Sheets does', () => {
  it('turns number-, date- and truth-like text into values in a cell of automatic format', () => {
    const spreadsheet = spreadsheetWith({ Лист: [] });
    const sheet = spreadsheet.sheet('Лист');
    ['01234', '3,5', '22 34', '50%', 'ИСТИНА', '16.11.2022', 'НС-001'].forEach((text, i) => sheet.write(i + 1, 1, text));
    const values = sheet.grid().map((row) => row[0]);
    expect(values.slice(0, 5)).toEqual([1234, 3.5, 2234, 0.5, true]);
    expect(values[5]).toBeInstanceOf(Date);
    expect(values[6]).toBe('НС-001');
    expect(sheet.shownDate(6, 1)).toBe('16.11.2022 00:00');
  });

  it('keeps text in a plain-text «@» cell, and after a leading apostrophe', () => {
    const spreadsheet = spreadsheetWith({ Лист: [] });
    const sheet = spreadsheet.sheet('Лист');
    sheet.getRange(1, 1, 10, 1).setNumberFormat('@');
    sheet.write(1, 1, '01234');
    sheet.write(1, 2, "'01234");
    sheet.write(1, 3, '01234');
    expect(sheet.grid()[0]).toEqual(['01234', '01234', 1234]);
  });
});

describe('the product’s writers', () => {
  it('write text that Sheets would parse as text, and it reads back exactly', () => {
    const fakes = createGasFakes(spreadsheetWith({ [SHEET.log]: [['Подробности']] }));
    uninstall = installGlobals(fakes);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const table = readTables(spreadsheet, [SHEET.log])[SHEET.log]!;
    writeAppend(spreadsheet, appendPlan(table, VALUE_LIKE.map((text) => ({ Подробности: text }))));
    const read = readTables(spreadsheet, [SHEET.log])[SHEET.log]!;
    expect(read.rows.map((row) => row[0])).toEqual(VALUE_LIKE);
    expect(fakes.spreadsheet.sheet(SHEET.log).formulaWrites).toBe(0);
  });
});
