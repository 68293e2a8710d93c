/**
 * A document filled in one Docs API batchUpdate: the template's structure (read once per batch with indices), the
 * render plan of one document, and out come the requests that turn a fresh copy of the template into the document.
 *
 * The requests run in order, each on the document the ones before left, so they are made from the end of each segment
 * to its start: an edit never moves an index still to be used. The rules of Google's index space are in the Docs API
 * guides (https://developers.google.com/workspace/docs/api/concepts/structure#indexes, how-tos/tables: a table takes one
 * index at each end, a row one, a cell one before its content; an empty cell is one «\n»).
 *
 * What this path cannot do the same way as DocumentApp (a chart, a repeated row whose cells hold more than one
 * paragraph, a paragraph to drop right before a table: the API refuses to delete that «\n») makes the planner answer
 * undefined, and the caller fills that document the slow way.
 */
import { applyEdits, type OutlineBlock, type PlannedBlock, type PlannedRow, type RenderResult, type TextEdit } from './template';

export interface DocsParagraph {
  kind: 'paragraph';
  start: number;
  end: number;
  /** The paragraph's text without its closing «\n»; a line break is «\r», as DocumentApp gives it. */
  text: string;
  /** The index of each character of text (inline objects between runs take indices but no text). */
  at: number[];
  /** The API's paragraph alignment when the template sets one (START, CENTER, END, JUSTIFIED). */
  alignment?: string;
  /** The API's text style of all its text when it has one style (as read: only the properties set); absent when mixed. */
  style?: Record<string, unknown>;
}

export interface DocsTable {
  kind: 'table';
  start: number;
  end: number;
  rows: { start: number; end: number; cells: DocsBlock[][] }[];
}

export type DocsBlock = DocsParagraph | DocsTable;

/** A header or footer: its own index space, named by its id in every request. */
export interface DocsSegment {
  id: string;
  paragraphs: DocsParagraph[];
}

export interface DocsTemplate {
  body: DocsBlock[];
  segments: DocsSegment[];
}

interface Location { index: number; segmentId?: string }
interface CellLocation { tableStartLocation: Location; rowIndex: number; columnIndex: number }
interface Range { startIndex: number; endIndex: number; segmentId?: string }
/** The few Docs API requests used, shaped as the API takes them. */
export type DocsRequest =
  | { insertText: { text: string; location: Location } }
  | { deleteContentRange: { range: Range } }
  | { insertTableRow: { tableCellLocation: CellLocation; insertBelow: boolean } }
  | { deleteTableRow: { tableCellLocation: CellLocation } }
  | { updateParagraphStyle: { range: Range; paragraphStyle: { alignment: string }; fields: 'alignment' } }
  | { updateTextStyle: { range: Range; textStyle: Record<string, unknown>; fields: string } };

export function docsOutline(blocks: readonly DocsBlock[]): OutlineBlock[] {
  return blocks.map((b) => (b.kind === 'table'
    ? { kind: 'table', rows: b.rows.map((row) => ({ cells: row.cells.map((cell) => docsOutline(cell)) })) }
    : { kind: 'paragraph', text: b.text }));
}

export function docsExtras(template: DocsTemplate): string[] {
  return template.segments.flatMap((s) => s.paragraphs.map((p) => p.text));
}

/** The API's text: a line break inside a paragraph is a vertical tab; «\n» would start a new paragraph. */
const apiText = (text: string): string => text.replace(/\r?\n|\r/g, '\u000b');

/** Thrown inside the planner when the fast path cannot do what the plan asks. */
class Unsupported extends Error {}

class Writer {
  readonly requests: DocsRequest[] = [];
  /** Every paragraph's text as it will read: searched for braces left over. */
  readonly texts: string[] = [];
  constructor(private readonly segmentId?: string) {}

  private location(index: number): Location {
    return this.segmentId ? { index, segmentId: this.segmentId } : { index };
  }

  private range(startIndex: number, endIndex: number): Range {
    return this.segmentId ? { startIndex, endIndex, segmentId: this.segmentId } : { startIndex, endIndex };
  }

  /** `text` as the curator's values have it: a «\n» in it is a line break, not a new paragraph. */
  insert(index: number, text: string): void {
    this.insertApi(index, apiText(text));
  }

  private insertApi(index: number, text: string): void {
    if (text !== '') this.requests.push({ insertText: { text, location: this.location(index) } });
  }

  delete(start: number, end: number): void {
    if (end > start) this.requests.push({ deleteContentRange: { range: this.range(start, end) } });
  }

  /**
   * A paragraph's edits, right to left. A value goes in right after its placeholder's first character, whose style
   * it takes (InsertTextRequest: «the text style for the inserted text will match the text immediately before the
   * insertion index»), and that character goes last: the bold label before a plain placeholder stays its own.
   */
  edit(paragraph: DocsParagraph, edits: readonly TextEdit[]): void {
    this.texts.push(applyEdits(paragraph.text, edits));
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      if (edit.end === edit.start) {
        this.insert(paragraph.at[edit.start] ?? paragraph.end - 1, edit.text);
        continue;
      }
      const start = paragraph.at[edit.start];
      const last = paragraph.at[edit.end - 1];
      // An inline object inside a placeholder: its indices are not the text's.
      if (last - start !== edit.end - 1 - edit.start) throw new Unsupported();
      if (edit.text === '') {
        this.delete(start, last + 1);
        continue;
      }
      this.delete(start + 1, last + 1);
      this.insert(start + 1, edit.text);
      this.delete(start, start + 1);
    }
  }

  /** Copies of a paragraph after it: each «\n» starts a paragraph with the style of the one split (InsertTextRequest). */
  copiesAfter(paragraph: DocsParagraph, texts: readonly string[]): void {
    if (texts.length === 0) return;
    this.texts.push(...texts);
    this.insertApi(paragraph.end - 1, texts.map((t) => `\n${apiText(t)}`).join(''));
  }

  container(blocks: readonly DocsBlock[], planned: readonly PlannedBlock[]): void {
    for (let source = blocks.length - 1; source >= 0; source--) {
      const block = blocks[source];
      const uses = planned.filter((p) => p.source === source);
      if (uses.length === 0) {
        this.drop(blocks, source);
        continue;
      }
      if (block.kind === 'table') {
        const [use] = uses;
        if (use.kind !== 'table') throw new Unsupported();
        this.table(block, use.rows);
        continue;
      }
      const edits = uses.map((use) => {
        if (use.kind !== 'paragraph' || use.chart) throw new Unsupported();
        return use.edits;
      });
      this.copiesAfter(block, edits.slice(1).map((e) => applyEdits(block.text, e)));
      this.edit(block, edits[0]);
    }
  }

  /** A block the plan leaves out. Docs keeps a last paragraph in a body or a cell: that one is emptied. */
  private drop(blocks: readonly DocsBlock[], source: number): void {
    const block = blocks[source];
    if (block.kind === 'paragraph' && source === blocks.length - 1) {
      this.delete(block.start, block.end - 1);
      this.texts.push('');
      return;
    }
    if (block.kind === 'paragraph' && blocks[source + 1]?.kind === 'table') throw new Unsupported();
    this.delete(block.start, block.end);
  }

  private table(table: DocsTable, planned: readonly PlannedRow[]): void {
    const at = (rowIndex: number): CellLocation => ({ tableStartLocation: this.location(table.start), rowIndex, columnIndex: 0 });
    for (let source = table.rows.length - 1; source >= 0; source--) {
      const row = table.rows[source];
      const uses = planned.filter((p) => p.source === source);
      if (uses.length === 0) {
        this.requests.push({ deleteTableRow: { tableCellLocation: at(source) } });
        continue;
      }
      this.newRows(row, uses.slice(1), () => at(source));
      // The template's row takes the first item, cell by cell from the last.
      for (let c = row.cells.length - 1; c >= 0; c--) this.container(row.cells[c], uses[0].cells[c]);
    }
  }

  /**
   * Rows inserted below a template row start empty (InsertTableRowRequest: «Inserts an empty row»): each cell one «\n»,
   * so the k-th new row starts at the template row's end plus k rows of 1 + 2 × cells indices. Their text goes in from
   * the last cell up, given the template cell's alignment and text style: what a new row's empty cells carry is not
   * documented, so nothing is left to it. A template cell of mixed styles is left to DocumentApp.
   */
  private newRows(row: DocsTable['rows'][number], uses: readonly PlannedRow[], location: () => CellLocation): void {
    if (uses.length === 0) return;
    const sources = row.cells.map((cell) => {
      const [only] = cell;
      if (cell.length !== 1 || only.kind !== 'paragraph') throw new Unsupported();
      return only;
    });
    for (let k = 0; k < uses.length; k++) this.requests.push({ insertTableRow: { tableCellLocation: location(), insertBelow: true } });
    const rowLength = 1 + 2 * sources.length;
    for (let k = uses.length - 1; k >= 0; k--) {
      const rowStart = row.end + k * rowLength;
      for (let c = sources.length - 1; c >= 0; c--) {
        const plan = uses[k].cells[c];
        const [only] = plan;
        const { alignment, style } = sources[c];
        if (plan.length !== 1 || only.kind !== 'paragraph' || only.source !== 0 || only.chart || !style) throw new Unsupported();
        const text = applyEdits(sources[c].text, only.edits);
        const index = rowStart + 2 + 2 * c;
        this.texts.push(text);
        this.insert(index, text);
        const range = this.range(index, index + text.length + 1);
        if (alignment) this.requests.push({ updateParagraphStyle: { range, paragraphStyle: { alignment }, fields: 'alignment' } });
        const fields = Object.keys(style).join(',');
        if (text !== '' && fields) this.requests.push({ updateTextStyle: { range: this.range(index, index + text.length), textStyle: style, fields } });
      }
    }
  }
}

export type DocsFill = { requests: DocsRequest[]; leftover?: string } | undefined;

/**
 * The requests for one document, or undefined when this document needs the slow path. `leftover` is a placeholder
 * that would stay in the text (the same check DocumentApp's path makes after filling).
 */
export function docsRequests(template: DocsTemplate, plan: Extract<RenderResult, { ok: true }>): DocsFill {
  try {
    const body = new Writer();
    body.container(template.body, plan.blocks);
    const writers = [body];
    let extra = 0;
    for (const segment of template.segments) {
      const writer = new Writer(segment.id);
      const edits = segment.paragraphs.map(() => plan.extras[extra++] ?? []);
      for (let i = segment.paragraphs.length - 1; i >= 0; i--) writer.edit(segment.paragraphs[i], edits[i]);
      writers.push(writer);
    }
    const texts = writers.flatMap((w) => w.texts);
    const leftover = texts.map(leftoverIn).find((l) => l !== undefined);
    return { requests: writers.flatMap((w) => w.requests), ...(leftover !== undefined ? { leftover } : {}) };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** A brace left in a text, with a little context: what the curator is shown. */
export function leftoverIn(text: string): string | undefined {
  const at = text.search(/\{\{|\}\}/);
  return at >= 0 ? text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ').trim() : undefined;
}

/** The message for a placeholder left in a filled document; no document is made. */
export function leftoverProblem(document: string, leftover: string): string {
  return `В шаблоне «${document}» осталась незаполненная метка: «${leftover}». Метки в фигурных скобках работают в тексте, таблицах и колонтитулах; проверьте, что метка набрана целиком. Документ не создан.`;
}
