import { regionPackages } from '../../bench/municipal';
import { SHEET } from '../../src/domain/bank/schema';
import { STAGING_SHEET } from '../../src/domain/municipal/staging';
import { MUNICIPAL_SHEET, PARAMETER } from '../../src/domain/municipal/workbook';
import { COLLECT_HANDLER, COLLECT_STATE, collectPackages, collectTitle } from '../../src/gas/municipal/collect';
import { makeMunicipalReport } from '../../src/gas/municipal/report';
import { setUpMunicipal } from '../../src/gas/municipal/setup';
import { NOT_MUNICIPAL } from '../../src/gas/municipal/sheets';
import { createDocFakes, type DocFakes, type FakeFolder } from '../fakes/documents';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

const NOW = new Date(Date.UTC(2027, 5, 1, 9, 0));
const REBUILT = [MUNICIPAL_SHEET.packages, MUNICIPAL_SHEET.schools, MUNICIPAL_SHEET.register, MUNICIPAL_SHEET.indicators, MUNICIPAL_SHEET.crossSchool];

interface Summary {
  sheets: GasFakes;
  docs: DocFakes;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  folder: FakeFolder;
  restore: () => void;
}

const open: Summary[] = [];

/** A new spreadsheet made the municipal summary, its «Параметры» naming a fresh Drive folder. */
function summary(spreadsheet = new FakeSpreadsheet()): Summary {
  const sheets = createGasFakes(spreadsheet);
  const docs = createDocFakes(sheets.log);
  const target = globalThis as Record<string, unknown>;
  const globals = { ...sheets.globals, ...docs.globals };
  const previous = Object.keys(globals).map((key) => [key, target[key]] as const);
  Object.assign(target, globals);
  const restore = () => {
    for (const [key, value] of previous) target[key] = value;
  };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const folder = docs.store.newFolder('Сведения школ');
  const made: Summary = { sheets, docs, ss, folder, restore };
  open.push(made);
  return made;
}

function makeMunicipal(s: Summary): void {
  expect(setUpMunicipal(s.ss).problems).toEqual([]);
  const parameters = s.sheets.spreadsheet.sheet(MUNICIPAL_SHEET.parameters);
  const row = parameters.grid().findIndex((r) => r[0] === PARAMETER.packageFolder);
  expect(row).toBeGreaterThan(0);
  parameters.getRange(row + 1, 2).setValue(s.folder.getUrl());
}

const grid = (s: Summary, name: string) => s.sheets.spreadsheet.sheet(name).grid();
const texts = (n: number) => regionPackages(n);
const schoolOf = (text: string) => (JSON.parse(text) as { school: { shortName: string } }).school.shortName;

afterEach(() => {
  while (open.length > 0) open.pop()?.restore();
});

describe('«Муниципалитет → Собрать сведения школ»', () => {
  test('three schools\' packages in the folder build «Школы», «Реестр наставников», «Показатели», «Межшкольные пары» in one write each; «Параметры» stays', () => {
    const s = summary();
    makeMunicipal(s);
    const packages = texts(3);
    packages.forEach((text, i) => s.folder.createFile(`Сведения — школа ${i + 1}.json`, text));
    const parametersBefore = grid(s, MUNICIPAL_SHEET.parameters);
    s.sheets.log.reset();
    const outcome = collectPackages(s.ss, NOW, () => 0);
    expect(outcome.problems).toEqual([]);
    expect(outcome.continues).toBe(false);
    expect(outcome.notes[0]).toMatch(/^Сводка составлена: 3 школы, наставников в реестре — \d+/);
    const [, ...schools] = grid(s, MUNICIPAL_SHEET.schools);
    expect(schools.map((r) => r[0]).sort()).toEqual(packages.map(schoolOf).sort());
    const mentors = packages.reduce((n, t) => n + (JSON.parse(t) as { mentors: unknown[] }).mentors.length, 0);
    expect(grid(s, MUNICIPAL_SHEET.register)).toHaveLength(1 + mentors);
    const indicators = grid(s, MUNICIPAL_SHEET.indicators);
    expect(indicators).toHaveLength(1 + 3 + 1);
    expect(indicators[4][0]).toBe('Итого');
    expect(grid(s, MUNICIPAL_SHEET.crossSchool)[0][0]).toBe('Школа наставляемого');
    expect(grid(s, MUNICIPAL_SHEET.parameters)).toEqual(parametersBefore);
    // One write per rebuilt sheet, plus the hidden staging sheet: its header, the slice's rows, and its emptying.
    expect(s.sheets.log.count('Range.setValues')).toBe(REBUILT.length + 2);
    expect(s.sheets.spreadsheet.sheet(STAGING_SHEET).hidden).toBe(true);
    expect(grid(s, STAGING_SHEET).slice(1).flat().every((v) => v === '')).toBe(true);
    // Collecting again gives the same sheets.
    const first = REBUILT.map((name) => grid(s, name));
    expect(collectPackages(s.ss, NOW, () => 0).problems).toEqual([]);
    expect(REBUILT.map((name) => grid(s, name))).toEqual(first);
  });

  test('300 packages: a slice stops when the time runs out, the continuation trigger resumes from the checkpoint, and the result equals one run\'s', () => {
    const packages = texts(300);
    const once = summary();
    makeMunicipal(once);
    packages.forEach((text, i) => once.folder.createFile(`Школа ${String(i + 1).padStart(3, '0')}.json`, text));
    expect(collectPackages(once.ss, NOW, () => 0).continues).toBe(false);
    const expected = REBUILT.map((name) => grid(once, name));
    expect(expected[1]).toHaveLength(301);
    once.restore();

    const sliced = summary();
    makeMunicipal(sliced);
    packages.forEach((text, i) => sliced.folder.createFile(`Школа ${String(i + 1).padStart(3, '0')}.json`, text));
    // Each file read takes two seconds of the slice's 4.5 minutes.
    const reads = () => sliced.docs.store.log.count('Blob.getDataAsString');
    let slices = 0;
    let outcome;
    do {
      const start = reads();
      // After the first slice, as the continuation trigger runs it: only resuming.
      outcome = collectPackages(sliced.ss, NOW, () => (reads() - start) * 2000, undefined, undefined, slices > 0);
      slices++;
      expect(outcome.problems).toEqual([]);
      const triggers = sliced.docs.scriptApp.triggers.filter((t) => t.handler === COLLECT_HANDLER);
      expect(triggers).toHaveLength(outcome.continues ? 1 : 0);
      if (outcome.continues) {
        expect(collectTitle(outcome)).toBe('Сбор сведений продолжается');
        expect(outcome.notes[0]).toMatch(/^Прочитано \d+ файл/);
        expect(sliced.docs.documentProperties.getProperty(COLLECT_STATE)).not.toBeNull();
      }
    } while (outcome.continues && slices < 10);
    expect(slices).toBeGreaterThanOrEqual(3);
    expect(outcome.continues).toBe(false);
    expect(outcome.read).toBe(300);
    // Every file was read once, not again by a resumed slice.
    expect(reads()).toBe(300);
    expect(sliced.docs.documentProperties.getProperty(COLLECT_STATE)).toBeNull();
    expect(REBUILT.map((name) => grid(sliced, name))).toEqual(expected);
  });

  test('a checkpoint whose continuation token expired starts the reading over, so no school is missed', () => {
    const s = summary();
    makeMunicipal(s);
    texts(12).forEach((text, i) => s.folder.createFile(`Школа ${i + 1}.json`, text));
    const reads = () => s.docs.store.log.count('Blob.getDataAsString');
    const first = collectPackages(s.ss, NOW, () => reads() * 2000, undefined, 10_000);
    expect(first.continues).toBe(true);
    expect(first.read).toBeLessThan(12);
    const state = JSON.parse(s.docs.documentProperties.getProperty(COLLECT_STATE)!) as { token: string };
    s.docs.documentProperties.setProperty(COLLECT_STATE, JSON.stringify({ ...state, token: 'token-expired' }));
    const again = collectPackages(s.ss, NOW, () => 0, undefined, undefined, true);
    expect(again.continues).toBe(false);
    expect(again.read).toBe(12);
    expect(grid(s, MUNICIPAL_SHEET.schools)).toHaveLength(13);
    expect(grid(s, MUNICIPAL_SHEET.packages)).toHaveLength(13);
  });

  test('a file that is no package is listed by its name and skipped; other files and trashed ones are not read', () => {
    const s = summary();
    makeMunicipal(s);
    const [a, b] = texts(2);
    s.folder.createFile('Школа 1.json', a);
    s.folder.createFile('Список кураторов.json', '{"кураторы": []}');
    s.folder.createFile('Школа 2.json', b);
    s.folder.createFile('Письмо.txt', 'не пакет');
    s.folder.createFile('Школа 3.json', a).setTrashed(true);
    const outcome = collectPackages(s.ss, NOW, () => 0);
    expect(outcome.problems).toEqual([expect.stringMatching(/^«Список кураторов\.json» — не пакет сведений Наставника.*Файл пропущен\.$/)]);
    expect(collectTitle(outcome)).toBe('Сводка составлена, но не все файлы приняты');
    expect(grid(s, MUNICIPAL_SHEET.schools)).toHaveLength(3);
    const listed = grid(s, MUNICIPAL_SHEET.packages);
    expect(listed.map((r) => r[0])).toEqual(['Файл', 'Школа 1.json', 'Список кураторов.json', 'Школа 2.json']);
    expect(String(listed[2][4])).toMatch(/^не принят: «Список кураторов\.json» — не пакет/);
  });

  test('a newer package of a school replaces the older, which is named', () => {
    const s = summary();
    makeMunicipal(s);
    const [text] = texts(1);
    const older = JSON.parse(text) as { createdAt: string; school: { fullName: string; shortName: string } };
    const newer = { ...older, createdAt: '2027-05-28T08:00:00.000Z', school: { ...older.school, shortName: 'МАОУ «Лицей № 1»', fullName: 'Муниципальное автономное общеобразовательное учреждение «Лицей № 1»' } };
    s.folder.createFile('новый.json', JSON.stringify(newer));
    s.folder.createFile('старый.json', text);
    const outcome = collectPackages(s.ss, NOW, () => 0);
    const [, ...schools] = grid(s, MUNICIPAL_SHEET.schools);
    expect(schools).toHaveLength(1);
    expect(schools[0][0]).toBe('МАОУ «Лицей № 1»');
    expect(schools[0][12]).toBe(older.school.fullName);
    expect(outcome.notes).toContainEqual(expect.stringMatching(/^Пакет «старый\.json» \(.*\) заменён более новым «новый\.json»/));
    expect(grid(s, MUNICIPAL_SHEET.packages).find((r) => r[0] === 'старый.json')?.[4]).toBe('заменён более новым «новый.json»');
  });

  test('a package longer than a cell holds is staged in pieces and read whole', () => {
    const s = summary();
    makeMunicipal(s);
    const big = JSON.parse(texts(1)[0]) as { mentors: { code: string }[] };
    big.mentors = Array.from({ length: 12 }, (_, k) => big.mentors.map((m, i) => ({ ...m, code: `НС-${k}-${i}` }))).flat();
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(50_000);
    s.folder.createFile('Большая школа.json', text);
    const outcome = collectPackages(s.ss, NOW, () => 0);
    expect(outcome.problems).toEqual([]);
    expect(grid(s, MUNICIPAL_SHEET.register)).toHaveLength(1 + big.mentors.length);
  });

  test('a Drive error while reading a file names the file and the rest is consolidated', () => {
    const s = summary();
    makeMunicipal(s);
    const [a, b] = texts(2);
    s.folder.createFile('Школа 1.json', a);
    s.folder.createFile('Школа 2.json', b);
    s.docs.store.failingReads.add('Школа 2.json');
    const outcome = collectPackages(s.ss, NOW, () => 0);
    expect(outcome.problems).toEqual([expect.stringContaining('«Школа 2.json» не прочитан с Google Диска (Service error: Drive)')]);
    expect(grid(s, MUNICIPAL_SHEET.schools)).toHaveLength(2);
  });

  test('a school\'s bank or a spreadsheet never made a summary is left alone, with what to do', () => {
    const bank = summary(spreadsheetWith({ [SHEET.settings]: [['Параметр', 'Значение']] }));
    expect(setUpMunicipal(bank.ss).problems[0]).toContain('банк наставничества школы');
    expect(collectPackages(bank.ss, NOW, () => 0).problems).toEqual([NOT_MUNICIPAL]);
    expect(makeMunicipalReport(bank.ss, NOW).problems).toEqual([NOT_MUNICIPAL]);
    expect(bank.sheets.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([SHEET.settings]);
    const empty = summary();
    makeMunicipal(empty);
    const parameters = empty.sheets.spreadsheet.sheet(MUNICIPAL_SHEET.parameters);
    const row = parameters.grid().findIndex((r) => r[0] === PARAMETER.packageFolder);
    parameters.getRange(row + 1, 2).setValue('');
    expect(collectPackages(empty.ss, NOW, () => 0).problems[0]).toContain(`Заполните параметр «${PARAMETER.packageFolder}»`);
    expect(setUpMunicipal(empty.ss).notes[0]).toContain('уже сводка муниципалитета');
  });
});

describe('«Муниципалитет → Аналитическая справка»', () => {
  test('a Google Doc and its PDF naming every school, from the summary\'s sheets', () => {
    const s = summary();
    makeMunicipal(s);
    const packages = texts(3);
    packages.forEach((text, i) => s.folder.createFile(`Школа ${i + 1}.json`, text));
    expect(makeMunicipalReport(s.ss, NOW).problems[0]).toContain('Собрать сведения школ');
    collectPackages(s.ss, NOW, () => 0);
    const parameters = s.sheets.spreadsheet.sheet(MUNICIPAL_SHEET.parameters);
    const row = parameters.grid().findIndex((r) => r[0] === PARAMETER.curatorName);
    expect(makeMunicipalReport(s.ss, NOW).problems[0]).toContain('Муниципальный куратор (ФИО)');
    parameters.getRange(row + 1, 2).setValue('Шихабудинова Ирина Кадыровна');
    const outcome = makeMunicipalReport(s.ss, NOW);
    expect(outcome.problems).toEqual([]);
    expect(outcome.made).toHaveLength(1);
    expect(outcome.made[0].pdfUrl).toBeTruthy();
    const doc = [...s.docs.store.documents.values()].find((d) => d.name === outcome.made[0].name);
    const text = doc!.lines().join('\n');
    expect(text).toContain('АНАЛИТИЧЕСКАЯ СПРАВКА');
    for (const name of packages.map(schoolOf)) expect(text).toContain(name);
    expect(text).toMatch(/И\.К\.\sШихабудинова/);
    expect(text).not.toMatch(/\{\{/);
  });
});
