/** A small school in sheet grids (built from the schema, so headers are the product's): 3 mentors, 4 mentees, pairs. */
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SETTINGS_COLUMNS, SHEET, SHEETS, type SheetName } from '../../../src/domain/bank/schema';
import { SETTING } from '../../../src/domain/bank/settings';
import type { Cell } from '../../../src/domain/bank/table';
import { defaultVocabularyGrid } from '../../../src/domain/bank/vocabularies';
import { FakeMonitoringSpreadsheet } from '../../fakes/monitoring';

function grid(name: SheetName, rows: Array<Record<string, Cell>>): Cell[][] {
  const header = SHEETS.find((spec) => spec.name === name)!.columns.map((column) => column.header);
  return [header, ...rows.map((row) => header.map((title) => row[title] ?? ''))];
}

export function schoolGrids(): Record<string, Cell[][]> {
  const mentor = (code: string, name: string, email: string) => ({
    [M.code]: code, [M.fullName]: name, [M.position]: 'учитель', [M.experience]: 20, [M.capacity]: 2, [M.email]: email,
    [M.consentData]: 'да', [M.consentMentor]: 'да', [M.status]: 'активен',
  });
  const mentee = (code: string, name: string, email: string) => ({
    [E.code]: code, [E.fullName]: name, [E.position]: 'учитель', [E.experience]: 1, [E.category]: 'молодой специалист (стаж 0–3 года)',
    [E.email]: email, [E.consentData]: 'да', [E.status]: 'активен',
  });
  const pair = (code: string, mentorCode: string, mentorName: string, mentees: string, names: string, status: string) => ({
    [P.code]: code, [P.mentorCode]: mentorCode, [P.mentorName]: mentorName, [P.menteeCodes]: mentees, [P.menteeNames]: names, [P.status]: status,
  });
  return {
    [SHEET.settings]: [[SETTINGS_COLUMNS.name, SETTINGS_COLUMNS.value], [SETTING.orgShortName, 'МБОУ «СОШ № 30»'],
      [SETTING.curatorName, 'Гумерова Гульсасак Манжуровна'], [SETTING.curatorEmail, 'curator@school.ru']],
    [SHEET.vocabularies]: defaultVocabularyGrid(),
    [SHEET.mentors]: grid(SHEET.mentors, [
      mentor('НС-001', 'Петрова Анна Ивановна', 'petrova@school.ru'),
      mentor('НС-002', 'Сидоров Игорь Олегович', 'sidorov@school.ru'),
      mentor('НС-003', 'Орлова Вера Павловна', 'orlova@school.ru'),
    ]),
    [SHEET.mentees]: grid(SHEET.mentees, [
      mentee('НП-001', 'Иванов Пётр Сергеевич', 'ivanov@school.ru'),
      mentee('НП-002', 'Кузнецова Мария Андреевна', 'kuznetsova@school.ru'),
      mentee('НП-003', 'Смирнов Олег Игоревич', 'smirnov@school.ru'),
      mentee('НП-004', 'Волкова Дарья Петровна', 'volkova@school.ru'),
    ]),
    [SHEET.pairs]: grid(SHEET.pairs, [
      pair('П-001', 'НС-001', 'Петрова Анна Ивановна', 'НП-001', 'Иванов Пётр Сергеевич', 'действует'),
      pair('П-002', 'НС-002', 'Сидоров Игорь Олегович', 'НП-002; НП-003', 'Кузнецова Мария Андреевна; Смирнов Олег Игоревич', 'действует'),
    ]),
    [SHEET.preferences]: grid(SHEET.preferences, []),
    [SHEET.results]: grid(SHEET.results, []),
    [SHEET.log]: grid(SHEET.log, []),
  };
}

export function schoolSpreadsheet(grids = schoolGrids()): FakeMonitoringSpreadsheet {
  const spreadsheet = new FakeMonitoringSpreadsheet();
  for (const [name, rows] of Object.entries(grids)) spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => cell ?? '')) as never);
  return spreadsheet;
}
