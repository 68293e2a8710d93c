/**
 * Fills a Google Doc made from a template: reads its outline, asks the domain for the plan, and executes it with
 * DocumentApp. Repeated rows and paragraphs are copies of the template's own elements, so the curator's formatting
 * carries over; values go in with deleteText/insertText and take the formatting of the placeholder's first character.
 *
 * Every DocumentApp call costs time in Apps Script, so the reader keeps the typed handles it got (no second
 * as*() cast), reads a one-paragraph table cell as the cell's text, and a paragraph that is nothing but
 * placeholders is rewritten with one setText.
 */
import {
  applyEdits as editedText, planRender, type ChartSpec, type OutlineBlock, type PlannedBlock, type PlannedRow, type TemplateData, type TemplateProblem,
  type TemplateSchema, type TextEdit,
} from '../../domain/documents/template';
import { leftoverIn, leftoverProblem } from '../../domain/documents/docsRequests';
import { chartImage, chartSize } from './chart';

type Document = GoogleAppsScript.Document.Document;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
/** Body and TableCell: the containers of paragraphs and tables. */
type Container = GoogleAppsScript.Document.Body | TableCell;
type Section = GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** A cell with one paragraph is edited through the cell itself; any other cell is walked like the body. */
type CellShape = { simple: true; text: string } | { simple: false; blocks: Block[] };

/** One block of a container as read: its index among the container's children, its text, a handle to it. */
type Block =
  | { kind: 'paragraph'; index: number; text: string; handle: Paragraph }
  | { kind: 'listItem'; index: number; text: string; handle: ListItem }
  | { kind: 'table'; index: number; handle: Table; rows: CellShape[][] };

function readContainer(container: Container): Block[] {
  const blocks: Block[] = [];
  const count = container.getNumChildren();
  for (let index = 0; index < count; index++) {
    const element = container.getChild(index);
    const type = element.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) {
      const handle = element.asParagraph();
      blocks.push({ kind: 'paragraph', index, text: handle.getText(), handle });
    } else if (type === DocumentApp.ElementType.LIST_ITEM) {
      const handle = element.asListItem();
      blocks.push({ kind: 'listItem', index, text: handle.getText(), handle });
    } else if (type === DocumentApp.ElementType.TABLE) {
      const handle = element.asTable();
      blocks.push({ kind: 'table', index, handle, rows: readRows(handle) });
    }
  }
  return blocks;
}

function readRows(table: Table): CellShape[][] {
  const rows: CellShape[][] = [];
  const rowCount = table.getNumRows();
  for (let r = 0; r < rowCount; r++) {
    const row = table.getRow(r);
    const cells: CellShape[] = [];
    const cellCount = row.getNumCells();
    for (let c = 0; c < cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cell.getNumChildren() === 1 ? { simple: true, text: cell.getText() } : { simple: false, blocks: readContainer(cell) });
    }
    rows.push(cells);
  }
  return rows;
}

function outlineOf(blocks: readonly Block[]): OutlineBlock[] {
  return blocks.map((b) => (b.kind === 'table'
    ? { kind: 'table', rows: b.rows.map((cells) => ({ cells: cells.map((c) => (c.simple ? [{ kind: 'paragraph', text: c.text }] : outlineOf(c.blocks))) })) }
    : { kind: 'paragraph', text: b.text }));
}

/** True when the edits leave nothing of the original text: the result can be written in one call. */
function replacesAll(text: string, edits: readonly TextEdit[]): boolean {
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start !== at) return false;
    at = edit.end;
  }
  return at === text.length;
}

/** «\n» in a value is a line break inside the paragraph (Google Docs writes it as «\r»). */
const docsText = (value: string): string => value.replace(/\r?\n/g, '\r');

function applyEdits(text: Text, original: string, edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
  if (replacesAll(original, edits)) {
    text.setText(docsText(editedText(original, edits)));
    return;
  }
  // Right to left, so the offsets of the edits still to apply do not move.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.text === '' || edit.end === edit.start) {
      if (edit.end > edit.start) text.deleteText(edit.start, edit.end - 1);
      if (edit.text !== '') text.insertText(edit.start, docsText(edit.text));
      continue;
    }
    // Inserted text takes the style of the text immediately before it (Docs API, InsertTextRequest: «In most cases,
    // the text style for the inserted text will match the text immediately before the insertion index»). So the value
    // goes in right after the placeholder's first character, whose formatting it takes, and that character goes last —
    // not the formatting of a bold label before the placeholder.
    if (edit.end - edit.start > 1) text.deleteText(edit.start + 1, edit.end - 1);
    text.insertText(edit.start + 1, docsText(edit.text));
    text.deleteText(edit.start, edit.start);
  }
}

function copyOf(block: Block): Block {
  if (block.kind === 'paragraph') return { ...block, handle: block.handle.copy() };
  if (block.kind === 'listItem') return { ...block, handle: block.handle.copy() };
  return { ...block, handle: block.handle.copy() };
}

function insertAt(container: Container, index: number, block: Block): Block {
  if (block.kind === 'paragraph') return { ...block, handle: container.insertParagraph(index, block.handle) };
  if (block.kind === 'listItem') return { ...block, handle: container.insertListItem(index, block.handle) };
  return { ...block, handle: container.insertTable(index, block.handle) };
}

/** Blocks of one container, from the last to the first, so inserting and removing never shifts what is still to do. */
/** Draws a chart into a paragraph: set once per document, with the width of its text. */
type PlaceChart = (paragraph: Paragraph | ListItem, spec: ChartSpec) => void;

function realizeContainer(container: Container, blocks: readonly Block[], planned: readonly PlannedBlock[], chart: PlaceChart): void {
  for (let source = blocks.length - 1; source >= 0; source--) {
    const block = blocks[source];
    const uses = planned.filter((p) => p.source === source);
    if (uses.length === 0) {
      removeBlock(container, block);
      continue;
    }
    // Copies are taken before the original is filled in, and placed right after it.
    const placed = uses.slice(1).map((_, k) => insertAt(container, block.index + 1 + k, copyOf(block)));
    [block, ...placed].forEach((target, k) => realizeBlock(target, uses[k], chart));
  }
}

function removeBlock(container: Container, block: Block): void {
  if (block.kind === 'table') {
    block.handle.removeFromParent();
    return;
  }
  // Google Docs keeps a paragraph at the end of a body or a cell: that one is emptied instead of removed.
  if (block.index === container.getNumChildren() - 1) block.handle.editAsText().setText('');
  else block.handle.removeFromParent();
}

function realizeBlock(block: Block, planned: PlannedBlock, chart: PlaceChart): void {
  if (planned.kind === 'paragraph' && block.kind !== 'table') {
    applyEdits(block.handle.editAsText(), block.text, planned.edits);
    if (planned.chart) chart(block.handle, planned.chart);
  } else if (planned.kind === 'table' && block.kind === 'table') realizeRows(block.handle, block.rows, planned.rows, chart);
}

function realizeRows(table: Table, rows: readonly CellShape[][], planned: readonly PlannedRow[], chart: PlaceChart): void {
  for (let source = rows.length - 1; source >= 0; source--) {
    const uses = planned.filter((p) => p.source === source);
    if (uses.length === 0) {
      table.removeRow(source);
      continue;
    }
    const row = table.getRow(source);
    const placed = uses.slice(1).map((_, k) => table.insertTableRow(source + 1 + k, row.copy()));
    [row, ...placed].forEach((target, k) => realizeRow(target, rows[source], uses[k], chart));
  }
}

function cellUnchanged(shape: CellShape, plan: readonly PlannedBlock[]): boolean {
  const sources = shape.simple ? 1 : shape.blocks.length;
  return plan.length === sources && plan.every((b, i) => b.source === i && b.kind === 'paragraph' && b.edits.length === 0);
}

function realizeRow(row: TableRow, shapes: readonly CellShape[], planned: PlannedRow, chart: PlaceChart): void {
  planned.cells.forEach((plan, c) => {
    const shape = shapes[c];
    if (cellUnchanged(shape, plan)) return;
    const cell = row.getCell(c);
    if (shape.simple) {
      const [only] = plan;
      if (only?.kind === 'paragraph') applyEdits(cell.editAsText(), shape.text, only.edits);
      return;
    }
    // A copied row has the template row's structure: its blocks are re-read from the copy.
    realizeContainer(cell, readContainer(cell), plan, chart);
  });
}

/**
 * Paragraphs of a header or footer, however deep: a letterhead is often a table (logo | name), and its fields must be
 * filled like those of plain paragraphs.
 */
function sectionParagraphs(container: Section | TableCell | null): (Paragraph | ListItem)[] {
  if (!container) return [];
  const out: (Paragraph | ListItem)[] = [];
  const count = container.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = container.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) out.push(child.asParagraph());
    else if (type === DocumentApp.ElementType.LIST_ITEM) out.push(child.asListItem());
    else if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        for (let c = 0; c < row.getNumCells(); c++) out.push(...sectionParagraphs(row.getCell(c)));
      }
    }
  }
  return out;
}

/**
 * Every header and footer of the document. getHeader() and getFooter() give only the default ones: a letterhead on the
 * first page only («Особый колонтитул для первой страницы») or on even pages is a section of its own, found among the
 * children of the body's parent (the document), as Docs keeps them.
 */
function headerFooterSections(doc: Document): Section[] {
  const root = doc.getBody().getParent();
  if (!root) return [doc.getHeader(), doc.getFooter()].filter((section): section is Section => section !== null);
  const sections: Section[] = [];
  const count = root.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = root.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.HEADER_SECTION) sections.push(child.asHeaderSection());
    else if (type === DocumentApp.ElementType.FOOTER_SECTION) sections.push(child.asFooterSection());
  }
  return sections;
}

/** A placeholder still in the text after filling: in a place the renderer does not reach (a footnote, a drawing). */
function leftoverPlaceholder(doc: Document, sections: readonly Section[]): string | undefined {
  return [doc.getBody().getText(), ...sections.map((section) => section.getText())].map(leftoverIn).find((l) => l !== undefined);
}

export type DocRenderResult = { ok: true } | { ok: false; problems: TemplateProblem[] };

/**
 * Fill the document (a fresh copy of the template); on problems the caller discards the copy. After filling, the whole
 * document is searched for braces: a signed order never carries a «{{…}}».
 */
export function renderGoogleDoc(doc: Document, schema: TemplateSchema, data: TemplateData): DocRenderResult {
  const body = doc.getBody();
  const blocks = readContainer(body);
  const sections = headerFooterSections(doc);
  const extras = sections.flatMap((section) => sectionParagraphs(section));
  const extraTexts = extras.map((p) => p.getText());
  const plan = planRender(outlineOf(blocks), schema, data, extraTexts);
  if (!plan.ok) return { ok: false, problems: plan.problems };
  extras.forEach((paragraph, i) => {
    if (plan.extras[i].length > 0) applyEdits(paragraph.editAsText(), extraTexts[i], plan.extras[i]);
  });
  // A chart spans the text between the margins, whatever page the curator's template has.
  const width = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  realizeContainer(body, blocks, plan.blocks, (paragraph, spec) => {
    const size = chartSize(width);
    paragraph.appendInlineImage(chartImage(spec, size)).setWidth(size.width).setHeight(size.height);
  });
  const leftover = leftoverPlaceholder(doc, sections);
  if (leftover !== undefined) {
    return { ok: false, problems: [{ message: leftoverProblem(schema.document, leftover) }] };
  }
  return { ok: true };
}
