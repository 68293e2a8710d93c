/**
 * In-memory DocumentApp, DriveApp, MailApp, PropertiesService, ScriptApp and LockService. Each fake implements a Pick
 * of the real @types/google-apps-script interface, so a method the product calls that Apps Script does not have fails
 * to compile; every call the product makes is counted through CallLog («Paragraph.getText», «Text.insertText»…).
 */
import { FakeDocsDocuments } from './docsApi';
import { CallLog, counted } from './calls';

type D = typeof GoogleAppsScript.Document;

function cast<T>(value: unknown): T {
  return value as T;
}

/** Elements handed to the product are counted proxies; inside the fakes they are unwrapped to the real object. */
function raw<T>(value: T): T {
  return ((value as unknown as { __raw?: T }).__raw ?? value) as T;
}

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION', PARAGRAPH: 'PARAGRAPH', LIST_ITEM: 'LIST_ITEM', TABLE: 'TABLE', TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL', TEXT: 'TEXT', HEADER_SECTION: 'HEADER_SECTION', FOOTER_SECTION: 'FOOTER_SECTION', DOCUMENT: 'DOCUMENT',
} as const;

export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
export const Attribute = {
  BOLD: 'BOLD', ITALIC: 'ITALIC', FONT_FAMILY: 'FONT_FAMILY', FONT_SIZE: 'FONT_SIZE', HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  INDENT_FIRST_LINE: 'INDENT_FIRST_LINE', SPACING_AFTER: 'SPACING_AFTER', SPACING_BEFORE: 'SPACING_BEFORE', LINE_SPACING: 'LINE_SPACING',
  BACKGROUND_COLOR: 'BACKGROUND_COLOR', BORDER_WIDTH: 'BORDER_WIDTH', KEEP_WITH_NEXT: 'KEEP_WITH_NEXT',
  UNDERLINE: 'UNDERLINE', FOREGROUND_COLOR: 'FOREGROUND_COLOR',
} as const;

/** The attributes Docs keeps per character (the rest are the paragraph's). */
export const TEXT_ATTRIBUTES = [Attribute.BOLD, Attribute.ITALIC, Attribute.UNDERLINE, Attribute.FONT_FAMILY, Attribute.FONT_SIZE, Attribute.FOREGROUND_COLOR] as const;
/** One character's text attributes; an attribute not set is absent (Docs: null, inherited from the paragraph style). */
export type TextStyle = Readonly<Partial<Record<(typeof TEXT_ATTRIBUTES)[number], unknown>>>;

function textPart(attributes: object): TextStyle {
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => (TEXT_ATTRIBUTES as readonly string[]).includes(key)));
}

abstract class FakeElement {
  readonly __raw = this;
  parent: FakeContainer | null = null;
  constructor(readonly store: DocStore, readonly type: string) {}
  abstract clone(): FakeElement;
  abstract plainText(): string;
  getType(): GoogleAppsScript.Document.ElementType {
    return cast(this.type);
  }
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    if (!(this instanceof FakeParagraph) || this.type !== ElementType.PARAGRAPH) throw new Error(`Exception: Cannot cast ${this.type} to Paragraph.`);
    return this.store.wrap(this, 'Paragraph');
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    if (this.type !== ElementType.LIST_ITEM) throw new Error(`Exception: Cannot cast ${this.type} to ListItem.`);
    return this.store.wrap(this, 'ListItem');
  }
  asTable(): GoogleAppsScript.Document.Table {
    if (this.type !== ElementType.TABLE) throw new Error(`Exception: Cannot cast ${this.type} to Table.`);
    return this.store.wrap(this, 'Table');
  }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    if (this.type !== ElementType.HEADER_SECTION) throw new Error(`Exception: Cannot cast ${this.type} to HeaderSection.`);
    return this.store.wrap(this, 'HeaderSection');
  }
  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    if (this.type !== ElementType.FOOTER_SECTION) throw new Error(`Exception: Cannot cast ${this.type} to FooterSection.`);
    return this.store.wrap(this, 'FooterSection');
  }
  protected wrapSelf<T>(kind: string): T {
    return this.store.wrap(this, kind);
  }
}

/** Body, TableCell, header and footer sections: they hold paragraphs, list items and tables. */
abstract class FakeContainer extends FakeElement {
  children: FakeElement[] = [];
  adopt(child: FakeElement, index = this.children.length): void {
    const element = raw(child);
    if (element.parent) throw new Error('Exception: Element must be detached.');
    element.parent = this;
    this.children.splice(index, 0, element);
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const child = this.children[childIndex];
    if (!child) throw new Error(`Exception: Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`);
    return this.store.wrapElement(child);
  }
  getText(): string {
    return this.children.map((c) => c.plainText()).join('\n');
  }
  insertParagraph(childIndex: number, paragraph: GoogleAppsScript.Document.Paragraph | string): GoogleAppsScript.Document.Paragraph {
    const element = typeof paragraph === 'string' ? new FakeParagraph(this.store, paragraph) : raw(cast<FakeParagraph>(paragraph));
    this.adopt(element, childIndex);
    return this.store.wrap(element, 'Paragraph');
  }
  insertListItem(childIndex: number, listItem: GoogleAppsScript.Document.ListItem | string): GoogleAppsScript.Document.ListItem {
    const element = typeof listItem === 'string' ? new FakeListItem(this.store, listItem) : raw(cast<FakeListItem>(listItem));
    this.adopt(element, childIndex);
    return this.store.wrap(element, 'ListItem');
  }
  insertTable(childIndex: number, table?: GoogleAppsScript.Document.Table | string[][] | null): GoogleAppsScript.Document.Table {
    const element = Array.isArray(table) || !table ? FakeTable.fromCells(this.store, table ?? [['']]) : raw(cast<FakeTable>(table));
    this.adopt(element, childIndex);
    return this.store.wrap(element, 'Table');
  }
  appendParagraph(paragraph: GoogleAppsScript.Document.Paragraph | string): GoogleAppsScript.Document.Paragraph {
    return this.insertParagraph(this.children.length, paragraph);
  }
  appendTable(table?: GoogleAppsScript.Document.Table | string[][] | null): GoogleAppsScript.Document.Table {
    return this.insertTable(this.children.length, table);
  }
  remove(child: FakeElement): void {
    const index = this.children.indexOf(child);
    if (index < 0) throw new Error('not a child');
    const isParagraph = child instanceof FakeParagraph;
    if (isParagraph && index === this.children.length - 1 && (this instanceof FakeBody || this instanceof FakeTableCell)) {
      throw new Error("Exception: Can't remove the last paragraph in a document section.");
    }
    this.children.splice(index, 1);
    child.parent = null;
  }
  cloneChildrenInto<T extends FakeContainer>(target: T): T {
    for (const child of this.children) target.adopt(child.clone());
    return target;
  }
}

type TextMethods = 'deleteText' | 'insertText' | 'setText' | 'getText' | 'setBold' | 'setItalic' | 'setUnderline' | 'setFontFamily'
  | 'setFontSize' | 'setForegroundColor' | 'setAttributes' | 'getAttributes';

/**
 * A paragraph's text with attributes per character. Inserted text takes the attributes of the character before it
 * («In most cases, the text style for the inserted text will match the text immediately before the insertion index»,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTextRequest; Text.insertText in
 * DocumentApp behaves alike), or of the first character when inserted at the start.
 */
export class FakeText implements Pick<GoogleAppsScript.Document.Text, TextMethods> {
  readonly __raw = this;
  constructor(private readonly paragraph: FakeParagraph) {}
  deleteText(startOffset: number, endOffsetInclusive: number): GoogleAppsScript.Document.Text {
    const text = this.paragraph.text;
    if (startOffset < 0 || endOffsetInclusive >= text.length || endOffsetInclusive < startOffset) {
      throw new Error(`Exception: Invalid offsets ${startOffset}..${endOffsetInclusive} for text of length ${text.length}.`);
    }
    this.paragraph.splice(startOffset, endOffsetInclusive - startOffset + 1, '', {});
    return cast(this);
  }
  insertText(offset: number, text: string): GoogleAppsScript.Document.Text {
    const current = this.paragraph.text;
    if (offset < 0 || offset > current.length) throw new Error(`Exception: Invalid offset ${offset}.`);
    this.paragraph.splice(offset, 0, text, this.paragraph.styleAt(offset > 0 ? offset - 1 : 0));
    return cast(this);
  }
  /** The whole text replaced: it takes the attributes of the first character it replaces. */
  setText(text: string): GoogleAppsScript.Document.Text {
    this.paragraph.text = text;
    return cast(this);
  }
  getText(): string {
    return this.paragraph.text;
  }
  /** (value) for the whole text, (start, endInclusive, value) for a range, as every Text.set…() has it. */
  private set(attribute: string, args: unknown[]): GoogleAppsScript.Document.Text {
    const [start, end, value] = args.length === 3 ? (args as [number, number, unknown]) : [0, this.paragraph.text.length - 1, args[0]];
    this.paragraph.restyle(start, end, { [attribute]: value });
    return cast(this);
  }
  setBold(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.BOLD, args); }
  setItalic(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.ITALIC, args); }
  setUnderline(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.UNDERLINE, args); }
  setFontFamily(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.FONT_FAMILY, args); }
  setFontSize(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.FONT_SIZE, args); }
  setForegroundColor(...args: unknown[]): GoogleAppsScript.Document.Text { return this.set(Attribute.FOREGROUND_COLOR, args); }
  setAttributes(...args: unknown[]): GoogleAppsScript.Document.Text {
    const [start, end, attributes] = args.length === 3 ? (args as [number, number, object]) : [0, this.paragraph.text.length - 1, args[0] as object];
    this.paragraph.restyle(start, end, textPart(attributes));
    return cast(this);
  }
  getAttributes(...args: unknown[]): object {
    return { ...this.paragraph.styleAt(args.length === 1 ? (args[0] as number) : 0) };
  }
}

type ParagraphMethods = 'getText' | 'editAsText' | 'copy' | 'removeFromParent' | 'getType' | 'setAttributes' | 'setAlignment' | 'getNumChildren' | 'appendInlineImage';

export class FakeParagraph extends FakeElement implements Pick<GoogleAppsScript.Document.Paragraph, ParagraphMethods> {
  attributes: Record<string, unknown> = {};
  private chars = '';
  /** One TextStyle per character of the text. */
  private styles: TextStyle[] = [];
  /** The text attributes of the paragraph itself: what text typed into it while empty gets. */
  private base: TextStyle = {};
  /** Inline images appended (their blob names), and the size each was given (points). */
  images: string[] = [];
  imageSizes: { width?: number; height?: number }[] = [];
  constructor(store: DocStore, text: string, type: string = ElementType.PARAGRAPH) {
    super(store, type);
    this.text = text;
  }
  get text(): string {
    return this.chars;
  }
  /** All of the new text takes the attributes of the first character of the old (or the paragraph's). */
  set text(value: string) {
    const style = this.styleAt(0);
    this.chars = value;
    this.styles = new Array<TextStyle>(value.length).fill(style);
  }
  styleAt(offset: number): TextStyle {
    return this.styles[offset] ?? this.styles[this.styles.length - 1] ?? this.base;
  }
  splice(start: number, deleteCount: number, insert: string, style: TextStyle): void {
    this.chars = this.chars.slice(0, start) + insert + this.chars.slice(start + deleteCount);
    this.styles.splice(start, deleteCount, ...new Array<TextStyle>(insert.length).fill(style));
  }
  restyle(start: number, endInclusive: number, attributes: TextStyle): void {
    if (start < 0 || endInclusive >= this.chars.length || endInclusive < start) {
      if (this.chars.length === 0) {
        this.base = { ...this.base, ...attributes };
        return;
      }
      throw new Error(`Exception: Invalid offsets ${start}..${endInclusive} for text of length ${this.chars.length}.`);
    }
    for (let i = start; i <= endInclusive; i++) this.styles[i] = { ...this.styles[i], ...attributes };
  }
  /** Test helper: the text cut where the attributes change, each piece with its attributes. */
  runs(): Array<{ text: string; style: TextStyle }> {
    const runs: Array<{ text: string; style: TextStyle }> = [];
    for (let i = 0; i < this.chars.length; i++) {
      const last = runs[runs.length - 1];
      if (last && JSON.stringify(last.style) === JSON.stringify(this.styles[i])) last.text += this.chars[i];
      else runs.push({ text: this.chars[i], style: this.styles[i] });
    }
    return runs;
  }
  protected copyStyleInto<T extends FakeParagraph>(copy: T): T {
    copy.attributes = { ...this.attributes };
    copy.chars = this.chars;
    copy.styles = [...this.styles];
    copy.base = this.base;
    return copy;
  }
  protected get kind(): string {
    return 'Paragraph';
  }
  clone(): FakeParagraph {
    const copy = this.copyStyleInto(new FakeParagraph(this.store, '', this.type));
    copy.images = [...this.images];
    return copy;
  }
  plainText(): string {
    return this.text;
  }
  getText(): string {
    return this.text;
  }
  getNumChildren(): number {
    return this.text ? 1 : 0;
  }
  appendInlineImage(image: unknown): GoogleAppsScript.Document.InlineImage {
    const blob = raw(cast<FakeBlob>(image));
    if (!(blob instanceof FakeBlob) || blob.contentType !== 'image/png') throw new Error('fake: inline images here are PNG blobs');
    this.images.push(blob.name);
    const size: { width?: number; height?: number } = {};
    this.imageSizes.push(size);
    return this.store.wrap(new FakeInlineImage(size), 'InlineImage');
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.store.wrap(new FakeText(this), 'Text');
  }
  copy(): GoogleAppsScript.Document.Paragraph {
    return this.store.wrap(this.clone(), this.kind);
  }
  removeFromParent(): GoogleAppsScript.Document.Paragraph {
    this.parent?.remove(this);
    return this.wrapSelf(this.kind);
  }
  /** Text attributes given to a paragraph apply to all of its text, as Docs does. */
  setAttributes(attributes: object): GoogleAppsScript.Document.Paragraph {
    Object.assign(this.attributes, attributes);
    const text = textPart(attributes);
    this.base = { ...this.base, ...text };
    if (this.chars.length > 0) this.restyle(0, this.chars.length - 1, text);
    return this.wrapSelf(this.kind);
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GoogleAppsScript.Document.Paragraph {
    this.attributes.HORIZONTAL_ALIGNMENT = alignment;
    return this.wrapSelf(this.kind);
  }
}

export class FakeInlineImage implements Pick<GoogleAppsScript.Document.InlineImage, 'setWidth' | 'setHeight'> {
  readonly __raw = this;
  constructor(private readonly size: { width?: number; height?: number }) {}
  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    this.size.width = width;
    return cast(this);
  }
  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    this.size.height = height;
    return cast(this);
  }
}

export class FakeListItem extends FakeParagraph {
  constructor(store: DocStore, text: string) {
    super(store, text, ElementType.LIST_ITEM);
  }
  protected override get kind(): string {
    return 'ListItem';
  }
  override clone(): FakeListItem {
    return this.copyStyleInto(new FakeListItem(this.store, ''));
  }
}

export class FakeTableCell extends FakeContainer
  implements Pick<GoogleAppsScript.Document.TableCell, 'getNumChildren' | 'getChild' | 'insertParagraph' | 'insertTable' | 'insertListItem' | 'appendParagraph' | 'setBackgroundColor' | 'setWidth' | 'getText' | 'editAsText'> {
  background: string | null = null;
  width: number | null = null;
  constructor(store: DocStore) {
    super(store, ElementType.TABLE_CELL);
  }
  clone(): FakeTableCell {
    const copy = this.cloneChildrenInto(new FakeTableCell(this.store));
    copy.background = this.background;
    copy.width = this.width;
    return copy;
  }
  plainText(): string {
    return this.getText();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    const [only, ...rest] = this.children;
    if (!(only instanceof FakeParagraph) || rest.length > 0) throw new Error('fake: the text of a cell is edited only when it has one paragraph');
    return this.store.wrap(new FakeText(only), 'Text');
  }
  setBackgroundColor(color: string | null): GoogleAppsScript.Document.TableCell {
    this.background = color;
    return this.wrapSelf('TableCell');
  }
  setWidth(width: number): GoogleAppsScript.Document.TableCell {
    this.width = width;
    return this.wrapSelf('TableCell');
  }
}

export class FakeTableRow extends FakeElement implements Pick<GoogleAppsScript.Document.TableRow, 'getNumCells' | 'getCell' | 'copy' | 'getText'> {
  cells: FakeTableCell[] = [];
  constructor(store: DocStore) {
    super(store, ElementType.TABLE_ROW);
  }
  clone(): FakeTableRow {
    const copy = new FakeTableRow(this.store);
    copy.cells = this.cells.map((c) => c.clone());
    return copy;
  }
  plainText(): string {
    return this.cells.map((c) => c.plainText()).join(' | ');
  }
  getText(): string {
    return this.plainText();
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    return this.store.wrap(this.cells[cellIndex], 'TableCell');
  }
  copy(): GoogleAppsScript.Document.TableRow {
    return this.store.wrap(this.clone(), 'TableRow');
  }
}

export class FakeTable extends FakeElement
  implements Pick<GoogleAppsScript.Document.Table, 'getNumRows' | 'getRow' | 'insertTableRow' | 'removeRow' | 'copy' | 'removeFromParent' | 'setBorderWidth' | 'setColumnWidth' | 'getCell'> {
  rows: FakeTableRow[] = [];
  borderWidth = 1;
  columnWidths: number[] = [];
  constructor(store: DocStore) {
    super(store, ElementType.TABLE);
  }
  static fromCells(store: DocStore, cells: string[][]): FakeTable {
    const table = new FakeTable(store);
    for (const rowCells of cells) {
      const row = new FakeTableRow(store);
      for (const text of rowCells) {
        const cell = new FakeTableCell(store);
        cell.adopt(new FakeParagraph(store, text));
        row.cells.push(cell);
      }
      table.rows.push(row);
    }
    return table;
  }
  clone(): FakeTable {
    const copy = new FakeTable(this.store);
    copy.rows = this.rows.map((r) => r.clone());
    copy.borderWidth = this.borderWidth;
    copy.columnWidths = [...this.columnWidths];
    return copy;
  }
  plainText(): string {
    return this.rows.map((r) => r.plainText()).join('\n');
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const row = this.rows[rowIndex];
    if (!row) throw new Error(`Exception: Row index (${rowIndex}) out of range.`);
    return this.store.wrap(row, 'TableRow');
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    return this.store.wrap(this.rows[rowIndex].cells[cellIndex], 'TableCell');
  }
  insertTableRow(childIndex: number, tableRow?: GoogleAppsScript.Document.TableRow | null): GoogleAppsScript.Document.TableRow {
    const row = tableRow ? raw(cast<FakeTableRow>(tableRow)) : new FakeTableRow(this.store);
    if (this.rows.includes(row)) throw new Error('Exception: Element must be detached.');
    this.rows.splice(childIndex, 0, row);
    return this.store.wrap(row, 'TableRow');
  }
  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    // Docs has no table of no rows; what removing the last one would do is not relied on: the table is removed instead.
    if (this.rows.length === 1) throw new Error('fake: a Docs table keeps at least one row — remove the table');
    const [row] = this.rows.splice(rowIndex, 1);
    return this.store.wrap(row, 'TableRow');
  }
  copy(): GoogleAppsScript.Document.Table {
    return this.store.wrap(this.clone(), 'Table');
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.parent?.remove(this);
    return this.wrapSelf('Table');
  }
  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    this.borderWidth = width;
    return this.wrapSelf('Table');
  }
  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    this.columnWidths[columnIndex] = width;
    return this.wrapSelf('Table');
  }
}

type BodyMethods = 'getNumChildren' | 'getChild' | 'insertParagraph' | 'insertListItem' | 'insertTable' | 'appendParagraph' | 'appendTable'
  | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' | 'setPageWidth' | 'setPageHeight' | 'getText'
  | 'getPageWidth' | 'getMarginLeft' | 'getMarginRight' | 'getParent';

export class FakeBody extends FakeContainer implements Pick<GoogleAppsScript.Document.Body, BodyMethods> {
  margins: Record<string, number> = {};
  page: Record<string, number> = {};
  constructor(store: DocStore, type: string = ElementType.BODY_SECTION) {
    super(store, type);
  }
  clone(): FakeBody {
    const copy = this.cloneChildrenInto(new FakeBody(this.store, this.type));
    copy.margins = { ...this.margins };
    copy.page = { ...this.page };
    return copy;
  }
  plainText(): string {
    return this.getText();
  }
  private setMargin(side: string, value: number): GoogleAppsScript.Document.Body {
    this.margins[side] = value;
    return this.wrapSelf('Body');
  }
  setMarginTop(v: number) { return this.setMargin('top', v); }
  setMarginBottom(v: number) { return this.setMargin('bottom', v); }
  setMarginLeft(v: number) { return this.setMargin('left', v); }
  setMarginRight(v: number) { return this.setMargin('right', v); }
  setPageWidth(v: number): GoogleAppsScript.Document.Body {
    this.page.width = v;
    return this.wrapSelf('Body');
  }
  setPageHeight(v: number): GoogleAppsScript.Document.Body {
    this.page.height = v;
    return this.wrapSelf('Body');
  }
  /** A new Google Doc is US Letter with 1-inch margins until set otherwise. */
  getPageWidth(): number {
    return this.page.width ?? 612;
  }
  getMarginLeft(): number {
    return this.margins.left ?? 72;
  }
  getMarginRight(): number {
    return this.margins.right ?? 72;
  }
  /** The body's parent is the document itself: its children are the body and every header and footer section. */
  getParent(): GoogleAppsScript.Document.ContainerElement {
    const doc = [...this.store.documents.values()].find((candidate) => candidate.body === this);
    if (!doc) throw new Error('fake: only a document body has a parent here');
    const sections = (): FakeElement[] => [doc.body, doc.header, doc.footer, ...doc.otherSections].filter((s): s is FakeBody => s !== null);
    const root = {
      getType: () => ElementType.DOCUMENT,
      getNumChildren: () => sections().length,
      getChild: (childIndex: number) => this.store.wrapElement(sections()[childIndex]),
    };
    return this.store.wrap(root, 'ContainerElement');
  }
}

export class FakeDocument implements Pick<GoogleAppsScript.Document.Document, 'getBody' | 'getHeader' | 'getFooter' | 'getId' | 'getName' | 'getUrl' | 'saveAndClose'> {
  readonly __raw = this;
  /** The default header and footer: what getHeader() and getFooter() return. */
  header: FakeBody | null = null;
  footer: FakeBody | null = null;
  /**
   * A first-page (or even-page) header or footer: Apps Script's getHeader()/getFooter() never return these; they are
   * reached only among the children of the body's parent, as in Docs.
   */
  otherSections: FakeBody[] = [];
  saved = 0;
  /** After saveAndClose() the handle is done with: Apps Script wants DocumentApp.openById() again (it reopens here). */
  closed = false;
  constructor(readonly store: DocStore, readonly id: string, public name: string, public body: FakeBody = new FakeBody(store)) {}
  private open(): void {
    if (this.closed) throw new Error('Exception: Document is closed, its contents cannot be updated.');
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.open();
    return this.store.wrap(this.body, 'Body');
  }
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.open();
    return cast(this.header ? this.store.wrap(this.header, 'HeaderSection') : null);
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.open();
    return cast(this.footer ? this.store.wrap(this.footer, 'FooterSection') : null);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    this.open();
    return this.name;
  }
  getUrl(): string {
    this.open();
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  saveAndClose(): void {
    this.open();
    this.saved++;
    this.closed = true;
  }
  /** The document as lines: paragraphs, table rows as «a | b». */
  lines(): string[] {
    const out: string[] = [];
    for (const child of this.body.children) {
      if (child instanceof FakeTable) for (const row of child.rows) out.push(row.cells.map((c) => c.children.map((x) => x.plainText()).join('\n')).join(' | '));
      else out.push(child.plainText());
    }
    return out;
  }
}

export class FakeDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, 'openById' | 'create'> {
  readonly ElementType = ElementType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly Attribute = Attribute;
  constructor(private readonly store: DocStore) {}
  openById(id: string): GoogleAppsScript.Document.Document {
    const doc = this.store.documents.get(id);
    if (!doc) throw new Error(`Exception: Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    doc.closed = false;
    return this.store.wrap(doc, 'Document');
  }
  create(name: string): GoogleAppsScript.Document.Document {
    const doc = this.store.newDocument(name);
    // A new Google Doc has one empty paragraph.
    doc.body.adopt(new FakeParagraph(this.store, ''));
    return this.store.wrap(doc, 'Document');
  }
}

// ------------------------------------------------------------------------------------------------ Drive

export class FakeBlob implements Pick<GoogleAppsScript.Base.Blob, 'getName' | 'setName' | 'getContentType' | 'getDataAsString'> {
  readonly __raw = this;
  constructor(public name: string, readonly contentType: string, readonly data: string) {}
  getName(): string {
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return cast(this);
  }
  getContentType(): string {
    return this.contentType;
  }
  getDataAsString(): string {
    return this.data;
  }
}

/** Drive's rule for a sharing address, close enough: one «@», no spaces, a dot in the domain. */
const DRIVE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class FakeFile implements Pick<GoogleAppsScript.Drive.File, 'getId' | 'getName' | 'getUrl' | 'makeCopy' | 'getAs' | 'getBlob' | 'setTrashed' | 'isTrashed' | 'moveTo' | 'setName' | 'getMimeType' | 'addViewer'> {
  readonly __raw = this;
  trashed = false;
  viewers: string[] = [];
  constructor(readonly store: DocStore, readonly id: string, public name: string, public folder: FakeFolder | null, readonly mimeType: string, readonly blob?: FakeBlob) {}
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Drive.File {
    this.name = name;
    // A Google Doc's name is its file's name.
    const doc = this.store.documents.get(this.id);
    if (doc) doc.name = name;
    return this.store.wrap(this, 'File');
  }
  getMimeType(): string {
    return this.mimeType;
  }
  getUrl(): string {
    return this.mimeType === MIME.doc ? `https://docs.google.com/document/d/${this.id}/edit` : `https://drive.google.com/file/d/${this.id}/view`;
  }
  makeCopy(...args: unknown[]): GoogleAppsScript.Drive.File {
    const [name, destination] = args as [string, GoogleAppsScript.Drive.Folder];
    if (typeof name !== 'string' || !destination) throw new Error('fake: the product copies templates with a name and a folder');
    const source = this.store.documents.get(this.id);
    if (!source) throw new Error('fake: only Google Docs are copied');
    const doc = this.store.newDocument(name, source.body.clone());
    doc.header = source.header?.clone() ?? null;
    doc.footer = source.footer?.clone() ?? null;
    const copy = this.store.files.get(doc.id) as FakeFile;
    raw(cast<FakeFolder>(destination)).add(copy);
    return this.store.wrap(copy, 'File');
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const doc = this.store.documents.get(this.id);
    if (!doc || contentType !== MIME.pdf) throw new Error(`fake: cannot convert ${this.name} to ${contentType}`);
    if (doc.saved === 0) throw new Error('fake: the PDF of an unsaved document misses the changes: call saveAndClose() first');
    return this.store.wrap(new FakeBlob(`${this.name}.pdf`, MIME.pdf, doc.lines().join('\n')), 'Blob');
  }
  /** A stored file's content (a text file Folder.createFile made); a Google Doc's blob is a conversion the product never asks for. */
  getBlob(): GoogleAppsScript.Base.Blob {
    if (!this.blob) throw new Error(`fake: ${this.name} has no content of its own`);
    if (this.store.failingReads.has(this.name)) throw new Error('Exception: Service error: Drive');
    return this.store.wrap(this.blob, 'Blob');
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.File {
    this.trashed = trashed;
    return this.store.wrap(this, 'File');
  }
  isTrashed(): boolean {
    return this.trashed;
  }
  addViewer(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    const email = String(emailAddress);
    if (!DRIVE_EMAIL.test(email)) throw new Error(`Exception: Invalid argument: ${email}`);
    if (!this.viewers.includes(email)) this.viewers.push(email);
    return this.store.wrap(this, 'File');
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    this.folder?.files.splice(this.folder.files.indexOf(this), 1);
    raw(cast<FakeFolder>(destination)).add(this);
    return this.store.wrap(this, 'File');
  }
}

class FakeFileIterator implements Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next' | 'getContinuationToken'> {
  private index = 0;
  constructor(private readonly store: DocStore, private readonly files: FakeFile[]) {}
  hasNext(): boolean {
    return this.index < this.files.length;
  }
  next(): GoogleAppsScript.Drive.File {
    // Drive throws when no items remain.
    if (this.index >= this.files.length) throw new Error('Exception: Cannot retrieve the next object: iterator has reached the end.');
    return this.store.wrap(this.files[this.index++], 'File');
  }
  /** «A continuation token that can be used to resume this iteration with the items that remained in the iterator». */
  getContinuationToken(): string {
    const token = this.store.nextId('token');
    this.store.tokens.set(token, this.files.slice(this.index));
    return token;
  }
}

class FakeFolderIterator implements Pick<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next'> {
  private index = 0;
  constructor(private readonly store: DocStore, private readonly folders: FakeFolder[]) {}
  hasNext(): boolean {
    return this.index < this.folders.length;
  }
  next(): GoogleAppsScript.Drive.Folder {
    return this.store.wrap(this.folders[this.index++], 'Folder');
  }
}

/**
 * Drive lists a folder's trashed files and subfolders too (getFiles, getFilesByName, getFoldersByName): a product
 * that must not count them checks isTrashed(), as here.
 */
export class FakeFolder implements Pick<GoogleAppsScript.Drive.Folder, 'getId' | 'getName' | 'getUrl' | 'createFile' | 'getFiles' | 'getFilesByName' | 'createFolder' | 'getFoldersByName' | 'isTrashed' | 'setTrashed'> {
  readonly __raw = this;
  files: FakeFile[] = [];
  folders: FakeFolder[] = [];
  trashed = false;
  constructor(readonly store: DocStore, readonly id: string, readonly name: string) {}
  add(file: FakeFile): void {
    file.folder = this;
    this.files.push(file);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  createFile(blob: GoogleAppsScript.Base.BlobSource | string, ...rest: unknown[]): GoogleAppsScript.Drive.File {
    const b = typeof blob === 'string' ? new FakeBlob(blob, String(rest[1] ?? 'text/plain'), String(rest[0] ?? '')) : raw(cast<FakeBlob>(blob));
    const file = new FakeFile(this.store, this.store.nextId('file'), b.name, null, b.contentType, b);
    this.store.files.set(file.id, file);
    this.add(file);
    return this.store.wrap(file, 'File');
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return this.store.wrap(new FakeFileIterator(this.store, [...this.files]), 'FileIterator');
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return this.store.wrap(new FakeFileIterator(this.store, this.files.filter((f) => f.name === name)), 'FileIterator');
  }
  isTrashed(): boolean {
    return this.trashed;
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.Folder {
    this.trashed = trashed;
    return this.store.wrap(this, 'Folder');
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    const folder = this.store.newFolder(name);
    this.folders.push(folder);
    return this.store.wrap(folder, 'Folder');
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return this.store.wrap(new FakeFolderIterator(this.store, this.folders.filter((f) => f.name === name)), 'FolderIterator');
  }
  /** The live subfolder of that name, for assertions. */
  sub(name: string): FakeFolder {
    const found = this.folders.find((f) => f.name === name && !f.trashed);
    if (!found) throw new Error(`no subfolder ${name}`);
    return found;
  }
  /** Live (not trashed) files, for assertions. */
  live(): FakeFile[] {
    return this.files.filter((f) => !f.trashed);
  }
}

export class FakeDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById' | 'getRootFolder' | 'createFolder' | 'continueFileIterator'> {
  constructor(private readonly store: DocStore) {}
  continueFileIterator(continuationToken: string): GoogleAppsScript.Drive.FileIterator {
    const files = this.store.tokens.get(continuationToken);
    if (!files) throw new Error('Exception: Invalid argument: continuationToken');
    return this.store.wrap(new FakeFileIterator(this.store, files), 'FileIterator');
  }
  getFileById(id: string): GoogleAppsScript.Drive.File {
    const file = this.store.files.get(id);
    if (!file) throw new Error(`Exception: No item with the given ID could be found. (${id})`);
    return this.store.wrap(file, 'File');
  }
  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    const folder = this.store.folders.get(id);
    if (!folder) throw new Error(`Exception: No item with the given ID could be found, or you do not have permission to access it. (${id})`);
    return this.store.wrap(folder, 'Folder');
  }
  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return this.store.wrap(this.store.root, 'Folder');
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    const folder = this.store.newFolder(name);
    this.store.root.folders.push(folder);
    return this.store.wrap(folder, 'Folder');
  }
}

export const MIME = { doc: 'application/vnd.google-apps.document', pdf: 'application/pdf' } as const;

// ------------------------------------------------------------------------------------------------ Mail, properties, triggers, locks

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  attachments: string[];
}

export class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  sent: SentMail[] = [];
  constructor(public quota = 100) {}
  getRemainingDailyQuota(): number {
    return this.quota;
  }
  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void {
    if (this.quota <= 0) throw new Error('Exception: Service invoked too many times for one day: email.');
    // MailApp refuses an address it cannot send to, in English, before anything is sent.
    for (const to of String(message.to ?? '').split(',')) {
      if (!DRIVE_EMAIL.test(to.trim())) throw new Error(`Exception: Invalid email: ${to.trim()}`);
    }
    this.quota--;
    const attachments = (cast<FakeBlob[]>(message.attachments ?? [])).map((b) => raw(b).name);
    this.sent.push({ to: message.to ?? '', subject: message.subject ?? '', body: message.body ?? '', attachments });
  }
}

export class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'> {
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    // Apps Script's quotas count bytes: 9 KB a value, 500 KB a store (Cyrillic takes two bytes a letter).
    if (Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Exception: Argument too large: value');
    const others = [...this.values].filter(([k]) => k !== key).reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v, 'utf8'), 0);
    if (others + Buffer.byteLength(key + value, 'utf8') > 500 * 1024) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    this.values.set(key, value);
    return cast(this);
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.values.delete(key);
    return cast(this);
  }
}

/** Apps Script allows a user 20 triggers per script; one more is refused. */
export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS = 'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export class FakeTrigger implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'> {
  constructor(readonly handler: string, readonly afterMs: number, readonly id: string) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
}

class FakeTriggerBuilder {
  private ms = 0;
  constructor(private readonly app: FakeScriptApp, private readonly handler: string) {}
  timeBased(): this {
    return this;
  }
  after(durationMilliseconds: number): this {
    this.ms = durationMilliseconds;
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (this.app.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    const trigger = new FakeTrigger(this.handler, this.ms, `trigger-${this.app.triggers.length + 1}`);
    this.app.triggers.push(trigger);
    return cast(trigger);
  }
}

export class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger'> {
  triggers: FakeTrigger[] = [];
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return cast(new FakeTriggerBuilder(this, functionName));
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return cast([...this.triggers]);
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.triggers = this.triggers.filter((t) => t.id !== raw(cast<FakeTrigger>(trigger)).id);
  }
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> {
  held = false;
  tryLock(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.held = false;
  }
}

// ------------------------------------------------------------------------------------------------ Charts

class FakeDataTableBuilder implements Pick<GoogleAppsScript.Charts.DataTableBuilder, 'addColumn' | 'addRow'> {
  columns: string[] = [];
  rows: unknown[][] = [];
  addColumn(_type: GoogleAppsScript.Charts.ColumnType, label: string): GoogleAppsScript.Charts.DataTableBuilder {
    this.columns.push(label);
    return cast(this);
  }
  addRow(values: unknown[]): GoogleAppsScript.Charts.DataTableBuilder {
    if (values.length !== this.columns.length) throw new Error('Exception: row length does not match the columns');
    this.rows.push(values);
    return cast(this);
  }
}

type ColumnChartMethods = 'setDataTable' | 'setTitle' | 'setYAxisTitle' | 'setColors' | 'setLegendPosition' | 'setDimensions' | 'setRange' | 'build';

class FakeColumnChartBuilder implements Pick<GoogleAppsScript.Charts.ColumnChartBuilder, ColumnChartMethods> {
  spec: Record<string, unknown> = {};
  constructor(private readonly charts: FakeCharts) {}
  private set(key: string, value: unknown): GoogleAppsScript.Charts.ColumnChartBuilder {
    this.spec[key] = value;
    return cast(this);
  }
  setDataTable(table: unknown) { return this.set('data', raw(cast<FakeDataTableBuilder>(table)).rows); }
  setTitle(title: string) { return this.set('title', title); }
  setYAxisTitle(title: string) { return this.set('yTitle', title); }
  setColors(colors: string[]) { return this.set('colors', colors); }
  setLegendPosition(position: GoogleAppsScript.Charts.Position) { return this.set('legend', position); }
  setDimensions(width: number, height: number) { return this.set('size', [width, height]); }
  setRange(start: number, end: number) { return this.set('range', [start, end]); }
  build(): GoogleAppsScript.Charts.Chart {
    this.charts.built.push(this.spec);
    const spec = this.spec;
    return cast({ getAs: (type: string) => cast(new FakeBlob('chart.png', type, JSON.stringify(spec))) });
  }
}

export class FakeCharts implements Pick<GoogleAppsScript.Charts.Charts, 'newDataTable' | 'newColumnChart'> {
  readonly ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER' };
  readonly Position = { BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', TOP: 'TOP', NONE: 'NONE' };
  built: Record<string, unknown>[] = [];
  newDataTable(): GoogleAppsScript.Charts.DataTableBuilder {
    return cast(new FakeDataTableBuilder());
  }
  newColumnChart(): GoogleAppsScript.Charts.ColumnChartBuilder {
    return cast(new FakeColumnChartBuilder(this));
  }
}

// ------------------------------------------------------------------------------------------------ the store

export class DocStore {
  readonly log: CallLog;
  readonly documents = new Map<string, FakeDocument>();
  readonly files = new Map<string, FakeFile>();
  readonly folders = new Map<string, FakeFolder>();
  readonly root: FakeFolder;
  /** What each continuation token resumes with (the files left when it was made). */
  readonly tokens = new Map<string, FakeFile[]>();
  /** Names of files whose reading fails with a passing Drive error. */
  readonly failingReads = new Set<string>();
  private ids = 0;
  constructor(log = new CallLog()) {
    this.log = log;
    this.root = this.newFolder('Мой диск');
  }
  nextId(prefix: string): string {
    // Drive ids are long; links are parsed by their shape.
    return `${prefix}-${String(++this.ids).padStart(12, '0')}`;
  }
  newFolder(name: string): FakeFolder {
    const folder = new FakeFolder(this, this.nextId('folder'), name);
    this.folders.set(folder.id, folder);
    return folder;
  }
  newDocument(name: string, body?: FakeBody): FakeDocument {
    const doc = new FakeDocument(this, this.nextId('doc'), name, body);
    this.documents.set(doc.id, doc);
    const file = new FakeFile(this, doc.id, name, null, MIME.doc);
    this.files.set(doc.id, file);
    this.root.add(file);
    return doc;
  }
  wrap<T>(object: object, kind: string): T {
    return cast(counted(object, kind, this.log));
  }
  wrapElement(element: FakeElement): GoogleAppsScript.Document.Element {
    // An Element only answers its type, the as*() casts and copy(); each of them is counted like any call.
    const view = {
      __raw: element,
      getType: () => element.type,
      asParagraph: () => element.asParagraph(),
      asListItem: () => element.asListItem(),
      asTable: () => element.asTable(),
      asHeaderSection: () => element.asHeaderSection(),
      asFooterSection: () => element.asFooterSection(),
      copy: () => this.wrapElement(element.clone()),
    };
    return this.wrap(view, 'Element');
  }
}

export interface DocFakes {
  store: DocStore;
  documentApp: FakeDocumentApp;
  driveApp: FakeDriveApp;
  mail: FakeMailApp;
  documentProperties: FakeProperties;
  scriptApp: FakeScriptApp;
  lock: FakeLock;
  charts: FakeCharts;
  globals: Record<string, unknown>;
}

export function createDocFakes(log?: CallLog): DocFakes {
  const store = new DocStore(log);
  const documentApp = new FakeDocumentApp(store);
  const driveApp = new FakeDriveApp(store);
  const mail = new FakeMailApp();
  const documentProperties = new FakeProperties();
  const scriptApp = new FakeScriptApp();
  const lock = new FakeLock();
  const charts = new FakeCharts();
  return {
    store, documentApp, driveApp, mail, documentProperties, scriptApp, lock, charts,
    globals: {
      Charts: store.wrap(charts, 'Charts'),
      DocumentApp: store.wrap(documentApp, 'DocumentApp'),
      DriveApp: store.wrap(driveApp, 'DriveApp'),
      MailApp: store.wrap(mail, 'MailApp'),
      PropertiesService: store.wrap({ getDocumentProperties: () => store.wrap(documentProperties, 'Properties') }, 'PropertiesService'),
      ScriptApp: store.wrap(scriptApp, 'ScriptApp'),
      LockService: store.wrap({ getScriptLock: () => store.wrap(lock, 'Lock') }, 'LockService'),
      Docs: { Documents: store.wrap(new FakeDocsDocuments(store), 'Docs.Documents') },
    },
  };
}

/** A Google Doc in the fake Drive built from an outline of paragraphs (strings) and tables (string[][]), as a template. */
export function docFrom(store: DocStore, name: string, blocks: (string | string[][])[], folder?: FakeFolder): FakeDocument {
  const doc = store.newDocument(name);
  for (const block of blocks) {
    if (typeof block === 'string') doc.body.adopt(new FakeParagraph(store, block));
    else doc.body.adopt(FakeTable.fromCells(store, block));
  }
  if (folder) (store.files.get(doc.id) as FakeFile).moveTo(cast(folder));
  return doc;
}

export type { D };
