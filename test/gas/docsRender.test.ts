import { buildDocuments, DOCUMENTS, DOCUMENT_KINDS } from '../../src/domain/documents/catalog';
import type { TemplateSchema } from '../../src/domain/documents/template';
import { renderGoogleDoc } from '../../src/gas/documents/render';
import { writeTemplateDoc } from '../../src/gas/documents/templateWriter';
import { context, renderLines } from '../domain/documents/fixtures';
import { demoContext, useDocFakes } from '../helpers/docFakes';
import { docFrom, ElementType, FakeBody, FakeListItem, FakeParagraph, FakeTable, type DocFakes, type FakeDocument } from '../fakes/documents';

const installed = useDocFakes();
let fakes: DocFakes;
beforeEach(() => {
  fakes = installed();
});

function open(doc: FakeDocument): GoogleAppsScript.Document.Document {
  return DocumentApp.openById(doc.id);
}

describe('Google Docs renderer', () => {
  test.each(DOCUMENT_KINDS)('%s: the default template written to Google Docs renders to the same text as the domain plan', (kind) => {
    const ctx = demoContext(kind);
    const def = DOCUMENTS[kind];
    const folder = fakes.store.newFolder('Документы');
    const template = writeTemplateDoc(def.template(), def.templateName, DriveApp.getFolderById(folder.id));
    const built = buildDocuments(kind, ctx, []).documents[0];
    const copy = DriveApp.getFileById(template.getId()).makeCopy(built.name, DriveApp.getFolderById(folder.id));
    const doc = fakes.store.documents.get(copy.getId()) as FakeDocument;
    const result = renderGoogleDoc(open(doc), def.schema, built.data);
    expect(result).toEqual({ ok: true });
    const expected = renderLines(def.template(), def.schema, built.data);
    expect(doc.lines().map((l) => l.replace(/\u00a0/g, ' ').replace(/\r/g, '\n'))).toEqual(expected);
    expect(doc.lines().join('\n')).not.toMatch(/\{\{|\}\}/);
  });

  const schema: TemplateSchema = {
    document: 'Проба',
    fields: [{ name: 'дата', description: '' }, { name: 'основание', description: '' }],
    lists: [{ name: 'люди', description: '', required: false, fields: [{ name: 'фио', description: '' }, { name: 'роль', description: '' }] }],
  };
  const data = { fields: { дата: '16 ноября 2022 г.', основание: '' }, lists: { люди: [{ фио: 'Иванова М.П.', роль: 'наставник' }, { фио: 'Петров И.И.', роль: 'наставляемый' }] } };

  test('repeated list items and rows, sections, and a hidden paragraph at the very end (emptied, not removed)', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Приказ от {{дата}}', 'ознакомлены:', [['ФИО', 'Роль'], ['{{#люди}}{{фио}}', '{{роль}}']], '{{?основание}}Основание: {{основание}}{{/основание}}']);
    doc.body.adopt(new FakeListItem(fakes.store, '{{#люди}}{{фио}} — {{роль}}'), 2);
    expect(renderGoogleDoc(open(doc), schema, data)).toEqual({ ok: true });
    expect(doc.lines()).toEqual(['Приказ от 16 ноября 2022 г.', 'ознакомлены:', 'Иванова М.П. — наставник', 'Петров И.И. — наставляемый', 'ФИО | Роль', 'Иванова М.П. | наставник', 'Петров И.И. | наставляемый', '']);
    expect(doc.body.children.filter((c) => c instanceof FakeListItem)).toHaveLength(2);
  });

  test('a chart placeholder gets the chart drawn by the Charts service, inline in that paragraph', () => {
    const chartSchema: TemplateSchema = { ...schema, charts: [{ name: 'диаграмма', description: '' }] };
    const spec = { title: 'Диагностика, %', categories: ['И.И. Петров'], series: [{ name: 'входная', values: [50] }, { name: 'итоговая', values: [85] }], unit: '%', max: 100 };
    const doc = docFrom(fakes.store, 'шаблон', ['Текст', '{{диаграмма}}']);
    expect(renderGoogleDoc(open(doc), chartSchema, { ...data, charts: { диаграмма: spec } })).toEqual({ ok: true });
    expect((doc.body.children[1] as FakeParagraph).images).toEqual(['Диагностика, %.png']);
    expect(fakes.charts.built[0]).toMatchObject({ title: 'Диагностика, %', range: [0, 100], data: [['И.И. Петров', 50, 85]] });
    // As wide as the text between the margins: a new Doc's Letter page, 612 − 72 − 72 points.
    expect((doc.body.children[1] as FakeParagraph).imageSizes).toEqual([{ width: 468, height: 219 }]);
    expect(fakes.charts.built[0]).toMatchObject({ size: [468, 219] });
    expect(doc.lines()).toEqual(['Текст', '']);
  });

  test('a letterhead table in the header and a footer paragraph are filled like the body', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Приказ от {{дата}}']);
    doc.header = new FakeBody(fakes.store, ElementType.HEADER_SECTION);
    doc.header.adopt(FakeTable.fromCells(fakes.store, [['ЛОГОТИП', 'Приказ от {{дата}}']]));
    doc.footer = new FakeBody(fakes.store, ElementType.FOOTER_SECTION);
    doc.footer.adopt(new FakeParagraph(fakes.store, 'Исп.: {{дата}}'));
    expect(renderGoogleDoc(open(doc), schema, data)).toEqual({ ok: true });
    expect(doc.header.getText()).toBe('ЛОГОТИП | Приказ от 16 ноября 2022 г.');
    expect(doc.footer.getText()).toBe('Исп.: 16 ноября 2022 г.');
  });

  test('a table whose only row repeats over an empty list is removed whole, not left with no rows', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Ознакомлены:', [['{{#люди}}{{фио}}', '{{роль}}']], 'Конец']);
    expect(renderGoogleDoc(open(doc), schema, { ...data, lists: { люди: [] } })).toEqual({ ok: true });
    expect(doc.lines()).toEqual(['Ознакомлены:', 'Конец']);
    expect(doc.body.children.some((c) => c instanceof FakeTable)).toBe(false);
  });

  test('a first-page letterhead (not what getHeader() returns) is filled and checked like the default one', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Текст']);
    const firstPage = new FakeBody(fakes.store, ElementType.HEADER_SECTION);
    firstPage.adopt(FakeTable.fromCells(fakes.store, [['ЛОГОТИП', 'Приказ от {{дата}}']]));
    const firstFooter = new FakeBody(fakes.store, ElementType.FOOTER_SECTION);
    firstFooter.adopt(new FakeParagraph(fakes.store, 'Исп.: {{дата}}'));
    doc.otherSections.push(firstPage, firstFooter);
    expect(renderGoogleDoc(open(doc), schema, data)).toEqual({ ok: true });
    expect(firstPage.getText()).toBe('ЛОГОТИП | Приказ от 16 ноября 2022 г.');
    expect(firstFooter.getText()).toBe('Исп.: 16 ноября 2022 г.');
    firstPage.children = [];
    firstPage.adopt(new FakeParagraph(fakes.store, '{{дирктор}}'));
    const refused = renderGoogleDoc(open(doc), schema, data);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0].message).toContain('неизвестное поле {{дирктор}}');
  });

  test('an unknown field in a header table is refused like one in the body', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Текст']);
    doc.header = new FakeBody(fakes.store, ElementType.HEADER_SECTION);
    doc.header.adopt(FakeTable.fromCells(fakes.store, [['{{дирктор}}']]));
    const result = renderGoogleDoc(open(doc), schema, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('неизвестное поле {{дирктор}}');
  });

  test('braces still in the document after filling stop it: nothing signed carries a «{{…}}»', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Основание: {{дата}}']);
    const result = renderGoogleDoc(open(doc), schema, { ...data, fields: { ...data.fields, дата: 'см. {{приложение}}' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('осталась незаполненная метка: «Основание: см. {{приложение}}»');
  });

  test('the report\'s charts span the text width of its ГОСТ page (A4, margins 20/10 mm)', () => {
    const def = DOCUMENTS.report;
    const ctx = demoContext('report');
    const template = writeTemplateDoc(def.template(), def.templateName, DriveApp.getFolderById(fakes.store.newFolder('Документы').id));
    const doc = fakes.store.documents.get(template.getId()) as FakeDocument;
    expect(renderGoogleDoc(open(doc), def.schema, buildDocuments('report', ctx, []).documents[0].data)).toEqual({ ok: true });
    const sizes = doc.body.children.flatMap((c) => (c instanceof FakeParagraph ? c.imageSizes : []));
    expect(sizes).toEqual([{ width: 510, height: 239 }]);
  });

  test('a multi-line value becomes a soft line break inside the paragraph', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['{{дата}}']);
    renderGoogleDoc(open(doc), schema, { ...data, fields: { ...data.fields, дата: 'первая\nвторая' } });
    expect(doc.lines()).toEqual(['первая\rвторая']);
    expect(doc.body.children[0]).toBeInstanceOf(FakeParagraph);
  });

  test('an unknown placeholder changes nothing and names it', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Директор {{директор}}']);
    const result = renderGoogleDoc(open(doc), schema, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('неизвестное поле {{директор}}');
    expect(doc.lines()).toEqual(['Директор {{директор}}']);
    expect(fakes.store.log.total('Text.')).toBe(0);
  });

  test.each(DOCUMENT_KINDS)('%s: the default template has no empty line after a table when Docs adds the paragraph a closing table needs', (kind) => {
    // As in Docs: a body always ends with a paragraph, so appending a table at its end adds an empty one after it.
    const proto = FakeBody.prototype as unknown as { appendTable(this: FakeBody, cells?: string[][]): unknown };
    const appendTable = proto.appendTable;
    proto.appendTable = function appendTableAsDocs(this: FakeBody, cells?: string[][]) {
      const table = appendTable.call(this, cells);
      this.adopt(new FakeParagraph(fakes.store, ''));
      return table;
    };
    try {
      const def = DOCUMENTS[kind];
      const template = writeTemplateDoc(def.template(), def.templateName, DriveApp.getFolderById(fakes.store.newFolder('Документы').id));
      const doc = fakes.store.documents.get(template.getId()) as FakeDocument;
      const blocks = def.template().blocks;
      // Every block once, in order, and only the closing paragraph Docs needs after the final table besides.
      const kinds = doc.body.children.map((child) => (child instanceof FakeTable ? 'table' : 'paragraph'));
      expect(kinds).toEqual([...blocks.map((b) => b.kind), ...(blocks[blocks.length - 1].kind === 'table' ? ['paragraph'] : [])]);
    } finally {
      proto.appendTable = appendTable;
    }
  });

  test('Apps Script calls per document are fixed by the template and the data, not by anything else', () => {
    const def = DOCUMENTS['order-pairs'];
    const folder = DriveApp.getFolderById(fakes.store.newFolder('Документы').id);
    const template = writeTemplateDoc(def.template(), def.templateName, folder);
    const built = buildDocuments('order-pairs', context(), []).documents[0];
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      const copy = DriveApp.getFileById(template.getId()).makeCopy(`копия ${i}`, folder);
      fakes.store.log.reset();
      renderGoogleDoc(DocumentApp.openById(copy.getId()), def.schema, built.data);
      counts.push(fakes.store.log.total());
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThan(400);
  });
});

describe('Google Docs renderer: a value takes the formatting of its placeholder', () => {
  const schema: TemplateSchema = { document: 'Проба', fields: [{ name: 'форма', description: '' }, { name: 'вид', description: '' }], lists: [] };
  const data = { fields: { форма: 'индивидуальная', вид: 'педагог — педагог' }, lists: {} };

  test('a bold label before a plain placeholder leaves the value plain; an italic, underlined placeholder makes it so', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Форма наставничества: {{форма}}, вид: {{вид}}.']);
    const paragraph = doc.body.children[0] as FakeParagraph;
    paragraph.restyle(0, 'Форма наставничества:'.length - 1, { BOLD: true, FONT_SIZE: 14 });
    const at = paragraph.text.indexOf('{{вид}}');
    paragraph.restyle(at, at + '{{вид}}'.length - 1, { ITALIC: true, UNDERLINE: true, FONT_FAMILY: 'Arial', FOREGROUND_COLOR: '#1f4e79' });
    expect(renderGoogleDoc(open(doc), schema, data)).toEqual({ ok: true });
    expect(paragraph.runs()).toEqual([
      { text: 'Форма наставничества:', style: { BOLD: true, FONT_SIZE: 14 } },
      { text: ' индивидуальная, вид: ', style: {} },
      { text: 'педагог — педагог', style: { ITALIC: true, UNDERLINE: true, FONT_FAMILY: 'Arial', FOREGROUND_COLOR: '#1f4e79' } },
      { text: '.', style: {} },
    ]);
  });

  test('a placeholder right after bold text and a one-character-wide difference: only the first brace decides', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Форма:{{форма}}']);
    const paragraph = doc.body.children[0] as FakeParagraph;
    paragraph.restyle(0, 5, { BOLD: true });
    // The closing brace bold does not matter: the value follows the first character of the placeholder.
    paragraph.restyle(paragraph.text.length - 1, paragraph.text.length - 1, { BOLD: true });
    expect(renderGoogleDoc(open(doc), schema, data)).toEqual({ ok: true });
    expect(paragraph.runs()).toEqual([{ text: 'Форма:', style: { BOLD: true } }, { text: 'индивидуальная', style: {} }]);
  });

  test('the fake keeps Google\'s rule: text inserted after bold text is bold', () => {
    const doc = docFrom(fakes.store, 'шаблон', ['Итого: ']);
    const paragraph = doc.body.children[0] as FakeParagraph;
    paragraph.restyle(0, 5, { BOLD: true });
    paragraph.editAsText().insertText(6, '5');
    expect(paragraph.runs()).toEqual([{ text: 'Итого:5', style: { BOLD: true } }, { text: ' ', style: {} }]);
  });
});
