import { activateCell, checkSpreadsheet } from '../../src/gas/bank/check';
import { setUpBank } from '../../src/gas/bank/setup';
import { SHEET, SHEETS, LOG_COLUMNS as L, MENTOR_COLUMNS as M } from '../../src/domain/bank/schema';
import { SETTING, settingSpecs } from '../../src/domain/bank/settings';
import { menuSetUpBank } from '../../src/gas/main';
import { FakeLockService } from '../fakes/script-app';
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
    expect(summary.plan.create.map((p) => p.name).sort()).toEqual(SHEETS.map((s) => s.name).sort());
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
    expect(summary.lines).toEqual(['Банк уже настроен: ничего не изменено.']);
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

describe('«Настроить банк» on a curator’s layout', () => {
  function setUpTwice(grids: Record<string, unknown[][]>): GasFakes {
    use(spreadsheetWith(grids));
    setUpBank(active(), NOW);
    setUpBank(active(), NOW);
    return fakes;
  }

  it('appends missing settings under «Параметр» and «Значение» wherever they are, once', () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Значение', 'Параметр'], ['/к', SETTING.orderSuffix]];
    const settings = setUpTwice(grids).spreadsheet.sheet(SHEET.settings).grid();
    expect(settings[0]).toEqual(['Значение', 'Параметр']);
    expect(settings[1]).toEqual(['/к', SETTING.orderSuffix]);
    expect(settings.filter((r) => r[1] === SETTING.orderSuffix)).toHaveLength(1);
    expect(settings).toContainEqual(['Директор', SETTING.directorPosition]);
    expect(settings).toHaveLength(settingSpecs(NOW).length + 1);
  });

  it('keeps the curator’s values under spellings of their own and adds no duplicates', () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Параметр', 'Значение'], ['Населенный пункт', 'г. Уфа'], ['суффикс номера приказа', '/к']];
    const settings = setUpTwice(grids).spreadsheet.sheet(SHEET.settings).grid();
    expect(settings.filter((r) => /пункт|суффикс/i.test(String(r[0])))).toEqual([['Населенный пункт', 'г. Уфа'], ['суффикс номера приказа', '/к']]);
    expect(settings).toHaveLength(settingSpecs(NOW).length + 1);
  });

  it('adds nothing to «Настройки» without «Значение» and says so, without claiming nothing changed', () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Параметр', 'Знач.'], [SETTING.orderSuffix, '/к']];
    use(spreadsheetWith(grids));
    const { lines } = setUpBank(active(), NOW);
    expect(fakes.spreadsheet.sheet(SHEET.settings).grid()).toEqual([['Параметр', 'Знач.'], [SETTING.orderSuffix, '/к']]);
    expect(lines).toContain('На листе «Настройки» нет столбца «Значение»: недостающие параметры не добавлены. Верните в первую строку столбцы «Параметр» и «Значение» и повторите настройку.');
    // The sample's new rows still got their codes: the summary says so, not «ничего не изменено».
    expect(lines.join('\n')).toMatch(/«Наставники»: присвоено кодов — 1/);
    expect(lines.join('\n')).not.toContain('ничего не изменено');
  });

  it('lays out an empty sheet the curator renamed, as a new one', () => {
    const grids = sampleGrids();
    grids[SHEET.mentors] = [];
    use(spreadsheetWith(grids));
    const { lines } = setUpBank(active(), NOW);
    const mentors = fakes.spreadsheet.sheet(SHEET.mentors);
    expect(mentors.grid()).toEqual([SHEETS.find((s) => s.name === SHEET.mentors)!.columns.map((c) => c.header)]);
    expect(mentors.getFrozenRows()).toBe(1);
    expect(mentors.validations.length).toBeGreaterThan(0);
    expect(mentors.formats.find((f) => f.column === 1)?.format).toBe('@');
    expect(lines).toContain('Оформлены пустые листы (заголовки, форматы, списки): «Наставники».');
  });

  it('finds the curator\'s «наставники» (another case) instead of failing to add «Наставники» beside it', () => {
    const grids = sampleGrids();
    grids['наставники '] = grids[SHEET.mentors];
    delete grids[SHEET.mentors];
    const { spreadsheet } = setUpTwice(grids);
    expect(spreadsheet.sheets.filter((s) => s.name.trim().toLowerCase() === 'наставники')).toHaveLength(1);
    const issue = checkSpreadsheet(active()).errors.find((e) => e.sheet === SHEET.mentors && e.column === M.experience);
    expect(issue?.row).toBe(10);
    activateCell(active(), { sheet: SHEET.mentors, row: 10, column: M.experience });
    expect(spreadsheet.activeRange).toMatchObject({ sheet: 'наставники ', row: 10, column: 6 });
  });

  it('lays out an empty sheet the curator cut down to one row: rows are added to freeze the header under', () => {
    const grids = sampleGrids();
    grids[SHEET.mentors] = [];
    use(spreadsheetWith(grids));
    fakes.spreadsheet.sheet(SHEET.mentors).resize(1, 26);
    setUpBank(active(), NOW);
    const mentors = fakes.spreadsheet.sheet(SHEET.mentors);
    expect(mentors.getFrozenRows()).toBe(1);
    expect(mentors.getMaxRows()).toBeGreaterThan(1);
    expect(mentors.formats.find((f) => f.column === 1)?.format).toBe('@');
  });

  it('writes «Журнал» by header, so its codes are remembered after the curator reorders it', () => {
    const grids = sampleGrids();
    grids[SHEET.log] = [[L.details, L.codes, L.action, L.time]];
    use(spreadsheetWith(grids));
    setUpBank(active(), NOW);
    const [header, entry] = fakes.spreadsheet.sheet(SHEET.log).grid();
    expect(header).toEqual([L.details, L.codes, L.action, L.time]);
    expect(entry[1]).toContain('НС-014');
    expect(entry[2]).toBe('Настройка банка');
    // The row with НС-014 is deleted; the next new mentor still gets НС-015.
    const mentors = fakes.spreadsheet.sheet(SHEET.mentors);
    mentors.write(15, 1, '');
    setUpBank(active(), NOW);
    expect(mentors.grid()[14][0]).toBe('НС-015');
  });

  it('leaves a formula between new rows in «Код» as it was', () => {
    const grids = sampleGrids();
    grids[SHEET.mentors].splice(3, 0, grids[SHEET.mentors][2].map((cell, i) => (i === 0 ? '' : cell)));
    use(spreadsheetWith(grids));
    const mentors = fakes.spreadsheet.sheet(SHEET.mentors);
    mentors.write(10, 1, '="НС-"&"009"');
    setUpBank(active(), NOW);
    expect(mentors.formulaAt(10, 1)).toBe('="НС-"&"009"');
    expect(mentors.grid()[3][0]).toBe('НС-014');
    expect(mentors.grid()[15][0]).toBe('НС-015');
  });
});

describe('«Настроить банк» from the menu', () => {
  it('waits for the script lock, and says so when another action holds it', () => {
    const { spreadsheet, app } = use();
    const lockService = new FakeLockService();
    (globalThis as Record<string, unknown>).LockService = lockService;
    try {
      lockService.held = true;
      menuSetUpBank();
      expect(spreadsheet.sheets).toHaveLength(0);
      expect(app.ui.alerts[0]).toContain('Повторите «Настроить банк» через минуту');
      lockService.held = false;
      menuSetUpBank();
      expect(spreadsheet.sheets).toHaveLength(SHEETS.length);
      expect(lockService.held).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>).LockService;
    }
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
    expect(log.count('Range.getValues')).toBe(7); // the six bank sheets and «Запрещённые пары»
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
