import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHEET } from '../../src/domain/bank/schema';
import type { Cell } from '../../src/domain/bank/table';
import { RUBRIC_CHOICES, RUBRIC_CRITERIA } from '../../src/domain/questionnaires/catalog/efficiency-rubric';
import { parseArgs } from '../../src/local/cli/args';
import type { Command } from '../../src/local/cli/command';
import { formsCommand } from '../../src/local/cli/commands/forms';
import { scoreCommand } from '../../src/local/cli/commands/score';
import { toExcelValue } from '../../src/local/excel/cells';
import { parseCsv } from '../../src/local/monitoring/csv';
import { schoolGrids } from '../gas/monitoring/school';

const NOW = new Date(2027, 4, 20, 12, 0);
const INDICATORS = RUBRIC_CRITERIA.flatMap((criterion) => criterion.indicators);
const [FULL, PARTIAL, NONE] = RUBRIC_CHOICES.map((choice) => choice.label);

async function run(command: Command, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(parseArgs(argv, command.args), { out: (line) => out.push(line), err: (line) => err.push(line), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function bankFile(dir: string, edit?: (grids: Record<string, Cell[][]>) => void): Promise<string> {
  const grids = schoolGrids();
  edit?.(grids);
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(grids)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((cell, c) => { sheet.getCell(r + 1, c + 1).value = toExcelValue(cell); }));
  }
  const file = join(dir, 'bank.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

/** A rubric response table as Google Forms exports it to CSV. */
function rubricCsv(rows: Array<{ at: string; pair: string; answers: string[]; extra?: string }>, header = ['Отметка времени', 'Код пары', ...INDICATORS, 'Кто заполнил (ФИО, должность)', 'Комментарий']): string {
  return [csvLine(header), ...rows.map((row) => csvLine([row.at, row.pair, ...row.answers, 'Эксперт', row.extra ?? '']))].join('\r\n');
}

const all = (label: string) => INDICATORS.map(() => label);

/** Text as Russian Excel saves «CSV (разделители — запятые)»: one byte a character, Windows-1251. */
function windows1251(text: string): Buffer {
  const special: Record<string, number> = { 'Ё': 0xa8, 'ё': 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96, '№': 0xb9 };
  return Buffer.from([...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (special[char] !== undefined) return special[char];
    throw new Error(`нет в Windows-1251: ${char}`);
  }));
}

describe('cli forms', () => {
  it('writes each questionnaire as JSON in the issue\'s shape and as a readable, escaped HTML page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-forms-'));
    const bank = await bankFile(dir, (grids) => {
      const vocab = grids[SHEET.vocabularies];
      vocab[1][0] = '<script>alert(1)</script> ИКТ';
    });
    const out = join(dir, 'forms');
    const result = await run(formsCommand, bank, '--out', out);
    expect(result.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.filter((file) => file.endsWith('.json'))).toHaveLength(10);
    expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(10);
    const rubric = JSON.parse(readFileSync(join(out, 'efficiency-rubric.json'), 'utf8'));
    expect(Object.keys(rubric)).toEqual(['id', 'title', 'items']);
    expect(rubric.items[1]).toEqual({ title: INDICATORS[0], type: 'choice', required: true, choices: [
      { label: FULL, points: 2 }, { label: PARTIAL, points: 1 }, { label: NONE, points: 0 },
    ], scale: null });
    const satisfaction = JSON.parse(readFileSync(join(out, 'mentee-satisfaction.json'), 'utf8'));
    expect(satisfaction.items[2]).toEqual({ title: 'Насколько комфортно было общение с наставником?', type: 'scale', required: true, choices: null, scale: { min: 1, max: 10 } });
    const preference = JSON.parse(readFileSync(join(out, 'mentee-preference.json'), 'utf8'));
    expect(preference.items[1].choices[0]).toEqual({ label: 'Петрова Анна Ивановна (НС-001)', points: null });
    const html = readFileSync(join(out, 'mentor-intake.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ИКТ');
    expect(html).not.toContain('<script>');
    const rubricHtml = readFileSync(join(out, 'efficiency-rubric.html'), 'utf8');
    expect(rubricHtml).toContain('Изменения в личности наставляемого');
    // The levels as seed 001 words them, not as thresholds.
    expect(rubricHtml).toContain('15–18 баллов – оптимальный уровень; 9–14 баллов – допустимый уровень; 0–8 баллов – недопустимый уровень.');
  });
});

describe('cli score', () => {
  let dir: string;
  let bank: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-score-'));
    bank = await bankFile(dir);
  });

  it('scores a CSV of rubric responses, keeps the bad rows with their reasons, and counts a duplicate once', async () => {
    const file = join(dir, 'rubric.csv');
    const mixed = [...all(FULL).slice(0, 5), ...all(PARTIAL).slice(0, 2), NONE, NONE];
    writeFileSync(file, rubricCsv([
      { at: '20.05.2027 10:00:01', pair: 'П-001', answers: all(FULL), extra: '=ИМПОРТ("http://x")' },
      { at: '20.05.2027 10:00:02', pair: 'П-002', answers: mixed },
      { at: '20.05.2027 10:00:03', pair: 'П-404', answers: all(FULL) },
      { at: '20.05.2027 10:00:04', pair: 'П-001', answers: [...all(FULL).slice(0, 8), 'Отлично'] },
      { at: '20.05.2027 10:00:01', pair: 'П-001', answers: all(FULL) },
    ]));
    const result = await run(scoreCommand, bank, '--responses', file, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      results: [
        { questionnaire: 'efficiency-rubric', stage: 'итоговая', participant: null, pair: 'П-001', score: 18, max: 18, level: 'оптимальный' },
        { questionnaire: 'efficiency-rubric', stage: 'итоговая', participant: null, pair: 'П-002', score: 12, max: 18, level: 'допустимый' },
      ],
      rejected: [
        { row: 4, reason: 'код пары «П-404» не найден на листе «Пары»' },
        { row: 5, reason: `вопрос «${INDICATORS[8]}»: варианта «Отлично» нет в анкете` },
      ],
    });
  });

  it('refuses a CSV with an unclosed quote, naming the line, instead of scoring 2 of 24 rows', async () => {
    const file = join(dir, 'unclosed.csv');
    const rows = Array.from({ length: 24 }, (_, i) => ({ at: `20.05.2027 10:00:${String(i).padStart(2, '0')}`, pair: 'П-001', answers: all(FULL), extra: i === 2 ? 'ОБРЫВ' : '' }));
    writeFileSync(file, rubricCsv(rows).replace('ОБРЫВ', '"оборванный комментарий'));
    await expect(run(scoreCommand, bank, '--responses', file)).rejects.toThrow(`Файл ответов «${file}» (UTF-8): в строке 4 открыта кавычка, которая не закрыта`);
  });

  it('reads a CSV saved by Russian Excel in Windows-1251 as it reads the same CSV in UTF-8', async () => {
    const text = rubricCsv([
      { at: '20.05.2027 10:00:01', pair: 'П-001', answers: all(FULL), extra: 'всё «хорошо» — № 1, ёлка' },
      { at: '20.05.2027 10:00:02', pair: 'П-002', answers: all(PARTIAL) },
    ]);
    const utf8 = join(dir, 'utf8.csv');
    const bom = join(dir, 'bom.csv');
    const cp1251 = join(dir, 'cp1251.csv');
    writeFileSync(utf8, text);
    writeFileSync(bom, `\uFEFF${text}`);
    writeFileSync(cp1251, windows1251(text));
    const [fromUtf8, fromBom, fromCp1251] = await Promise.all([utf8, bom, cp1251].map((file) => run(scoreCommand, bank, '--responses', file, '--json')));
    expect(JSON.parse(fromUtf8.out).results).toHaveLength(2);
    expect(JSON.parse(fromBom.out)).toEqual(JSON.parse(fromUtf8.out));
    expect(JSON.parse(fromCp1251.out)).toEqual(JSON.parse(fromUtf8.out));
    expect((await run(scoreCommand, bank, '--responses', cp1251)).out).toContain(`Таблица: ${cp1251} (кодировка Windows-1251).`);
  });

  it('rejects a response whose timestamp is unreadable, with its row and column, never taking it for a repeat', async () => {
    const file = join(dir, 'bad-stamps.csv');
    writeFileSync(file, rubricCsv([
      { at: 'вчера', pair: 'П-001', answers: all(FULL) },
      { at: 'вчера', pair: 'П-001', answers: all(PARTIAL) },
      { at: '20.05.2027 10:00:03', pair: 'П-002', answers: all(FULL) },
    ]));
    const result = JSON.parse((await run(scoreCommand, bank, '--responses', file, '--json')).out);
    expect(result.results.map((r: { pair: string }) => r.pair)).toEqual(['П-002']);
    expect(result.rejected).toEqual([2, 3].map((row) => ({
      row,
      reason: `отметка времени «вчера» (строка ${row}, столбец A) — не дата и время: ответ нельзя учесть ровно один раз; исправьте её (ДД.ММ.ГГГГ ЧЧ:ММ:СС) — ответ будет учтён при пересчёте`,
    })));
  });

  it('says when the table lacks a question or has one of its own, and rejects what cannot be scored', async () => {
    const file = join(dir, 'edited.csv');
    const header = ['Отметка времени', 'Код пары', ...INDICATORS.slice(0, 8), 'Новый вопрос куратора'];
    writeFileSync(file, [csvLine(header), csvLine(['20.05.2027 10:00:01', 'П-001', ...all(FULL).slice(0, 8), 'да'])].join('\n'));
    const result = await run(scoreCommand, bank, '--responses', file, '--questionnaire', 'efficiency-rubric', '--json');
    expect(result.err).toContain(`Внимание: в таблице ответов нет столбца «${INDICATORS[8]}»`);
    expect(result.err).toContain('столбец «Новый вопрос куратора» не относится к анкете');
    expect(JSON.parse(result.out).rejected).toEqual([{ row: 2, reason: `в таблице ответов нет столбца «${INDICATORS[8]}» (вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте` }]);
  });

  it('names a missing timestamp column as the reason, never taking the code column for it', async () => {
    const file = join(dir, 'no-timestamp.csv');
    const header = ['Код пары', ...INDICATORS, 'Кто заполнил (ФИО, должность)', 'Комментарий'];
    writeFileSync(file, [csvLine(header), csvLine(['П-001', ...all(FULL), 'Эксперт', '']), csvLine(['П-002', ...all(PARTIAL), 'Эксперт', ''])].join('\n'));
    const result = await run(scoreCommand, bank, '--responses', file, '--json');
    expect(result.err).toContain('Внимание: в таблице ответов нет столбца «Отметка времени»');
    const reason = 'в таблице ответов нет столбца «Отметка времени» (Google Формы пишет его первым): без него ответ не учесть ровно один раз';
    expect(JSON.parse(result.out)).toEqual({ results: [], rejected: [{ row: 2, reason }, { row: 3, reason }] });
  });

  it('reads an .xlsx response sheet, finds the questionnaire by its columns, and prints a readable report', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ответы — удовл. наставляемых');
    const titles = ['Насколько эффективной для вас была программа наставничества?', 'Насколько комфортно было общение с наставником?',
      'Насколько наставник помогал вам в решении конкретных задач?', 'Насколько понятными были задачи, поставленные наставником?',
      'Насколько полезными были личные встречи с наставником?', 'Насколько полезными были совместные мероприятия (открытые уроки, мастер-классы, семинары)?',
      'Насколько ощутим ваш профессиональный рост?', 'Насколько оправдались Ваши ожидания?'];
    sheet.addRow(['Отметка времени', 'Код участника', ...titles]);
    sheet.addRow([new Date(Date.UTC(2027, 4, 20, 10, 0, 0)), 'НП-001', 9, 9, 9, 3, 9, 9, 9, 9]);
    sheet.addRow([new Date(Date.UTC(2027, 4, 20, 10, 5, 0)), 'НП-002', 7, 7, 7, 11, 7, 7, 7, 7]);
    const file = join(dir, 'satisfaction.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await run(scoreCommand, bank, '--responses', file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Анкета «Удовлетворённость наставляемого участием в программе наставничества» (mentee-satisfaction)');
    expect(result.out).toContain('Строка 2: участник НП-001, пара П-001 — 8,25 из 10 (82,5 %), высокая; низкие пункты: Насколько понятными были задачи, поставленные наставником?');
    expect(result.out).toContain('ОТКЛОНЁН ответ в строке 3: вопрос «Насколько понятными были задачи, поставленные наставником?»: ответ «11» вне шкалы 1–10.');
    expect(result.out).toContain('Итого: оценено 1, отклонено 1, повторных доставок 0.');
  });

  it('with --questionnaire, reads that questionnaire\'s own sheet of a workbook holding several (entry and final look alike)', async () => {
    const workbook = new ExcelJS.Workbook();
    const titles = ['Мне интересна моя педагогическая работа'];
    for (const [name, value] of [['Ответы — входная диагностика', 2], ['Ответы — итоговая диагностика', 5]] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(['Отметка времени', 'Код участника', ...titles]);
      sheet.addRow([new Date(Date.UTC(2027, 4, 12, 10, 0, 0)), 'НП-001', value]);
    }
    const file = join(dir, 'diagnostics.xlsx');
    await workbook.xlsx.writeFile(file);
    const final = await run(scoreCommand, bank, '--responses', file, '--questionnaire', 'diagnostics-final');
    expect(final.out).toContain('Таблица: ' + file + ': Ответы — итоговая диагностика.');
    const entry = await run(scoreCommand, bank, '--responses', file, '--questionnaire', 'diagnostics-entry');
    expect(entry.out).toContain('Таблица: ' + file + ': Ответы — входная диагностика.');
  });

  it('refuses an unknown questionnaire and an unscored one with the list of those it scores', async () => {
    const file = join(dir, 'rubric.csv');
    await expect(run(scoreCommand, bank, '--responses', file, '--questionnaire', 'nope')).rejects.toThrow('анкеты «nope» нет; оцениваются: diagnostics-entry');
    await expect(run(scoreCommand, bank, '--responses', file, '--questionnaire', 'mentor-intake')).rejects.toThrow('не оценивается баллами');
  });
});

describe('CSV', () => {
  it('reads quotes, commas and line breaks inside quotes, semicolons, a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b, c","d ""e"""\r\n1,"x\ny",3')).toEqual([['a', 'b, c', 'd "e"'], ['1', 'x\ny', '3']]);
    expect(parseCsv('a;b;"c;d"\n1;2;3\n')).toEqual([['a', 'b', 'c;d'], ['1', '2', '3']]);
  });

  it('is strict about quotes: the error names the line where the broken field begins', () => {
    expect(() => parseCsv('a,b\n1,"x\n2,3\n')).toThrow('в строке 2 открыта кавычка, которая не закрыта до конца файла');
    expect(() => parseCsv('a,b\n1,"x\n2,"y"\n')).toThrow('в строке 2 открыта кавычка, которая не закрыта там, где кончается ответ (её закрыла кавычка в строке 3)');
    expect(() => parseCsv('a,b\n1,2\n3,он сказал "да"\n')).toThrow('в строке 3 кавычка стоит посреди ответа, не взятого в кавычки');
  });
});
