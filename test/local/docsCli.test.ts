import ExcelJS from 'exceljs';
import { BANK_AGREEMENT_FILES } from '../helpers/agreementFiles';
import JSZip from 'jszip';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell } from '../../src/domain/bank/table';
import { docxLines, docxText } from '../../src/local/docx/read';
import { cli, tempDir } from '../helpers/cli';
import { midYearGrids } from '../helpers/documentsBank';

/** A school mid-year: one completed pair (optimal), one at work, one terminated, one just proposed. */
async function bankFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(midYearGrids())) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row: Cell[]) => sheet.addRow(row.map((c) => (c === null ? '' : c))));
  }
  const file = join(tempDir(), 'bank.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('cli docs', () => {
  test('writes every document as DOCX and prints the paths; numbers continue through the run', async () => {
    const file = await bankFile();
    const out = tempDir();
    const run = await cli('docs', file, '--out', out);
    expect(run.err).toContain('Шаблоны по умолчанию записаны');
    expect(run.err).not.toContain('Не создано');
    expect(run.code).toBe(0);
    const paths = run.out.split('\n');
    expect(paths.map((p) => p.slice(out.length + 1))).toEqual([
      'Приказ № 1-од от 20.11.2026 О закреплении наставнических пар (групп).docx',
      'Приказ № 2-од от 20.11.2026 О назначении куратора реализации программ наставничества педагогических работников.docx',
      'Приказ № 3-од от 20.11.2026 О поощрении участников наставнической деятельности.docx',
      'Приказ № 4-од от 20.11.2026 О завершении реализации персонализированных программ наставничества.docx',
      'Программы наставничества/Программа П-002 (А.С. Швец).docx',
      'Программы наставничества/Программа П-004 (Л.Н. Осадчая).docx',
      'Аналитическая справка по итогам мониторинга от 20.11.2026.docx',
      'Сведения о реализации системы наставничества от 20.11.2026.docx',
      ...BANK_AGREEMENT_FILES,
    ]);
    for (const path of paths) expect(await docxText(readFileSync(path))).not.toMatch(/\{\{|\}\}/);
    const order = await docxLines(readFileSync(paths[0]));
    expect(order).toContain('1 | Иванова Мария Петровна, учитель математики | Осадчая Любовь Николаевна, учитель истории | «Опытный педагог – молодой специалист» | традиционное («один на один») | 20.11.2026 – 31.05.2027');
    expect(order.filter((l) => /^\d+ \| /.test(l))).toHaveLength(1);
    const reward = (await docxText(readFileSync(paths[2])));
    expect(reward).toContain('1.1. Ивановой Марии Петровне, учителю математики, наставнику.');
    expect(reward).toContain('2.1. Петрову Илье Ильичу, учителю математики, наставляемому.');
    const completion = await docxText(readFileSync(paths[3]));
    expect(completion).toContain('перевод наставляемого в другую организацию');
    expect(completion).toContain('Гогия Нино Зурабовна');
    expect(readdirSync(join(out, 'Шаблоны'))).toHaveLength(8);
  });

  test('--kind makes one kind; the curator\'s edited template is used on the next run', async () => {
    const file = await bankFile();
    const out = tempDir();
    expect((await cli('docs', file, '--out', out, '--kind', 'order-curator')).code).toBe(0);
    // The same curator is not appointed twice in a school year: nothing new, not a failure.
    const twice = await cli('docs', file, '--out', out, '--kind', 'order-curator');
    expect(twice.code).toBe(0);
    expect(twice.out).toBe('');
    expect(twice.err).toContain('Пропущено: О назначении куратора реализации программ наставничества педагогических работников: Куратор Гумерова Г.М. уже назначен на 2026/2027 учебный год приказом № 1-од от 20.11.2026');
    const template = join(out, 'Шаблоны', 'Шаблон — Приказ «О назначении куратора реализации программ наставничества педагогических работников».docx');
    const zip = await JSZip.loadAsync(readFileSync(template));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>ЛОГОТИП ЛИЦЕЯ</w:t></w:r></w:p>'));
    writeFileSync(template, await zip.generateAsync({ type: 'nodebuffer' }));
    const again = await cli('docs', await bankFile(), '--out', out, '--kind', 'order-curator');
    expect(again.code).toBe(0);
    const lines = await docxLines(readFileSync(again.out));
    expect(lines[0]).toBe('ЛОГОТИП ЛИЦЕЯ');
    expect(lines.join('\n')).toContain('1. Назначить Гумерову Гульсасак Манжуровну, заместителя директора по учебно-воспитательной работе, куратором');
  });

  test('a template with an unknown placeholder: exit 1, the placeholder named, no file', async () => {
    const file = await bankFile();
    const out = tempDir();
    const templates = tempDir();
    await cli('docs', file, '--out', tempDir(), '--kind', 'report', '--templates', templates);
    const template = join(templates, readdirSync(templates)[0]);
    const zip = await JSZip.loadAsync(readFileSync(template));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('{{охват}}', '{{охвт}}'));
    writeFileSync(template, await zip.generateAsync({ type: 'nodebuffer' }));
    const run = await cli('docs', file, '--out', out, '--kind', 'report', '--templates', templates);
    expect(run.code).toBe(1);
    expect(run.err).toContain('неизвестное поле {{охвт}}');
    expect(run.err).toContain('Возможно, имелось в виду {{охват}}');
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  test('usage errors: unknown kind, missing --out', async () => {
    const file = await bankFile();
    const bad = await cli('docs', file, '--out', tempDir(), '--kind', 'orders');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('неизвестный вид документа «orders»');
    expect((await cli('docs', file)).code).toBe(2);
    expect(existsSync(file)).toBe(true);
  });
});
