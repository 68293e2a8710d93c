/**
 * Workbooks other programs saved (test/fixtures/workbooks, see its README): read as the bank, and after a writing
 * command every part the command does not own is the same as before — chart sheet, chart, notes, odd text.
 */
import JSZip from 'jszip';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SHEET } from '../../src/domain/bank/schema';
import { openWorkbook, readWorkbookTables, saveWorkbook } from '../../src/local/excel/bankFile';
import { ensureWorksheet, writeRows } from '../../src/local/excel/write';
import { cli, tempDir } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'workbooks');

function copyOf(fixture: string): string {
  const file = join(tempDir(), fixture);
  copyFileSync(join(FIXTURES, fixture), file);
  return file;
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  return new Map(await Promise.all(entries.map(async (entry) => [entry.name, await entry.async('nodebuffer')] as [string, Buffer])));
}

/** The zip part of a sheet, found through the workbook's relationships (as any reader would). */
async function sheetPart(file: string, name: string): Promise<string> {
  const all = await parts(file);
  const workbook = all.get('xl/workbook.xml')!.toString();
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = all.get('xl/_rels/workbook.xml.rels')!.toString();
  const target = new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rId}"|<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels);
  const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\//, '');
  return path.startsWith('xl/') ? path : `xl/${path}`;
}

/** pair --write through the whole CLI; returns the parts before and after. */
async function pairWrite(fixture: string): Promise<{ file: string; before: Map<string, Buffer>; after: Map<string, Buffer>; proposed: number }> {
  const file = copyOf(fixture);
  const before = await parts(file);
  const dry = await cli('pair', file, '--json');
  expect(dry.err).toBe('');
  const proposed = JSON.parse(dry.out).pairs.length as number;
  expect(proposed).toBeGreaterThan(0);
  const run = await cli('pair', file, '--write');
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return { file, before, after: await parts(file), proposed };
}

function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
  return [...after.keys()].filter((name) => !before.get(name)?.equals(after.get(name)!)).sort();
}

describe('a bank re-saved by openpyxl with a cell note, a chart sheet, control characters and «_x0041_» typed as text', () => {
  const fixture = 'openpyxl-note-chart.xlsx';

  test('is read: the sheets, the note\'s sheet, the odd text of «Настройки» as the curator typed it', async () => {
    const tables = readWorkbookTables(await openWorkbook(join(FIXTURES, fixture)));
    expect(tables[SHEET.mentors]?.rows.length).toBeGreaterThan(0);
    const values = tables[SHEET.settings]!.rows.map((row) => row[1]);
    expect(values).toContain('строка\u0001с управляющим\u001fсимволом');
    expect(values).toContain('_x0041_');
  });

  test('after pair --write only «Пары», «Журнал» and the styles change; the chart sheet, chart, notes, defined name, «Настройки» and the rules of «Пары» are kept', async () => {
    const { file, before, after, proposed } = await pairWrite(fixture);
    const owned = [await sheetPart(file, SHEET.pairs), await sheetPart(file, SHEET.log), 'xl/styles.xml'].sort();
    expect(changedParts(before, after)).toEqual(owned);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual([]);
    expect(after.get('xl/chartsheets/sheet1.xml')).toBeDefined();
    expect(after.get('xl/charts/chart1.xml')).toBeDefined();
    const notes = [...after.entries()].filter(([name]) => name.startsWith('xl/comments/')).map(([, data]) => data.toString());
    expect(notes.some((xml) => xml.includes('Проверить стаж у завуча'))).toBe(true);
    expect(after.get('xl/workbook.xml')!.toString()).toContain('<definedName name="СписокНаставников">');
    // The curator's rules on the sheet the command appends to are carried over as they were.
    const pairsPart = await sheetPart(file, SHEET.pairs);
    for (const element of ['conditionalFormatting', 'dataValidations', 'cols', 'sheetViews']) {
      const pattern = new RegExp(`<${element}\\b[\\s\\S]*?</${element}>`);
      const was = pattern.exec(before.get(pairsPart)!.toString())?.[0];
      expect(was).toBeDefined();
      expect(after.get(pairsPart)!.toString()).toContain(was);
    }
    const settings = after.get(await sheetPart(file, SHEET.settings))!.toString();
    expect(settings).toContain('_x0001_');
    expect(settings).toContain('_x005F_x0041_');

    const reread = readWorkbookTables(await openWorkbook(file));
    expect(reread[SHEET.pairs]!.rows).toHaveLength(proposed);
    expect(reread[SHEET.settings]!.rows.map((row) => row[1])).toContain('_x0041_');
  });

  test('a save with no change gives back the very bytes that were read', async () => {
    const file = copyOf(fixture);
    const bytes = readFileSync(file);
    await saveWorkbook(await openWorkbook(file), file);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('text the product writes keeps «_x0041_» and control characters; a new sheet gets its note; the chart stays', async () => {
    const file = copyOf(fixture);
    const workbook = await openWorkbook(file);
    const sheet = ensureWorksheet(workbook, 'Заметки куратора');
    writeRows(sheet, 1, 1, [['Заметка'], ['_x0041_ и \u0001']]);
    sheet.getCell(1, 1).note = 'лист создан Наставником';
    await saveWorkbook(workbook, file);
    const reread = await openWorkbook(file);
    expect(readWorkbookTables(reread, [SHEET.settings])[SHEET.settings]!.rows.map((row) => row[1])).toContain('_x0041_');
    const added = reread.getWorksheet('Заметки куратора')!;
    expect(added.getCell(2, 1).value).toBe('_x0041_ и \u0001');
    const after = await parts(file);
    expect(after.has('xl/charts/chart1.xml')).toBe(true);
    expect([...after.values()].some((data) => data.toString().includes('лист создан Наставником'))).toBe(true);
  });
});

describe('a bank saved by LibreOffice (its chart sheet made a sheet with a drawing, its notes, its part names)', () => {
  test('is read and after pair --write its drawing, chart and notes are the same', async () => {
    const { file, before, after, proposed } = await pairWrite('libreoffice-note-chart.xlsx');
    const changed = changedParts(before, after);
    expect(changed).toContain(await sheetPart(file, SHEET.pairs));
    for (const name of before.keys()) {
      if (/^xl\/(charts|drawings|comments)|^xl\/worksheets\/_rels\//.test(name)) expect(changed).not.toContain(name);
    }
    expect(changed).not.toContain(await sheetPart(file, SHEET.settings));
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]!.rows).toHaveLength(proposed);
  });
});

describe('files that are not a workbook to read', () => {
  test('a password-protected workbook: «файл защищён паролем», naming the file, exit 2', async () => {
    const run = await cli('check', copyOf('encrypted-header.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('защищён паролем');
    expect(run.err).toContain('encrypted-header.xlsx');
  });

  test('an old .xls: saved as .xlsx first', async () => {
    const run = await cli('check', copyOf('old-excel.xls'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('Excel 97–2003 (.xls)');
    expect(run.err).toContain('old-excel.xls');
  });

  test('a compound file that is neither is still told apart from a workbook', async () => {
    const file = join(tempDir(), 'bank.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
    expect((await cli('check', file)).err).toContain('.xls');
  });
});

describe('one stray value far from the data (XFD1048576 of «Наставники», A1048576 of «Наставляемые»)', () => {
  const fixture = 'stray-far-cell.xlsx';

  test('the sheets are read up to their data, as without the stray values', async () => {
    const stray = readWorkbookTables(await openWorkbook(join(FIXTURES, fixture)));
    const clean = readWorkbookTables(await openWorkbook(join(FIXTURES, 'openpyxl-note-chart.xlsx')));
    for (const sheet of [SHEET.mentors, SHEET.mentees]) {
      expect(stray[sheet]!.rows).toHaveLength(clean[sheet]!.rows.length);
      expect(stray[sheet]!.header).toEqual(clean[sheet]!.header);
    }
  });

  test('check warns with the sheet and the address of each stray value', async () => {
    const file = copyOf(fixture);
    const run = await cli('check', file, '--json');
    const warnings = JSON.parse(run.out).warnings as Array<{ sheet: string; message: string }>;
    expect(warnings).toContainEqual(expect.objectContaining({ sheet: SHEET.mentors, message: expect.stringContaining('XFD1048576') }));
    expect(warnings).toContainEqual(expect.objectContaining({ sheet: SHEET.mentees, message: expect.stringContaining('A1048576') }));
  });

  test('pair --write appends under the real rows and keeps the stray values where they are', async () => {
    const { file, after, proposed } = await pairWrite(fixture);
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]!.rows).toHaveLength(proposed);
    expect(after.get(await sheetPart(file, SHEET.mentors))!.toString()).toContain('XFD1048576');
    expect(after.get(await sheetPart(file, SHEET.mentees))!.toString()).toContain('A1048576');
    expect(after.get(await sheetPart(file, SHEET.pairs))!.toString()).not.toMatch(/r="\d{5,}"/);
    expect(basename(file)).toBe(fixture);
  });
});
