/**
 * Default templates as data: paragraphs and tables with the little formatting an official document needs
 * (ГОСТ Р 7.0.97-2016: margins 20/10/20/20 mm, Times New Roman, first-line indent 1.25 cm). The DOCX writer and the
 * Google Docs template writer both materialise this, so the two default templates say the same thing.
 */
import type { OutlineBlock } from './template';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface LayoutParagraph {
  kind: 'paragraph';
  spans: Span[];
  align?: Align;
  /** Points; the document's size when absent. */
  size?: number;
  /** First-line indent of body text (1.25 cm). */
  indent?: boolean;
  /** Points of space before and after the paragraph. */
  spaceBefore?: number;
  spaceAfter?: number;
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
}

export interface LayoutCell {
  blocks: LayoutParagraph[];
  /** Column header shading. */
  header?: boolean;
}

export interface LayoutTable {
  kind: 'table';
  /** Column widths in millimetres; they add up to the text width. */
  widths: number[];
  borders: boolean;
  /** Rows repeated at the top of each page (the column headers). */
  headerRows: number;
  /** Points, for every cell. */
  size?: number;
  /** Keep the whole table with what follows (Word: every paragraph in it keeps with the next), e.g. before a signature. */
  keepWithNext?: boolean;
  rows: LayoutCell[][];
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface DocumentLayout {
  /** Millimetres, ГОСТ Р 7.0.97: left 20, right 10, top 20, bottom 20. */
  margins: { top: number; right: number; bottom: number; left: number };
  landscape: boolean;
  font: string;
  /** Points. */
  size: number;
  blocks: LayoutBlock[];
}

export const A4 = { width: 210, height: 297 };
export const GOST_MARGINS = { top: 20, right: 10, bottom: 20, left: 20 };

export function textWidth(layout: DocumentLayout): number {
  const width = layout.landscape ? A4.height : A4.width;
  return width - layout.margins.left - layout.margins.right;
}

type ParagraphOptions = Omit<LayoutParagraph, 'kind' | 'spans'> & { bold?: boolean; italic?: boolean };

/** A paragraph from one string or from spans; «bold»/«italic» apply to plain strings. */
export function para(content: string | Span[], options: ParagraphOptions = {}): LayoutParagraph {
  const { bold, italic, ...rest } = options;
  const spans = typeof content === 'string' ? [{ text: content, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }] : content;
  return { kind: 'paragraph', spans, ...rest };
}

/** Body text: justified with a first-line indent. */
export function text(content: string | Span[], options: ParagraphOptions = {}): LayoutParagraph {
  return para(content, { align: 'justify', indent: true, ...options });
}

export function empty(): LayoutParagraph {
  return para('');
}

/** A small space, e.g. after a table. */
export function gap(): LayoutParagraph {
  return para('', { size: 6 });
}

export function cell(content: string | LayoutParagraph[], options: { header?: boolean; align?: Align; bold?: boolean } = {}): LayoutCell {
  const blocks = typeof content === 'string'
    ? [para(content, { align: options.align ?? (options.header ? 'center' : 'left'), bold: options.bold ?? options.header })]
    : content;
  return { blocks, ...(options.header ? { header: true } : {}) };
}

export function grid(widths: number[], rows: LayoutCell[][], options: { borders?: boolean; headerRows?: number; size?: number; keepWithNext?: boolean } = {}): LayoutTable {
  return {
    kind: 'table', widths, rows, borders: options.borders ?? true, headerRows: options.headerRows ?? 0,
    ...(options.size ? { size: options.size } : {}), ...(options.keepWithNext ? { keepWithNext: true } : {}),
  };
}

export function paragraphText(p: LayoutParagraph): string {
  return p.spans.map((s) => s.text).join('');
}

/** What a renderer would read back from a document written from this layout. */
export function outlineOf(blocks: readonly LayoutBlock[]): OutlineBlock[] {
  return blocks.map((block) => block.kind === 'paragraph'
    ? { kind: 'paragraph', text: paragraphText(block) }
    : { kind: 'table', rows: block.rows.map((row) => ({ cells: row.map((c) => outlineOf(c.blocks)) })) });
}
