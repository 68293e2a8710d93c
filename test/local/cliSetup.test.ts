import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEET, SHEETS, LOG_COLUMNS as L, MENTOR_COLUMNS as M } from '../../src/domain/bank/schema';
import { SETTING, settingSpecs } from '../../src/domain/bank/settings';
import type { Cell } from '../../src/domain/bank/table';
import { fileProblem } from '../../src/local/excel/bankFile';
import { cli, tempDir } from '../helpers/cli';
import { NOW, sampleGrids } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function sheetGrid(file: string, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('cli setup: «Настроить банк» for an Excel bank', () => {
  it('gives new rows their codes, says what it did, and changes nothing on a second run', async () => {
    const file = await writeGrids(sampleGrids());
    const { warnings } = JSON.parse((await cli('check', file, '--json')).out);
    expect(warnings).toContainEqual(expect.objectContaining({
      sheet: SHEET.mentors, row: 15, message: 'Нет кода: его присвоит «Наставничество → Настроить банк» (для книги Excel — команда setup).',
    }));
    const first = await cli('setup', file);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('«Наставники»: присвоено кодов — 1 (НС-014).');
    expect(first.out).toContain('«Наставляемые»: присвоено кодов — 1 (НП-030).');
    expect(first.out).toContain('Остальные данные не изменены.');
    expect((await cli('check', file, '--json')).out).not.toContain('Нет кода');
    const before = hash(file);
    const second = await cli('setup', file);
    expect(second).toMatchObject({ code: 0, out: 'Банк уже настроен: ничего не изменено.' });
    expect(hash(file)).toBe(before);
  });

  it('takes the curator\'s «наставники» (another case) for «Наставники»: no second sheet, its rows checked and paired', async () => {
    const grids = sampleGrids();
    grids['наставники'] = grids[SHEET.mentors];
    delete grids[SHEET.mentors];
    const file = await writeGrids(grids);
    expect((await cli('setup', file)).out).toContain('«Наставники»: присвоено кодов — 1 (НС-014).');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name).filter((n) => n.toLowerCase() === 'наставники')).toEqual(['наставники']);
    const { errors } = JSON.parse((await cli('check', file, '--json')).out);
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.mentors, row: 10, column: M.experience }));
    expect(JSON.parse((await cli('pair', file, '--json')).out).pairs.length).toBeGreaterThan(0);
  });

  it('appends missing settings by header when «Настройки» columns are reordered, once', async () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Значение', 'Параметр'], ['/к', SETTING.orderSuffix], ['г. Уфа', 'Населенный пункт']];
    const file = await writeGrids(grids);
    await cli('setup', file);
    await cli('setup', file);
    const settings = await sheetGrid(file, SHEET.settings);
    expect(settings.slice(0, 3)).toEqual([['Значение', 'Параметр'], ['/к', SETTING.orderSuffix], ['г. Уфа', 'Населенный пункт']]);
    expect(settings).toContainEqual(['Директор', SETTING.directorPosition]);
    expect(settings).toHaveLength(settingSpecs(NOW).length + 1);
  });

  it('adds nothing to «Настройки» without «Параметр», says why and exits 1', async () => {
    const grids = sampleGrids();
    grids[SHEET.settings] = [['Название', 'Значение'], [SETTING.orderSuffix, '/к']];
    const file = await writeGrids(grids);
    const run = await cli('setup', file);
    expect(run.code).toBe(1);
    expect(run.out).toContain('На листе «Настройки» нет столбца «Параметр»: недостающие параметры не добавлены.');
    expect(await sheetGrid(file, SHEET.settings)).toEqual([['Название', 'Значение'], [SETTING.orderSuffix, '/к']]);
  });

  it('lays out an empty product sheet and writes «Журнал» by header', async () => {
    const grids = sampleGrids();
    grids[SHEET.mentees] = [];
    grids[SHEET.log] = [[L.codes, L.time, L.details, L.action]];
    const file = await writeGrids(grids);
    // exceljs drops a sheet without cells: keep an empty one the way a curator's renamed tab is.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    if (!workbook.getWorksheet(SHEET.mentees)) workbook.addWorksheet(SHEET.mentees);
    await workbook.xlsx.writeFile(file);
    const run = await cli('setup', file);
    expect(run.out).toContain('Оформлены пустые листы (заголовки, форматы, списки): «Наставляемые».');
    const mentees = await sheetGrid(file, SHEET.mentees);
    expect(mentees[0]).toEqual(SHEETS.find((s) => s.name === SHEET.mentees)!.columns.map((c) => c.header));
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.readFile(file);
    expect(opened.getWorksheet(SHEET.mentees)!.getCell(5, 12).dataValidation).toMatchObject({ type: 'list' });
    const [entry] = await sheetRecords(file, SHEET.log);
    expect(entry[L.action]).toBe('Настройка банка');
    expect(String(entry[L.codes])).toContain('НС-014');
    expect(entry[L.time]).toBeInstanceOf(Date);
  });

  it('writes only the new codes: a formula in «Код» between them stays', async () => {
    const grids = sampleGrids();
    const mentors = grids[SHEET.mentors];
    mentors.splice(3, 0, mentors[2].map((cell, i) => (i === 0 ? null : cell)) as Cell[]);
    const file = await writeGrids(grids);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet(SHEET.mentors)!.getCell(10, 1).value = { formula: '"НС-"&"009"', result: 'НС-009' };
    await workbook.xlsx.writeFile(file);
    await cli('setup', file);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const sheet = after.getWorksheet(SHEET.mentors)!;
    expect(sheet.getCell(10, 1).value).toMatchObject({ formula: '"НС-"&"009"' });
    expect(sheet.getCell(4, 1).value).toBe('НС-014');
    expect(sheet.getCell(16, 1).value).toBe('НС-015');
    expect(sheet.getCell(1, 1).value).toBe(M.code);
  });
});

describe('cli file errors', () => {
  it('answers each in one Russian line with exit code 2', async () => {
    const dir = tempDir();
    const noFolder = await cli('init', '--out', join(dir, 'нет', 'bank.xlsx'));
    expect(noFolder).toMatchObject({ code: 2, err: `Ошибка: Не удалось сохранить «${join(dir, 'нет', 'bank.xlsx')}»: папки «${join(dir, 'нет')}» нет.` });
    const folder = join(dir, 'папка.xlsx');
    mkdirSync(folder);
    for (const command of ['check', 'setup']) {
      const run = await cli(command, folder);
      expect(run).toMatchObject({ code: 2, err: `Ошибка: Не удалось открыть «${folder}»: это папка, а не файл.` });
    }
    const zip = new JSZip();
    zip.file('readme.txt', 'не книга');
    const notBook = join(dir, 'архив.xlsx');
    writeFileSync(notBook, await zip.generateAsync({ type: 'nodebuffer' }));
    const run = await cli('check', notBook);
    expect(run).toMatchObject({ code: 2, out: '', err: `Ошибка: Не удалось открыть «${notBook}»: это не книга Excel (.xlsx).` });
  });

  it('tells the file system’s refusals in Russian', () => {
    const refusal = (code: string) => fileProblem(Object.assign(new Error(code), { code }));
    expect(refusal('EACCES')).toBe('нет прав доступа');
    expect(refusal('EBUSY')).toBe('файл занят другой программой — закройте его и повторите');
    expect(refusal('EISDIR')).toBe('это папка, а не файл');
    expect(refusal('ENOENT')).toBe('такого файла или папки нет');
    expect(fileProblem(new Error('другое'))).toBeUndefined();
  });
});
