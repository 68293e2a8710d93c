import { serviceFailure } from '../../src/domain/documents/batch';
import { buildDocuments, DOCUMENTS, DOCUMENT_KINDS, type DocumentKind } from '../../src/domain/documents/catalog';
import { makeFastDocument, readDocsTemplate } from '../../src/gas/documents/fastDocument';
import { makeDocument } from '../../src/gas/documents/make';
import { writeTemplateDoc } from '../../src/gas/documents/templateWriter';
import { context } from '../domain/documents/fixtures';
import { demoContext, useDocFakes } from '../helpers/docFakes';
import { FakeDocsDocuments } from '../fakes/docsApi';
import { docFrom, ElementType, FakeBody, FakeParagraph, FakeTable, type DocFakes, type FakeDocument } from '../fakes/documents';

const installed = useDocFakes();
let fakes: DocFakes;
beforeEach(() => {
  fakes = installed();
});

/** Everything a reader sees of a body: each paragraph's text in runs of one style, with its alignment; tables cell by cell. */
function look(doc: FakeDocument): unknown[] {
  const paragraph = (p: FakeParagraph) => ({ runs: p.runs(), align: p.attributes.HORIZONTAL_ALIGNMENT ?? null });
  return doc.body.children.map((child) => (child instanceof FakeTable
    ? child.rows.map((row) => row.cells.map((cell) => cell.children.map((c) => (c instanceof FakeParagraph ? paragraph(c) : c.plainText()))))
    : paragraph(child as FakeParagraph)));
}

function made(kind: DocumentKind, fast: boolean, index = 0): { doc: FakeDocument; calls: number; fastUsed: boolean } {
  const def = DOCUMENTS[kind];
  const folder = DriveApp.getFolderById(fakes.store.newFolder(fast ? 'Быстро' : 'Как раньше').id);
  const template = writeTemplateDoc(def.template(), def.templateName, folder);
  const built = buildDocuments(kind, demoContext(kind), []).documents[index];
  const structure = fast ? readDocsTemplate(template) : undefined;
  fakes.store.log.reset();
  const result = fast ? makeFastDocument(built, def, structure, template, folder) : makeDocument(built, def, template, folder);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const calls = fakes.store.log.total();
  const fastUsed = fakes.store.log.count('Docs.Documents.batchUpdate') === 1 && fakes.store.log.total('Document', 'Paragraph', 'Table', 'Text', 'Body') === 0;
  return { doc: fakes.store.documents.get(result.file.getId()) as FakeDocument, calls, fastUsed };
}

describe('documents through the Docs API (one batchUpdate each)', () => {
  test.each([0, 1, 2])('programme %i of the demo pairs: the same text, formatting and alignment as through DocumentApp, in at most 30 calls', (index) => {
    const slow = made('programmes', false, index);
    const fast = made('programmes', true, index);
    expect(fast.fastUsed).toBe(true);
    expect(fast.doc.lines()).toEqual(slow.doc.lines());
    expect(look(fast.doc)).toEqual(look(slow.doc));
    expect(fast.calls).toBeLessThanOrEqual(30);
    expect(slow.calls).toBeGreaterThan(100);
  });

  test('the bold label before a plain placeholder stays bold and the value stays plain', () => {
    const { doc } = made('programmes', true);
    const form = doc.body.children.find((c) => c instanceof FakeParagraph && c.text.startsWith('Форма наставничества: ')) as FakeParagraph;
    const [label, value] = form.runs();
    expect(label.text).toBe('Форма наставничества: ');
    expect(label.style.BOLD).toBe(true);
    expect(value.text).not.toContain('{{');
    expect(value.style.BOLD).not.toBe(true);
  });

  test.each(DOCUMENT_KINDS)('%s: the same document through either path (the Docs API where it can, DocumentApp where it cannot)', (kind) => {
    const slow = made(kind, false);
    const fast = made(kind, true);
    expect(fast.doc.lines()).toEqual(slow.doc.lines());
    expect(look(fast.doc)).toEqual(look(slow.doc));
  });

  test('a letterhead table in the header and a footer paragraph are filled in their own segments, as through DocumentApp', () => {
    const def = DOCUMENTS['order-curator'];
    const folder = fakes.store.newFolder('Документы');
    const doc = docFrom(fakes.store, 'Шаблон', ['Приказ № {{номер}} от {{дата}}', 'Текст'], folder);
    doc.header = new FakeBody(fakes.store, ElementType.HEADER_SECTION);
    doc.header.adopt(FakeTable.fromCells(fakes.store, [['ЛОГОТИП', 'Организация: {{организация_кратко}}']]));
    doc.footer = new FakeBody(fakes.store, ElementType.FOOTER_SECTION);
    doc.footer.adopt(new FakeParagraph(fakes.store, 'Исп.: {{дата}}'));
    const template = DriveApp.getFileById(doc.id);
    const target = DriveApp.getFolderById(folder.id);
    const built = buildDocuments('order-curator', context(), []).documents[0];
    const structure = readDocsTemplate(template);
    const slowMade = makeDocument(built, def, template, target);
    fakes.store.log.reset();
    const results = [slowMade, makeFastDocument(built, def, structure, template, target)];
    expect(fakes.store.log.count('Docs.Documents.batchUpdate')).toBe(1);
    expect(fakes.store.log.total('Document', 'Paragraph', 'Table', 'Text', 'Body')).toBe(0);
    const [slow, fast] = results.map((r) => {
      if (!r.ok) throw new Error(r.problems.join('\n'));
      return fakes.store.documents.get(r.file.getId()) as FakeDocument;
    });
    expect(fast.header?.getText()).toBe(slow.header?.getText());
    expect(fast.footer?.getText()).toBe(slow.footer?.getText());
    expect(fast.footer?.getText()).toMatch(/^Исп\.: \d+ \S+ \d{4} г\.$/);
    expect(fast.lines()).toEqual(slow.lines());
  });

  test('a placeholder the fast path would leave makes no copy and says which', () => {
    const def = DOCUMENTS['order-curator'];
    const folder = fakes.store.newFolder('Документы');
    const doc = docFrom(fakes.store, 'Шаблон', ['Приказ {{номер}}', 'Осталось {{ не метка'], folder);
    const template = DriveApp.getFileById(doc.id);
    const built = buildDocuments('order-curator', context(), []).documents[0];
    const result = makeFastDocument(built, def, readDocsTemplate(template), template, DriveApp.getFolderById(folder.id));
    expect(result.ok).toBe(false);
    expect(folder.live().map((f) => f.name)).toEqual(['Шаблон']);
  });
});

test('the Docs API\'s per-minute write limit ends the slice and lets the next one go on; a day\'s quota stops the batch', () => {
  const perMinute = "API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'";
  expect(serviceFailure(perMinute).kind).toBe('service');
  expect(serviceFailure('Exception: Service invoked too many times for one day: docs create.').kind).toBe('quota');
});

describe('the Docs API fake counts as Google does and refuses what Google refuses', () => {
  const api = () => new FakeDocsDocuments(fakes.store);

  test('indices: a section break, paragraphs with their «\\n», a table of one index at each end, a row and a cell one each', () => {
    const doc = docFrom(fakes.store, 'Д', ['аб', [['x', ''], ['', 'yz']], 'в']);
    const body = api().get(doc.id).body?.content ?? [];
    expect(body.map((e) => [e.startIndex, e.endIndex])).toEqual([[0, 1], [1, 4], [4, 19], [19, 21]]);
    const rows = body[2].table?.tableRows ?? [];
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([[5, 11], [11, 18]]);
    expect(rows[1].tableCells?.map((c) => [c.startIndex, c.endIndex])).toEqual([[12, 14], [14, 18]]);
  });

  test('requests apply in order; a bad index, a cut through a table, the last paragraph, the «\\n» before a table are refused', () => {
    const doc = docFrom(fakes.store, 'Д', ['аб', [['x']], 'в']);
    api().batchUpdate({ requests: [{ insertText: { text: '1\n2', location: { index: 2 } } }, { insertText: { text: '!', location: { index: 1 } } }] }, doc.id);
    expect(doc.lines()).toEqual(['!а1', '2б', 'x', 'в']);
    const refuse = (request: GoogleAppsScript.Docs.Schema.Request) => expect(() => api().batchUpdate({ requests: [request] }, doc.id)).toThrow(/Invalid requests\[0\]/);
    refuse({ insertText: { text: 'z', location: { index: 99 } } });
    refuse({ deleteContentRange: { range: { startIndex: 9, endIndex: 12 } } });
    refuse({ deleteContentRange: { range: { startIndex: 13, endIndex: 15 } } });
    refuse({ deleteContentRange: { range: { startIndex: 5, endIndex: 8 } } });
    refuse({ deleteContentRange: { range: { startIndex: 14, endIndex: 16 } } });
    refuse({ deleteTableRow: { tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 0 } } });
    refuse({ insertTableRow: { tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 1 }, insertBelow: true } });
    refuse({ insertTableRow: { tableCellLocation: { tableStartLocation: { index: 9 }, rowIndex: 0 }, insertBelow: true } });
    expect(doc.lines()).toEqual(['!а1', '2б', 'x', 'в']);
  });

  test('a row inserted below is empty, one «\\n» a cell, so the next row starts 1 + 2 × cells later', () => {
    const doc = docFrom(fakes.store, 'Д', ['', [['a', 'b']]]);
    api().batchUpdate({ requests: [
      { insertTableRow: { tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 0 }, insertBelow: true } },
      { insertText: { text: 'd', location: { index: 14 } } },
      { insertText: { text: 'c', location: { index: 12 } } },
    ] }, doc.id);
    expect(doc.lines()).toEqual(['', 'a | b', 'c | d']);
  });
});
