/**
 * A spreadsheet whose time zone is not the script's: Sheets keeps «16.11.2022» as a wall-clock reading in the
 * SPREADSHEET's zone and getValues() gives that instant. The product must read and write the day the curator sees.
 * Two zones, one east and one west of any machine that runs the tests in UTC or in Moscow.
 */
import { readBank } from '../../src/domain/bank/bank';
import { PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { appendPlan } from '../../src/domain/bank/append';
import { formatDateNumeric } from '../../src/domain/language/dates';
import { readTables } from '../../src/gas/sheets/tables';
import { writeAppend } from '../../src/gas/sheets/write';
import { type GasFakes, createGasFakes, installGlobals, spreadsheetWith } from '../fakes/gas';
import { documentGrids } from '../helpers/documentsBank';
import { pairs } from '../domain/documents/fixtures';

/** Each zone with the instant its midnight of 16.11.2022 is. */
const ZONES: Array<[string, number]> = [['Asia/Yekaterinburg', Date.UTC(2022, 10, 15, 19)], ['America/New_York', Date.UTC(2022, 10, 16, 5)]];

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function spreadsheetIn(timeZone: string): GasFakes {
  const grids = documentGrids({ pairs: pairs.map((pair) => ({ ...pair, start: new Date(2022, 10, 16), end: new Date(2023, 4, 31) })) });
  const fakes = createGasFakes(spreadsheetWith(grids, timeZone));
  uninstall = installGlobals(fakes);
  return fakes;
}

describe.each(ZONES)('dates in a spreadsheet set to %s', (timeZone, midnight) => {
  it('are read as the day the curator typed, asking the spreadsheet for its zone once', () => {
    const fakes = spreadsheetIn(timeZone);
    // The fake hands the cell over as Sheets does: midnight of the spreadsheet's zone, not of the script's.
    const [header, first] = fakes.spreadsheet.sheet(SHEET.pairs).grid();
    expect((first[(header as string[]).indexOf(P.start)] as Date).getTime()).toBe(midnight);
    fakes.log.reset();
    const bank = readBank(readTables(SpreadsheetApp.getActiveSpreadsheet(), [SHEET.pairs, SHEET.vocabularies]));
    expect(bank.pairs.map((p) => [formatDateNumeric(p.start!), formatDateNumeric(p.end!)])).toEqual(pairs.map(() => ['16.11.2022', '31.05.2023']));
    expect(fakes.log.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });

  it('are written so that the sheet shows the intended day, and read back unchanged', () => {
    const fakes = spreadsheetIn(timeZone);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tables = readTables(spreadsheet, [SHEET.pairs]);
    writeAppend(spreadsheet, appendPlan(tables[SHEET.pairs]!, [{ [P.code]: 'П-009', [P.start]: new Date(2022, 10, 16), [P.end]: new Date(2023, 4, 31, 14, 30) }]));
    const sheet = fakes.spreadsheet.sheet(SHEET.pairs);
    const header = sheet.grid()[0] as string[];
    const row = sheet.grid().length;
    expect(sheet.shownDate(row, header.indexOf(P.start) + 1)).toBe('16.11.2022 00:00');
    expect(sheet.shownDate(row, header.indexOf(P.end) + 1)).toBe('31.05.2023 14:30');
    const again = readBank(readTables(spreadsheet, [SHEET.pairs, SHEET.vocabularies])).pairs.find((p) => p.code === 'П-009')!;
    expect([again.start, again.end]).toEqual([new Date(2022, 10, 16), new Date(2023, 4, 31, 14, 30)]);
  });
});

it('a sheet without dates costs no time-zone call', () => {
  const fakes = createGasFakes(spreadsheetWith({ [SHEET.mentors]: [['Код', 'ФИО'], ['НС-001', 'Иванова Анна Сергеевна']] }, 'Asia/Yekaterinburg'));
  uninstall = installGlobals(fakes);
  readTables(SpreadsheetApp.getActiveSpreadsheet(), [SHEET.mentors]);
  expect(fakes.log.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
});

