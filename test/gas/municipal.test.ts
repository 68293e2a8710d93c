import { SHEET } from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import { MUNICIPAL_SETTING } from '../../src/domain/municipal/settings';
import { readPackage } from '../../src/domain/municipal/validate';
import { SAMPLE_MENTEE_HEADER, SAMPLE_MENTEES } from '../../src/domain/demo/sampleSchool';
import { sendPackage } from '../../src/gas/municipal/send';
import { createDocFakes, type DocFakes, type FakeFolder } from '../fakes/documents';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { NOW, sampleGrids } from '../helpers/sampleTables';

let sheets: GasFakes;
let docs: DocFakes;
const saved = new Map<string, unknown>();

function setUp(folderValue: (folder: FakeFolder) => string): { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; folder: FakeFolder } {
  const grids = sampleGrids();
  sheets = createGasFakes(spreadsheetWith(grids));
  docs = createDocFakes(sheets.log);
  for (const [key, value] of Object.entries({ ...sheets.globals, ...docs.globals })) {
    saved.set(key, (globalThis as Record<string, unknown>)[key]);
    (globalThis as Record<string, unknown>)[key] = value;
  }
  const folder = docs.store.newFolder('Сведения школ');
  const settings = sheets.spreadsheet.sheet(SHEET.settings);
  const rows = settings.grid();
  const set = (name: string, value: string) => {
    const row = rows.findIndex((r) => r[0] === name);
    expect(row).toBeGreaterThan(0);
    settings.getRange(row + 1, 2).setValue(value);
  };
  set(MUNICIPAL_SETTING.packageFolder, folderValue(folder));
  set(MUNICIPAL_SETTING.schoolCode, '3912000012');
  set(SETTING.orgShortName, 'МБОУ «СОШ № 12»');
  return { ss: SpreadsheetApp.getActiveSpreadsheet(), folder };
}

afterEach(() => {
  for (const [key, value] of saved) (globalThis as Record<string, unknown>)[key] = value;
  saved.clear();
});

describe('«Отправить сведения в управление образования»', () => {
  test('writes the package into the folder from «Настройки», with no mentee\'s name or email; a second sending replaces the first', () => {
    const { ss, folder } = setUp((f) => `https://drive.google.com/drive/folders/${f.id}`);
    const first = sendPackage(ss, NOW);
    expect(first.problems).toEqual([]);
    expect(first.made.map((m) => m.name)).toEqual(['Сведения о наставничестве — МБОУ «СОШ № 12» (3912000012).json']);
    const [file] = folder.live();
    const text = file.blob!.getDataAsString();
    const read = readPackage(text, file.name);
    expect(read.ok ? '' : read.message).toBe('');
    expect(read.ok && read.package.school.id).toBe('3912000012');
    expect(read.ok && read.package.unplaced.length).toBeGreaterThan(10);
    const name = SAMPLE_MENTEE_HEADER.indexOf('ФИО');
    const email = SAMPLE_MENTEE_HEADER.indexOf('Email');
    for (const row of SAMPLE_MENTEES) {
      expect(text).not.toContain(String(row[name]));
      if (row[email]) expect(text).not.toContain(String(row[email]));
    }
    const again = sendPackage(ss, new Date(NOW.getTime() + 86_400_000));
    expect(again.notes).toContain('Прежние сведения школы в этой папке заменены новыми.');
    expect(folder.live()).toHaveLength(1);
    expect(folder.live()[0]).not.toBe(file);
    expect(file.isTrashed()).toBe(true);
  });

  test('no folder or a folder that is not one: nothing is written and the curator is told what to fill in', () => {
    const { ss } = setUp(() => '');
    const outcome = sendPackage(ss, NOW);
    expect(outcome.made).toEqual([]);
    expect(outcome.problems[0]).toContain(`Заполните параметр «${MUNICIPAL_SETTING.packageFolder}»`);
    const other = setUp(() => 'https://drive.google.com/drive/folders/AAAAAAAAAAAAAAAAAAAA');
    expect(sendPackage(other.ss, NOW).problems[0]).toContain('Папка управления образования недоступна');
  });
});
