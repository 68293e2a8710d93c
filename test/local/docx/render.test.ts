import JSZip from 'jszip';
import type { DocumentLayout } from '../../../src/domain/documents/layout';
import { GOST_MARGINS } from '../../../src/domain/documents/layout';
import type { TemplateData, TemplateSchema } from '../../../src/domain/documents/template';
import { docxLines, docxText } from '../../../src/local/docx/read';
import { renderDocx } from '../../../src/local/docx/render';
import { writeDocx } from '../../../src/local/docx/writer';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const empty: DocumentLayout = { margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14, blocks: [] };

/** A .docx whose body is the given WordprocessingML, as Word would save a curator's edits. */
async function docxWithBody(body: string, header?: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writeDocx(empty, 'тест'));
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  if (header) zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${header}</w:hdr>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const schema: TemplateSchema = {
  document: 'Проба',
  fields: [{ name: 'дата', description: '' }, { name: 'руководитель_фио', description: '' }, { name: 'основание', description: '' }],
  lists: [{ name: 'пары', description: '', required: false, fields: [{ name: '№', description: '' }, { name: 'наставник', description: '' }, { name: 'наставляемые', description: '' }] }],
};

const data: TemplateData = {
  fields: { дата: '16 ноября 2022 г.', руководитель_фио: 'Хабибрахманов Шамиль Халилович', основание: '' },
  lists: {
    пары: [
      { '№': '1', наставник: 'Иванова Мария Петровна', наставляемые: 'Петров Илья Ильич' },
      { '№': '2', наставник: 'Коломиец Ольга Викторовна', наставляемые: 'Гогия Нино Зурабовна\nАлиев Рашид Гусейн оглы' },
    ],
  },
};

async function rendered(body: string, header?: string): Promise<{ lines: string[]; text: string; xml: string }> {
  const result = await renderDocx(await docxWithBody(body, header), schema, data);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const zip = await JSZip.loadAsync(result.docx);
  return { lines: await docxLines(result.docx), text: await docxText(result.docx), xml: await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string') };
}

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('DOCX renderer', () => {
  test('a placeholder split across runs by Word is filled, with the formatting of its first run', async () => {
    const { lines, xml } = await rendered(`<w:p>${run('Директор ')}${run('{{руко', true)}${run('водитель_')}<w:proofErr w:type="spellStart"/>${run('фио}} подписал')}</w:p>`);
    expect(lines).toEqual(['Директор Хабибрахманов Шамиль Халилович подписал']);
    expect(xml).toMatch(/<w:b\/><\/w:rPr><w:t xml:space="preserve">Хабибрахманов Шамиль Халилович<\/w:t>/);
  });

  test('a table row is repeated per item; a line break in a value becomes <w:br/>', async () => {
    const row = (a: string, b: string, c: string) => `<w:tr><w:tc><w:p>${run(a)}</w:p></w:tc><w:tc><w:p>${run(b)}</w:p></w:tc><w:tc><w:p>${run(c)}</w:p></w:tc></w:tr>`;
    const { lines, xml } = await rendered(`<w:tbl>${row('№', 'Наставник', 'Наставляемые')}${row('{{#пары}}{{№}}', '{{наставник}}', '{{наставляемые}}')}</w:tbl>`);
    expect(lines).toEqual([
      '№ | Наставник | Наставляемые',
      '1 | Иванова Мария Петровна | Петров Илья Ильич',
      '2 | Коломиец Ольга Викторовна | Гогия Нино Зурабовна\nАлиев Рашид Гусейн оглы',
    ]);
    expect(xml).toContain('Гогия Нино Зурабовна</w:t><w:br/><w:t xml:space="preserve">Алиев Рашид Гусейн оглы');
  });

  test('a table whose only row repeats over an empty list is dropped whole: Word refuses a <w:tbl> with no row', async () => {
    const row = `<w:tr><w:tc><w:p>${run('{{#пары}}{{№}}')}</w:p></w:tc><w:tc><w:p>${run('{{наставник}}')}</w:p></w:tc></w:tr>`;
    const result = await renderDocx(await docxWithBody(`<w:p>${run('Пары:')}</w:p><w:tbl>${row}</w:tbl><w:p>${run('Конец')}</w:p>`), schema, { ...data, lists: { пары: [] } });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const xml = await (await JSZip.loadAsync(result.docx)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<w:tbl');
    expect(await docxLines(result.docx)).toEqual(['Пары:', 'Конец']);
  });

  test('optional sections drop paragraphs and tables; fields in headers and text boxes are filled', async () => {
    const textBox = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>${run('Бланк от {{дата}}')}</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${run('Бланк от {{дата}}')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const { lines, text } = await rendered(
      `${textBox}<w:p>${run('{{?основание}}')}</w:p><w:p>${run('Основание: {{основание}}')}</w:p><w:tbl><w:tr><w:tc><w:p>${run('x')}</w:p></w:tc></w:tr></w:tbl><w:p>${run('{{/основание}}')}</w:p><w:p>${run('Конец')}</w:p>`,
      `<w:p>${run('Приказ от {{дата}}')}</w:p>`,
    );
    expect(lines).toEqual(['', 'Конец']);
    expect(text).toContain('Бланк от 16 ноября 2022 г.');
    expect(text).toContain('Приказ от 16 ноября 2022 г.');
    expect(text).not.toContain('{{');
  });

  test('an unknown placeholder gives the problem and no file', async () => {
    const result = await renderDocx(await docxWithBody(`<w:p>${run('{{директор}}')}</w:p>`), schema, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('неизвестное поле {{директор}}');
  });

  test('a placeholder left where the renderer does not look is refused, not delivered', async () => {
    const sdt = `<w:p><w:sdt><w:sdtContent>${run('{{#пары}}')}</w:sdtContent></w:sdt></w:p>`;
    const result = await renderDocx(await docxWithBody(`<w:p>${run('ok')}</w:p>${sdt}`), { ...schema, lists: [] }, { ...data, lists: {} });
    expect(result.ok).toBe(false);
  });

  test('tabs and line breaks inside the paragraph keep their places around the value', async () => {
    const { lines } = await rendered(`<w:p>${run('Дата:')}<w:r><w:tab/></w:r>${run('{{дата}}')}<w:r><w:br/></w:r>${run('конец')}</w:p>`);
    expect(lines).toEqual(['Дата:\t16 ноября 2022 г.\nконец']);
  });
});

describe('DOCX charts', () => {
  test('a chart placeholder becomes an inline chart part with the data in it', async () => {
    const chartSchema: TemplateSchema = { ...schema, charts: [{ name: 'диаграмма', description: '' }] };
    const spec = { title: 'Уровни эффективности', categories: ['оптимальный', 'допустимый', 'недопустимый'], series: [{ name: 'пар', values: [3, 1, 0] }], unit: 'пар', whole: true };
    const result = await renderDocx(await docxWithBody(`<w:p>${run('{{диаграмма}}')}</w:p>`), chartSchema, { ...data, charts: { диаграмма: spec } });
    if (!result.ok) throw new Error(result.problems[0].message);
    const zip = await JSZip.loadAsync(result.docx);
    const chart = await zip.file('word/charts/nastavnik-chart1.xml')!.async('string');
    expect(chart).toContain('<c:v>недопустимый</c:v>');
    expect(chart).toContain('<c:pt idx="0"><c:v>3</c:v></c:pt>');
    expect(chart).toContain('<c:majorUnit val="1"/>');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="charts/nastavnik-chart1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/word/charts/nastavnik-chart1.xml');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<c:chart [^>]*r:id="rIdNastavnikChart1"/);
    expect(xml).not.toContain('{{');
  });
});
