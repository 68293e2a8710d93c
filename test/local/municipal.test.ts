import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell } from '../../src/domain/bank/table';
import { neighbourSchools, SAMPLE_SCHOOL, type SampleSchool } from '../../src/domain/demo/neighbours';
import { SAMPLE_MENTEE_HEADER } from '../../src/domain/demo/sampleSchool';
import { MENTEE_COLUMNS } from '../../src/domain/bank/schema';
import { sampleBankWorkbook } from '../../src/local/demo/sampleBank';
import { docxText } from '../../src/local/docx/read';
import { cli, tempDir } from '../helpers/cli';
import { NOW } from '../helpers/sampleTables';

const neighbours = neighbourSchools(new Date(2026, 8, 15));
const SCHOOLS: Record<string, SampleSchool> = { s12: SAMPLE_SCHOOL, s3: neighbours.withMentors, g2: neighbours.withMentees };
const NAMES = ['МБОУ «СОШ № 12 им. А. С. Пушкина»', 'МБОУ «СОШ № 3»', 'МКОУ «Гимназия № 2»'];

const column = (header: string) => SAMPLE_MENTEE_HEADER.indexOf(header as (typeof SAMPLE_MENTEE_HEADER)[number]);

/** Every mentee's full name, surname with first name, and email in the three banks: none may leave the school. */
function menteeSecrets(): string[] {
  return Object.values(SCHOOLS).flatMap((s) => s.mentees.flatMap((row: Cell[]) => {
    const name = String(row[column(MENTEE_COLUMNS.fullName)]);
    const email = String(row[column(MENTEE_COLUMNS.email)] ?? '');
    return [name, name.split(' ').slice(0, 2).join(' '), email].filter((x) => x.length > 3);
  }));
}

async function packages(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const [key, school] of Object.entries(SCHOOLS)) {
    const bank = join(dir, `${key}.xlsx`);
    await sampleBankWorkbook(NOW, school).workbook.xlsx.writeFile(bank);
    const file = join(dir, `${key}.json`);
    const run = await cli('export', bank, '--out', file);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Пакет сведений записан: ${file}`);
    out.push(file);
  }
  return out;
}

async function sheetRows(file: string, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('municipal level in the CLI', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = tempDir();
    files = await packages(dir);
  });

  test('three banks give three packages without any mentee\'s name or email, with the unplaced mentees by code', () => {
    const secrets = menteeSecrets();
    expect(secrets.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) expect({ file, found: text.includes(secret) ? secret : undefined }).toEqual({ file, found: undefined });
    }
    const gym = JSON.parse(readFileSync(files[2], 'utf8'));
    expect(gym.unplaced.map((u: { code: string }) => u.code)).toEqual(['НП-001', 'НП-002', 'НП-003', 'НП-004']);
    expect(gym.school.id).toBe('3912000002');
    expect(gym.mentors.map((m: { fullName: string }) => m.fullName)).toEqual(['Полякова Нина Сергеевна']);
  });

  test('municipal names all three schools, lists their mentors, and proposes cross-school pairs; --json as specified', async () => {
    const mun = join(dir, 'mun.xlsx');
    const run = await cli('municipal', ...files, '--out', mun, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json).toMatchObject({ schools: 3, mentors: 18, pairs: 2, youngSpecialists: { total: 26, placed: 2 } });
    const gymnasium = json.crossSchool.filter((p: { menteeSchool: string }) => p.menteeSchool === NAMES[2]);
    expect(gymnasium.map((p: { mentee: string }) => p.mentee)).toEqual(['НП-001', 'НП-002', 'НП-003', 'НП-004']);
    for (const p of json.crossSchool) {
      expect(p.mentorSchool).not.toBe(p.menteeSchool);
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['mentee', 'menteeSchool', 'mentor', 'mentorSchool', 'score']));
    }
    expect(json.crossSchool.some((p: { mentorSchool: string }) => p.mentorSchool === NAMES[1])).toBe(true);

    expect((await sheetRows(mun, 'Школы')).slice(1).map((r) => r[0]).sort()).toEqual([...NAMES].sort());
    const register = await sheetRows(mun, 'Реестр наставников');
    expect(register.filter((r) => r[0] === NAMES[1]).map((r) => r[2])).toEqual(['Гаврилова Людмила Петровна', 'Захаров Михаил Юрьевич', 'Миронова Валентина Ивановна', 'Ершов Константин Андреевич']);
    expect(register.some((r) => r[0] === NAMES[0] && r[2] === 'Кузнецова Елена Викторовна')).toBe(true);
    const cross = await sheetRows(mun, 'Межшкольные пары');
    expect(cross[0].slice(0, 2)).toEqual(['Школа наставляемого', 'Код наставляемого']);
    expect(cross.filter((r) => r[0] === NAMES[2] && r[5] !== '').length).toBe(4);
    const indicators = await sheetRows(mun, 'Показатели');
    expect(indicators[indicators.length - 1][0]).toBe('Итого');
  });

  test('rebuilt idempotently; the target typed in «Параметры» is kept; the report names every school', async () => {
    const mun = join(dir, 'mun2.xlsx');
    expect((await cli('municipal', ...files, '--out', mun)).code).toBe(0);
    const first = await sheetRows(mun, 'Межшкольные пары');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(mun);
    workbook.getWorksheet('Параметры')!.eachRow((row) => {
      const name = String(row.getCell(1).value);
      if (name.startsWith('Целевой охват')) row.getCell(2).value = 5;
      if (name.startsWith('Муниципальный куратор')) row.getCell(2).value = 'Шихабудинова Индира Камиловна';
      if (name.startsWith('Муниципальное образование')) row.getCell(2).value = 'Светлогорском городском округе';
    });
    await workbook.xlsx.writeFile(mun);
    expect((await cli('municipal', ...files, '--out', mun)).code).toBe(0);
    expect(await sheetRows(mun, 'Межшкольные пары')).toEqual(first);
    const indicators = await sheetRows(mun, 'Показатели');
    const target = indicators[0].indexOf('Целевой охват, %');
    expect(indicators.slice(1).every((r) => r[target] === '5')).toBe(true);

    const out = join(dir, 'docs');
    const docs = await cli('docs', mun, '--kind', 'municipal-report', '--out', out);
    expect(docs.err).not.toContain('Не создано');
    expect(docs.code).toBe(0);
    const text = await docxText(readFileSync(docs.out.trim()));
    expect(text).toContain('о реализации целевой модели наставничества педагогических работников в Светлогорском городском округе');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toMatch(/И\.К\.\s?Шихабудинова/);
  });

  test('bad input: no package → exit 2 naming the file and nothing written; two packages of one school → the newer wins, the older named', async () => {
    const mun = join(dir, 'bad.xlsx');
    const notPackage = join(dir, 'list.json');
    writeFileSync(notPackage, '{"mentors": []}');
    const bad = await cli('municipal', files[0], notPackage, '--out', mun);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`«${notPackage}» — не пакет сведений Наставника`);
    expect(existsSync(mun)).toBe(false);

    const renamed = JSON.parse(readFileSync(files[1], 'utf8'));
    renamed.createdAt = '2030-01-01T00:00:00.000Z';
    renamed.school.shortName = 'МБОУ «СОШ № 3 им. Ю. А. Гагарина»';
    const newer = join(dir, 's3-new.json');
    writeFileSync(newer, JSON.stringify(renamed));
    const run = await cli('municipal', files[0], newer, files[1], files[2], '--out', mun, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).schools).toBe(3);
    expect(run.err).toContain(`Пакет «${files[1]}» (МБОУ «СОШ № 3», от `);
    expect(run.err).toContain(`заменён более новым «${newer}»`);
    expect((await sheetRows(mun, 'Школы')).slice(1).map((r) => r[0])).toContain('МБОУ «СОШ № 3 им. Ю. А. Гагарина»');
  });
});
