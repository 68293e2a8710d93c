/**
 * The Docs advanced service (Docs API v1) over the same fake documents DocumentApp sees. Indices as Google counts them
 * (https://developers.google.com/workspace/docs/api/concepts/structure#indexes and how-tos/tables): the body starts with
 * a section break [0, 1); a paragraph spans its text and its closing «\n»; a table spans one index of its own at each
 * end, a row one, a cell one, then the cell's content. Headers and footers are segments of their own counted from 0.
 *
 * batchUpdate applies its requests in order, each seeing the document the ones before it left, and refuses (HTTP 400 in
 * Google, an Error here) a request whose index is outside the document or whose range would break its structure:
 * the last paragraph of a body or cell, the «\n» before a table, part of a table, a table's only row
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#DeleteContentRangeRequest).
 * Only the requests the add-on sends are modelled: insertText, deleteContentRange, insertTableRow, deleteTableRow,
 * updateParagraphStyle (alignment), updateTextStyle (bold, italic, underline, size, font, colour).
 */
import type { DocStore, TextStyle } from './documents';
import { FakeBody, FakeDocument, FakeParagraph, FakeTable, FakeTableCell, FakeTableRow } from './documents';

type Schema = GoogleAppsScript.Docs.Schema.Document;
type Request = GoogleAppsScript.Docs.Schema.Request;
type Container = FakeBody | FakeTableCell;

/** Where an element sits in the index space of its segment. */
interface Placed<T> { element: T; container: Container; childIndex: number; start: number; end: number }

interface Layout {
  paragraphs: Placed<FakeParagraph>[];
  tables: (Placed<FakeTable> & { rows: { start: number; end: number }[] })[];
  end: number;
}

/** Google's text: a line break inside a paragraph is a vertical tab in the API, «\r» in DocumentApp. */
const apiText = (text: string) => text.replace(/\r/g, '\u000b');
const appText = (text: string) => text.split('\u000b').join('\r');

/** DocumentApp's HorizontalAlignment and the API's paragraph alignment. */
const ALIGNMENTS: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
/** DocumentApp's text attributes as the API's TextStyle has them, and back. */
function apiStyle(style: TextStyle): GoogleAppsScript.Docs.Schema.TextStyle {
  const out: GoogleAppsScript.Docs.Schema.TextStyle = {};
  if (style.BOLD !== undefined && style.BOLD !== null) out.bold = Boolean(style.BOLD);
  if (style.ITALIC !== undefined && style.ITALIC !== null) out.italic = Boolean(style.ITALIC);
  if (style.UNDERLINE !== undefined && style.UNDERLINE !== null) out.underline = Boolean(style.UNDERLINE);
  if (typeof style.FONT_SIZE === 'number') out.fontSize = { magnitude: style.FONT_SIZE, unit: 'PT' };
  if (typeof style.FONT_FAMILY === 'string') out.weightedFontFamily = { fontFamily: style.FONT_FAMILY, weight: 400 };
  if (typeof style.FOREGROUND_COLOR === 'string') {
    const [red, green, blue] = [1, 3, 5].map((k) => parseInt(String(style.FOREGROUND_COLOR).slice(k, k + 2), 16) / 255);
    out.foregroundColor = { color: { rgbColor: { red, green, blue } } };
  }
  return out;
}

function appStyle(style: GoogleAppsScript.Docs.Schema.TextStyle, fields: string[]): TextStyle {
  const hex = (v = 0) => Math.round(v * 255).toString(16).padStart(2, '0');
  const rgb = style.foregroundColor?.color?.rgbColor;
  const all: Record<string, [string, unknown]> = {
    bold: ['BOLD', style.bold], italic: ['ITALIC', style.italic], underline: ['UNDERLINE', style.underline],
    fontSize: ['FONT_SIZE', style.fontSize?.magnitude], weightedFontFamily: ['FONT_FAMILY', style.weightedFontFamily?.fontFamily],
    foregroundColor: ['FOREGROUND_COLOR', rgb ? `#${hex(rgb.red)}${hex(rgb.green)}${hex(rgb.blue)}` : undefined],
  };
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!all[field]) throw new Error(`fake: the text style field «${field}» is not modelled.`);
    const [name, value] = all[field];
    out[name] = value;
  }
  return out;
}

const apiAlignment = (value: unknown) => (typeof value === 'string' && ALIGNMENTS[value] ? { alignment: ALIGNMENTS[value] } : {});

function layoutOf(container: Container, from: number, into: Layout = { paragraphs: [], tables: [], end: from }): Layout {
  let at = from;
  container.children.forEach((child, childIndex) => {
    if (child instanceof FakeParagraph) {
      const end = at + child.text.length + 1;
      into.paragraphs.push({ element: child, container, childIndex, start: at, end });
      at = end;
    } else if (child instanceof FakeTable) {
      const start = at;
      at++;
      const rows: { start: number; end: number }[] = [];
      for (const row of child.rows) {
        const rowStart = at;
        at++;
        for (const cell of row.cells) at = layoutOf(cell, at + 1, into).end;
        rows.push({ start: rowStart, end: at });
      }
      at++;
      into.tables.push({ element: child, container, childIndex, start, end: at, rows });
    }
  });
  into.end = at;
  return into;
}

function segmentOf(doc: FakeDocument, segmentId: string | undefined): { container: FakeBody; from: number } {
  if (!segmentId) return { container: doc.body, from: 1 };
  const section = segmentId === 'kix.header' ? doc.header : segmentId === 'kix.footer' ? doc.footer : null;
  if (!section) throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid segment ID: ${segmentId}`);
  return { container: section, from: 0 };
}

function fail(index: number, what: string, detail: string): never {
  throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${index}].${what}: ${detail}`);
}

function contentOf(container: Container, from: number): { content: GoogleAppsScript.Docs.Schema.StructuralElement[]; end: number } {
  const content: GoogleAppsScript.Docs.Schema.StructuralElement[] = [];
  let at = from;
  for (const child of container.children) {
    if (child instanceof FakeParagraph) {
      const end = at + child.text.length + 1;
      const elements = child.runs().map((run) => ({ textRun: { content: apiText(run.text), textStyle: apiStyle(run.style) } }));
      if (elements.length === 0) elements.push({ textRun: { content: '', textStyle: apiStyle(child.styleAt(0)) } });
      elements[elements.length - 1].textRun.content += '\n';
      let runAt = at;
      content.push({
        startIndex: at, endIndex: end,
        paragraph: {
          elements: elements.map((e) => {
            const placed = { startIndex: runAt, endIndex: runAt + e.textRun.content.length, ...e };
            runAt = placed.endIndex;
            return placed;
          }),
          paragraphStyle: apiAlignment(child.attributes.HORIZONTAL_ALIGNMENT),
        },
      });
      at = end;
    } else if (child instanceof FakeTable) {
      const start = at;
      at++;
      const tableRows = child.rows.map((row) => {
        const rowStart = at;
        at++;
        const tableCells = row.cells.map((cell) => {
          const cellStart = at;
          const inner = contentOf(cell, at + 1);
          at = inner.end;
          return { startIndex: cellStart, endIndex: at, content: inner.content };
        });
        return { startIndex: rowStart, endIndex: at, tableCells };
      });
      at++;
      content.push({ startIndex: start, endIndex: at, table: { rows: child.rows.length, columns: child.rows[0]?.cells.length ?? 0, tableRows } });
    }
  }
  return { content, end: at };
}

export class FakeDocsDocuments {
  constructor(private readonly store: DocStore) {}

  private doc(id: string): FakeDocument {
    const doc = this.store.documents.get(id);
    if (!doc) throw new Error(`API call to docs.documents.get failed with error: Requested entity was not found.`);
    return doc;
  }

  get(documentId: string): Schema {
    const doc = this.doc(documentId);
    const body = contentOf(doc.body, 1);
    const segment = (section: FakeBody | null, id: string) => (section ? { [id]: { headerId: id, content: contentOf(section, 0).content } } : {});
    return {
      documentId, title: doc.name,
      body: { content: [{ startIndex: 0, endIndex: 1, sectionBreak: {} }, ...body.content] },
      headers: segment(doc.header, 'kix.header'),
      footers: segment(doc.footer, 'kix.footer'),
    };
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this.doc(documentId);
    (resource.requests ?? []).forEach((request, index) => this.apply(doc, request, index));
    return { documentId, replies: (resource.requests ?? []).map(() => ({})) };
  }

  private apply(doc: FakeDocument, request: Request, index: number): void {
    if (request.insertText) {
      const { text = '', location } = request.insertText;
      const { container, from } = segmentOf(doc, location?.segmentId);
      const at = location?.index ?? -1;
      const placed = layoutOf(container, from).paragraphs.find((p) => p.start <= at && at < p.end);
      if (!placed) fail(index, 'insertText', `The insertion index ${at} must be inside the bounds of an existing paragraph.`);
      insertInto(placed, at - placed.start, appText(text));
      return;
    }
    if (request.deleteContentRange) {
      const range = request.deleteContentRange.range ?? {};
      const { container, from } = segmentOf(doc, range.segmentId);
      const start = range.startIndex ?? -1;
      const end = range.endIndex ?? -1;
      const layout = layoutOf(container, from);
      if (start >= end) fail(index, 'deleteContentRange', 'The range should not be empty.');
      const inside = layout.paragraphs.find((p) => p.start <= start && end <= p.end - 1);
      if (inside) {
        inside.element.splice(start - inside.start, end - start, '', {});
        return;
      }
      const whole = [...layout.paragraphs, ...layout.tables].find((p) => p.start === start && p.end === end);
      if (!whole) fail(index, 'deleteContentRange', `The range ${start}..${end} cuts through a paragraph's newline or a table.`);
      const next = whole.container.children[whole.childIndex + 1];
      if (whole.element instanceof FakeParagraph && !next) fail(index, 'deleteContentRange', 'The last newline of a segment or cell cannot be deleted.');
      if (whole.element instanceof FakeParagraph && next instanceof FakeTable) fail(index, 'deleteContentRange', 'The newline before a table cannot be deleted.');
      whole.container.children.splice(whole.childIndex, 1);
      whole.element.parent = null;
      return;
    }
    if (request.insertTableRow || request.deleteTableRow) {
      const location = (request.insertTableRow ?? request.deleteTableRow)?.tableCellLocation;
      const what = request.insertTableRow ? 'insertTableRow' : 'deleteTableRow';
      const { container, from } = segmentOf(doc, location?.tableStartLocation?.segmentId);
      const table = layoutOf(container, from).tables.find((t) => t.start === location?.tableStartLocation?.index)?.element;
      if (!table) fail(index, what, `No table starts at index ${location?.tableStartLocation?.index}.`);
      const row = location?.rowIndex ?? -1;
      if (row < 0 || row >= table.rows.length) fail(index, what, `Row index ${row} is out of the table's ${table.rows.length} rows.`);
      if (request.deleteTableRow) {
        if (table.rows.length === 1) fail(index, what, 'A table keeps at least one row: delete the table instead.');
        table.rows.splice(row, 1);
        return;
      }
      const fresh = new FakeTableRow(this.store);
      for (let c = 0; c < table.rows[row].cells.length; c++) {
        const cell = new FakeTableCell(this.store);
        cell.adopt(new FakeParagraph(this.store, ''));
        fresh.cells.push(cell);
      }
      table.rows.splice(request.insertTableRow?.insertBelow ? row + 1 : row, 0, fresh);
      return;
    }
    if (request.updateParagraphStyle) {
      const { range, paragraphStyle, fields } = request.updateParagraphStyle;
      if (fields !== 'alignment') fail(index, 'updateParagraphStyle', `fake: only «alignment» is modelled, not «${fields}».`);
      const { container, from } = segmentOf(doc, range?.segmentId);
      const alignment = Object.entries(ALIGNMENTS).find(([, api]) => api === (paragraphStyle?.alignment ?? 'START'))?.[0];
      const hit = layoutOf(container, from).paragraphs.filter((p) => p.start < (range?.endIndex ?? 0) && (range?.startIndex ?? 0) < p.end);
      if (hit.length === 0) fail(index, 'updateParagraphStyle', 'The range is outside the document.');
      for (const p of hit) p.element.attributes = { ...p.element.attributes, HORIZONTAL_ALIGNMENT: alignment };
      return;
    }
    if (request.updateTextStyle) {
      const { range, textStyle, fields } = request.updateTextStyle;
      if (!fields) fail(index, 'updateTextStyle', 'fields is required.');
      const { container, from } = segmentOf(doc, range?.segmentId);
      const start = range?.startIndex ?? -1;
      const end = range?.endIndex ?? -1;
      const style = appStyle(textStyle ?? {}, fields.split(','));
      const hit = layoutOf(container, from).paragraphs.filter((p) => p.start < end && start < p.end);
      if (hit.length === 0 || start >= end) fail(index, 'updateTextStyle', 'The range is outside the document or empty.');
      for (const p of hit) {
        const from = Math.max(start, p.start) - p.start;
        const to = Math.min(end, p.end - 1) - p.start - 1;
        if (to >= from) p.element.restyle(from, to, style);
      }
      return;
    }
    fail(index, Object.keys(request)[0] ?? 'request', 'fake: this request is not modelled.');
  }
}

/**
 * Text inserted at an offset of a paragraph takes the style of the character before it; a «\n» in it ends the
 * paragraph there, the new one copying the paragraph's style, bullets included (InsertTextRequest).
 */
function insertInto(placed: Placed<FakeParagraph>, offset: number, text: string): void {
  const [first, ...rest] = text.split('\n');
  const paragraph = placed.element;
  const style = paragraph.styleAt(offset > 0 ? offset - 1 : 0);
  paragraph.splice(offset, 0, first, style);
  let current = paragraph;
  let cut = offset + first.length;
  let childIndex = placed.childIndex;
  for (const piece of rest) {
    const tail = current.clone();
    tail.splice(0, cut, '', {});
    current.splice(cut, current.text.length - cut, '', {});
    tail.splice(0, 0, piece, style);
    childIndex++;
    placed.container.adopt(tail, childIndex);
    current = tail;
    cut = piece.length;
  }
}
