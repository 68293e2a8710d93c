import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SHEET, SHEETS, MENTOR_COLUMNS as M, MENTEE_COLUMNS as E, ORDER_COLUMNS as O, PAIR_COLUMNS as PC, RESULT_COLUMNS as R } from '../../src/domain/bank/schema';
import { cellText } from '../../src/domain/bank/table';
import { COMPLETION_ORDER_TITLE } from '../../src/domain/documents/orders/completion';
import { CURATOR_ORDER_TITLE } from '../../src/domain/documents/orders/curator';
import { PAIRS_ORDER_TITLE } from '../../src/domain/documents/orders/pairs';
import { REWARD_ORDER_TITLE } from '../../src/domain/documents/orders/reward';
import { REPORT_TITLE } from '../../src/domain/documents/report/report';
import { SUMMARY_TITLE } from '../../src/domain/documents/report/summary';
import { docxLines, docxText } from '../../src/local/docx/read';
import { sheetRecords } from '../helpers/workbookFile';
import { NOW } from '../helpers/sampleTables';
import { sampleBankWorkbook } from '../../src/local/demo/sampleBank';
import { NEW_TEACHER_NAMES } from '../../src/domain/demo/newTeachers';
import { cli, tempDir } from '../helpers/cli';

/** The sample school's mentors in the dative case, written out by hand (an oracle independent of the declension code). */
const MENTOR_DATIVE: Record<string, string> = {
  'Кузнецова Елена Викторовна': 'Кузнецовой Елене Викторовне',
  'Смирнов Андрей Николаевич': 'Смирнову Андрею Николаевичу',
  'Волкова Татьяна Сергеевна': 'Волковой Татьяне Сергеевне',
  'Морозова Ольга Ивановна': 'Морозовой Ольге Ивановне',
  'Лебедев Сергей Петрович': 'Лебедеву Сергею Петровичу',
  'Новикова Марина Александровна': 'Новиковой Марине Александровне',
  'Федоров Дмитрий Олегович': 'Федорову Дмитрию Олеговичу',
  'Павлова Светлана Юрьевна': 'Павловой Светлане Юрьевне',
  'Борисова Алла Геннадьевна': 'Борисовой Алле Геннадьевне',
  'Тихонова Ирина Львовна': 'Тихоновой Ирине Львовне',
  'Григорьев Павел Андреевич': 'Григорьеву Павлу Андреевичу',
};

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  return values.indexOf(header);
}

describe('cli init', () => {
  it('writes an empty bank with every sheet, header, dropdown and default', async () => {
    const file = join(tempDir(), 'bank.xlsx');
    const run = await cli('init', '--out', file);
    expect(run).toMatchObject({ code: 0, err: '' });
    const workbook = await load(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(SHEETS.map((s) => s.name)));
    const mentors = workbook.getWorksheet(SHEET.mentors)!;
    expect((mentors.getRow(1).values as unknown[]).slice(1)).toEqual(SHEETS.find((s) => s.name === SHEET.mentors)!.columns.map((c) => c.header));
    expect(mentors.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const status = mentors.getCell(5, column(mentors, M.status)).dataValidation;
    expect(status).toMatchObject({ type: 'list' });
    expect(String(status.formulae[0])).toMatch(/Справочники'!\$[A-Z]+\$2:\$[A-Z]+\$301/);
    const settings = workbook.getWorksheet(SHEET.settings)!;
    expect(settings.getColumn(1).values).toContain('Суффикс номера приказа');
    expect((await cli('check', file)).code).toBe(0);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = join(tempDir(), 'bank.xlsx');
    writeFileSync(file, 'не трогать');
    const run = await cli('init', '--out', file);
    expect(run.code).toBe(2);
    expect(run.err).toContain('уже существует');
    expect(readFileSync(file, 'utf8')).toBe('не трогать');
  });
});

describe('cli demo and check', () => {
  let dir: string;
  let bank: string;
  let output: string;

  beforeAll(async () => {
    // A folder name with a space and «№», as a school's would be: every hint the demo prints quotes it.
    dir = join(tempDir(), 'Демо школы №1');
    const run = await cli('demo', '--out', dir);
    expect(run.code).toBe(0);
    output = run.out;
    bank = join(dir, 'bank.xlsx');
  });

  it('ends at the education authority: three schools\' packages consolidated, cross-school pairs proposed, the report made', () => {
    const municipal = join(dir, 'municipal');
    expect(readdirSync(join(municipal, 'Пакеты')).sort()).toEqual(['Гимназия № 2.json', 'СОШ № 12.json', 'СОШ № 3.json']);
    expect(existsSync(join(municipal, 'Сводка управления образования.xlsx'))).toBe(true);
    expect(readdirSync(municipal).filter((f) => f.startsWith('Аналитическая справка о реализации целевой модели') && f.endsWith('.docx'))).toHaveLength(1);
    expect(output).toMatch(/МКОУ «Гимназия № 2», НП-00\d → .+ \(МБОУ «СОШ № (12|3)/);
  });

  it('ends with the teachers hired in June: in «Наставляемые» with their codes, in no pair, and where to pair them', async () => {
    expect(output).toMatch(/11\. Новые учителя: приняты на работу, пары им ещё не подобраны — 15 июня 2027 г\./);
    const mentees = await sheetRecords(bank, SHEET.mentees);
    const newcomers = mentees.filter((m) => NEW_TEACHER_NAMES.includes(String(m[E.fullName])));
    expect(newcomers.map((m) => [m[E.code], m[E.status]])).toEqual([['НП-031', 'активен'], ['НП-032', 'активен'], ['НП-033', 'активен']]);
    const inPairs = new Set((await sheetRecords(bank, SHEET.pairs)).flatMap((p) => String(p[PC.menteeCodes]).split('; ')));
    expect(newcomers.filter((m) => inPairs.has(String(m[E.code])))).toEqual([]);
    expect(output).toContain(`npm run -s cli -- serve "${bank}" --open → «Подбор пар»`);
  });

  it('tells the school year: every document made, orders registered and signed, pairs through to the end', async () => {
    expect(output).not.toContain('Не создано');
    expect(output).toContain('2026/2027 учебный год');
    expect(output).toContain(`npm run -s cli -- check "${bank}"`);
    expect(output).toContain(`npm run -s cli -- sign "${bank}" --order`);
    expect(output).not.toContain(`sign ${bank}`);
    const docs = join(dir, 'Документы');
    const files = readdirSync(docs);
    for (const title of [CURATOR_ORDER_TITLE, PAIRS_ORDER_TITLE, REWARD_ORDER_TITLE, COMPLETION_ORDER_TITLE, REPORT_TITLE, SUMMARY_TITLE]) {
      expect(files.filter((f) => f.includes(title) && f.endsWith('.docx'))).toHaveLength(1);
    }
    const pairs = await sheetRecords(bank, SHEET.pairs);
    expect(readdirSync(join(docs, 'Программы наставничества'))).toHaveLength(pairs.length);
    // ст. 351.8 ТК РФ: a consent and an agreement per mentor after the pairs order, the notice of the February stop.
    const agreements = readdirSync(join(docs, 'Соглашения с наставниками'));
    const mentorsInPairs = new Set(pairs.map((p) => p[PC.mentorCode])).size;
    expect(agreements.filter((f) => f.startsWith('Согласие на выполнение работы наставника'))).toHaveLength(mentorsInPairs);
    expect(agreements.filter((f) => f.startsWith('Дополнительное соглашение'))).toHaveLength(mentorsInPairs);
    expect(agreements.filter((f) => f.startsWith('Уведомление о досрочном прекращении'))).toHaveLength(1);
    expect(output.indexOf('Согласия наставников и дополнительные соглашения')).toBeGreaterThan(output.indexOf('Директор подписал приказы'));

    // The register: the autumn orders signed, the May ones waiting; numbers restart on 1 January.
    const register = await sheetRecords(bank, SHEET.orders);
    expect(register.map((r) => [r[O.number], (r[O.date] as Date).getFullYear(), r[O.kind], r[O.status]])).toEqual([
      ['1-од', 2026, CURATOR_ORDER_TITLE, 'подписан'],
      ['2-од', 2026, PAIRS_ORDER_TITLE, 'подписан'],
      ['1-од', 2027, REWARD_ORDER_TITLE, 'проект'],
      ['2-од', 2027, COMPLETION_ORDER_TITLE, 'проект'],
    ]);
    for (const order of register) expect(existsSync(join(dir, String(order[O.link])))).toBe(true);

    // Every pair was approved by the pairs order; one ended early with its reason, the others completed.
    const reference = `2-од от ${cellText(register[1][O.date])}`;
    expect(pairs.every((p) => p[PC.order] === reference)).toBe(true);
    const ended = pairs.filter((p) => p[PC.status] === 'прекращена');
    expect(ended.map((p) => p[PC.endReason])).toEqual([expect.stringMatching(/^перевод наставляем(ой|ого) в другую организацию$/)]);
    expect(pairs.filter((p) => p[PC.status] === 'завершена')).toHaveLength(pairs.length - 1);

    // The rubric spread: optimal, acceptable and unacceptable pairs.
    const rubric = (await sheetRecords(bank, SHEET.results)).filter((r) => r[R.questionnaire] === 'Эффективность программы');
    expect(rubric).toHaveLength(pairs.length - 1);
    const levels = new Set(rubric.map((r) => r[R.level]));
    expect([...levels].sort()).toEqual(['допустимый', 'недопустимый', 'оптимальный']);

    // The reward order thanks the mentors of the optimal pairs, in the dative, and nobody else's mentor.
    const reward = await docxText(readFileSync(join(docs, files.find((f) => f.includes(REWARD_ORDER_TITLE))!)));
    expect(reward).toContain('Объявить благодарность за высокие результаты наставнической деятельности:');
    const mentorOf = new Map(pairs.map((p) => [p[PC.code], String(p[PC.mentorName])]));
    const optimal = rubric.filter((r) => r[R.level] === 'оптимальный').map((r) => mentorOf.get(r[R.pair])!);
    expect(optimal.length).toBeGreaterThan(0);
    for (const mentor of optimal) expect(reward).toMatch(new RegExp(`\\d\\. ${MENTOR_DATIVE[mentor]}, [^;]+, наставнику[;.]`));
    // A mentor may lead several pairs: thanked when one of them is optimal.
    const notThanked = rubric.filter((x) => x[R.level] !== 'оптимальный').map((r) => mentorOf.get(r[R.pair])!).filter((m) => !optimal.includes(m));
    expect(notThanked.length).toBeGreaterThan(0);
    for (const mentor of notThanked) expect(reward).not.toContain(MENTOR_DATIVE[mentor]);
    const report = await docxLines(readFileSync(join(docs, files.find((f) => f.includes(REPORT_TITLE))!)));
    expect(report.join('\n')).toContain('недопустимый | 1 |');
  });

  it('writes a realistic sample school', async () => {
    const workbook = await load(bank);
    expect(workbook.getWorksheet(SHEET.mentors)!.actualRowCount - 1).toBeGreaterThanOrEqual(12);
    expect(workbook.getWorksheet(SHEET.mentees)!.actualRowCount - 1).toBeGreaterThanOrEqual(25);
  });

  it('check --json prints the problems and exits 1', async () => {
    const run = await cli('check', bank, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(Object.keys(report)).toEqual(['errors', 'warnings']);
    expect(report.errors).toContainEqual({ sheet: SHEET.mentors, row: 10, column: M.experience, message: 'Ожидается число, указано «двенадцать».' });
    expect(Object.keys(report.errors[0])).toEqual(['sheet', 'row', 'column', 'message']);
    expect(report.warnings.length).toBeGreaterThan(0);
  });

  it('check never changes the file', async () => {
    const before = hash(bank);
    await cli('check', bank);
    expect(hash(bank)).toBe(before);
  });

  it('keeps formula-like text as text in the workbook', async () => {
    const mentees = (await load(bank)).getWorksheet(SHEET.mentees)!;
    const note = mentees.getCell(31, column(mentees, E.note)).value;
    expect(note).toBe('=HYPERLINK("https://example.org";"портфолио")');
  });
});

describe('check on bad input', () => {
  async function badBank(): Promise<string> {
    // The sample school's bank as the demo's first step writes it.
    const file = join(tempDir(), 'bank.xlsx');
    await sampleBankWorkbook(NOW).workbook.xlsx.writeFile(file);
    const workbook = await load(file);
    const mentors = workbook.getWorksheet(SHEET.mentors)!;
    mentors.getCell(1, column(mentors, M.experience)).value = 'Опыт';
    const mentees = workbook.getWorksheet(SHEET.mentees)!;
    mentees.getCell(3, column(mentees, E.experience)).value = 'пять';
    mentees.getCell(4, column(mentees, E.fullName)).value = '<b>Петров</b>';
    mentees.getCell(5, column(mentees, E.email)).value = '-';
    mentees.getCell(6, column(mentees, E.note)).value = '+7 900 000-00-00';
    mentees.spliceRows(8, 0, [], []);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('reports each problem clearly and keeps every value', async () => {
    const file = await badBank();
    const before = hash(file);
    const run = await cli('check', file, '--json');
    expect(run.code).toBe(1);
    const { errors, warnings } = JSON.parse(run.out);
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.mentors, row: 1, column: M.experience }));
    expect(errors.filter((e: { sheet: string; column: string }) => e.sheet === SHEET.mentors && e.column === M.experience)).toHaveLength(1);
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.mentees, row: 3, column: E.experience, message: 'Ожидается число, указано «пять».' }));
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.mentees, row: 5, column: E.email }));
    expect(warnings).toContainEqual(expect.objectContaining({ sheet: SHEET.mentees, row: 4, column: E.fullName }));
    // Two blank rows were inserted above row 8: the category error moved from row 27 to 29.
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.mentees, row: 29, column: E.category }));
    expect(hash(file)).toBe(before);
  });

  it('answers an unreadable file with one Russian line and exit code 2', async () => {
    const file = join(tempDir(), 'broken.xlsx');
    writeFileSync(file, 'это не xlsx');
    const run = await cli('check', file);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/^Ошибка: Не удалось открыть .*не книга Excel/);
    expect((await cli('check', join(tempDir(), 'нет.xlsx'))).err).toContain('файл не найден');
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('check', file, '--jsn')).err).toContain('неизвестный параметр --jsn');
  });
});

describe('npm run -s cli', () => {
  it('runs as the README and docs/cli.md show, with the exit code of the command', () => {
    const dir = tempDir();
    const init = spawnSync('npm', ['run', '-s', 'cli', '--', 'init', '--out', join(dir, 'b.xlsx')], { encoding: 'utf8' });
    expect(init.status).toBe(0);
    const check = spawnSync('npm', ['run', '-s', 'cli', '--', 'check', join(dir, 'b.xlsx'), '--json'], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    // A new bank lacks only the school's own data: the order that approved its Положение (orders quote it).
    const report = JSON.parse(check.stdout) as { errors: unknown[]; warnings: { message: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringContaining('«Положение о наставничестве утверждено приказом»')]);
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'check', join(dir, 'none.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('piped into a reader that stops early (`| head`), prints no stack trace', () => {
    const dir = tempDir();
    const bank = join(dir, 'b.xlsx');
    expect(spawnSync('npm', ['run', '-s', 'cli', '--', 'init', '--out', bank], { encoding: 'utf8' }).status).toBe(0);
    // `true` closes the pipe before the CLI writes its first line: every write meets a closed pipe.
    const piped = spawnSync('sh', ['-c', 'npm run -s cli -- check "$0" --json | true', bank], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });
});
