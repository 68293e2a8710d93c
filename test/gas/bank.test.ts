import { activateCell, checkSpreadsheet } from '../../src/gas/bank/check';
import { setUpBank } from '../../src/gas/bank/setup';
import { SHEET, SHEETS, MENTOR_COLUMNS as M } from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import { VOCABULARY } from '../../src/domain/bank/vocabulary';
import { type GasFakes, createGasFakes, installGlobals, spreadsheetWith } from '../fakes/gas';
import { NOW, manyMentees, sampleGrids } from '../helpers/sampleTables';

let fakes: GasFakes;
let uninstall: () => void;

function use(spreadsheet = createGasFakes().spreadsheet): GasFakes {
  fakes = createGasFakes(spreadsheet);
  uninstall = installGlobals(fakes);
  return fakes;
}

afterEach(() => uninstall?.());

function active(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

describe('«Настроить банк» in Google Sheets', () => {
  it('creates every sheet of the bank with headers, frozen row, widths, dropdowns and formats', () => {
    const { spreadsheet } = use();
    const summary = setUpBank(active(), NOW);
    expect(summary.created).toHaveLength(SHEETS.length);
    const mentors = spreadsheet.sheet(SHEET.mentors);
    expect(mentors.grid()[0]).toEqual(SHEETS.find((s) => s.name === SHEET.mentors)?.columns.map((c) => c.header));
    expect(mentors.getFrozenRows()).toBe(1);
    expect(mentors.widths.get(2)).toBe(240);
    // «Статус» is column 14 and its dropdown reads the «Статусы участников» column of «Справочники».
    const vocabularyHeader = spreadsheet.sheet(SHEET.vocabularies).grid()[0];
    const statusRule = mentors.validations.find((v) => v.column === 14)?.rule;
    expect(statusRule?.range).toMatchObject({ sheet: SHEET.vocabularies, column: vocabularyHeader.indexOf(VOCABULARY.personStatuses) + 1, row: 2 });
    expect(statusRule?.allowInvalid).toBe(false);
    expect(mentors.formats.find((f) => f.column === 1)?.format).toBe('@');
    const settings = spreadsheet.sheet(SHEET.settings).grid();
    expect(settings).toContainEqual([SETTING.orderSuffix, '-од']);
    expect(settings).toContainEqual([SETTING.academicYear, '2026/2027']);
  });

  it('points the dropdowns only at rows «Справочники» has, when the curator shortened that sheet', () => {
    const { spreadsheet } = use();
    setUpBank(active(), NOW);
    const vocabularies = spreadsheet.sheet(SHEET.vocabularies);
    vocabularies.resize(60, vocabularies.getLastColumn());
    spreadsheet.sheets.splice(spreadsheet.sheets.indexOf(spreadsheet.sheet(SHEET.mentors)), 1);
    setUpBank(active(), NOW);
    const rules = spreadsheet.sheet(SHEET.mentors).validations.map((v) => v.rule?.range);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((range) => range?.sheet === SHEET.vocabularies && range.row === 2 && range.numRows === 59)).toBe(true);
  });

  it('writes text that looks like a formula as text', () => {
    const { spreadsheet } = use();
    setUpBank(active(), NOW);
    expect(spreadsheet.sheets.reduce((n, s) => n + s.formulaWrites, 0)).toBe(0);
  });

  it('changes nothing when run a second time', () => {
    const { spreadsheet, log } = use();
    setUpBank(active(), NOW);
    const before = spreadsheet.sheets.map((s) => [s.name, s.grid()]);
    log.reset();
    const summary = setUpBank(active(), NOW);
    expect(summary).toEqual({ created: [], codes: 0, settingsAdded: 0 });
    expect(spreadsheet.sheets.map((s) => [s.name, s.grid()])).toEqual(before);
    expect(log.count('Range.setValues')).toBe(0);
  });

  it('gives codes to new rows without touching anything else, and never reuses a code', () => {
    const grids = sampleGrids();
    use(spreadsheetWith(grids));
    const mentorsBefore = fakes.spreadsheet.sheet(SHEET.mentors).grid();
    setUpBank(active(), NOW);
    const mentorsAfter = fakes.spreadsheet.sheet(SHEET.mentors).grid();
    expect(mentorsAfter[14][0]).toBe('НС-014');
    mentorsAfter[14][0] = '';
    expect(mentorsAfter).toEqual(mentorsBefore);
    expect(fakes.spreadsheet.sheet(SHEET.mentees).grid()[30][0]).toBe('НП-030');
    // The log remembers the codes: after the curator deletes НС-014, the next mentor gets НС-015.
    const mentors = fakes.spreadsheet.sheet(SHEET.mentors);
    mentors.write(15, 1, '');
    mentors.write(15, 2, 'Новый Наставник Иванович');
    setUpBank(active(), NOW);
    expect(mentors.grid()[14][0]).toBe('НС-015');
  });

  it('appends missing settings and keeps the curator’s ones', () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Параметр', 'Значение'], [SETTING.orderSuffix, '/к']];
    use(spreadsheetWith(grids));
    setUpBank(active(), NOW);
    const settings = fakes.spreadsheet.sheet(SHEET.settings).grid();
    expect(settings[1]).toEqual([SETTING.orderSuffix, '/к']);
    expect(settings.filter((r) => r[0] === SETTING.orderSuffix)).toHaveLength(1);
    expect(settings.length).toBeGreaterThan(10);
  });
});

describe('«Проверить банк» in Google Sheets', () => {
  function callsFor(rows: number): number {
    const grids = sampleGrids();
    grids[SHEET.mentees] = manyMentees(rows);
    const { log } = use(spreadsheetWith(grids));
    const report = checkSpreadsheet(active());
    expect(report.errors.length + report.warnings.length).toBeGreaterThan(0);
    const calls = log.total();
    expect(log.count('Range.getValues')).toBe(6);
    uninstall();
    return calls;
  }

  it('reads each sheet once, whatever the number of rows', () => {
    expect(callsFor(50)).toBe(callsFor(5000));
  });

  it('jumps to the cell of an issue, finding the column by header', () => {
    const { spreadsheet } = use(spreadsheetWith(sampleGrids()));
    activateCell(active(), { sheet: SHEET.mentors, row: 10, column: M.experience });
    expect(spreadsheet.activeRange).toMatchObject({ sheet: SHEET.mentors, row: 10, column: 6 });
    expect(() => activateCell(active(), { sheet: 'Нет такого', row: 1, column: null })).toThrow('Нет листа «Нет такого»');
  });
});
