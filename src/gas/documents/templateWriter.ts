/**
 * Creates a default template as a Google Doc from the domain's layout (the same layout the DOCX writer uses): A4,
 * ГОСТ Р 7.0.97 margins, Times New Roman, tables with the placeholders. The curator then edits it in Google Docs.
 */
import { A4, type DocumentLayout, type LayoutParagraph, type LayoutTable, paragraphText } from '../../domain/documents/layout';
import { unfinishedName } from './make';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const POINTS_PER_MM = 72 / 25.4;
const pt = (mm: number): number => Math.round(mm * POINTS_PER_MM * 100) / 100;
/** 1.25 cm, the first-line indent of official texts. */
const FIRST_LINE_INDENT = pt(12.5);

function alignment(align: LayoutParagraph['align']): GoogleAppsScript.Document.HorizontalAlignment {
  const A = DocumentApp.HorizontalAlignment;
  return align === 'center' ? A.CENTER : align === 'right' ? A.RIGHT : align === 'justify' ? A.JUSTIFY : A.LEFT;
}

/** All paragraph formatting in one setAttributes call. */
function format(paragraph: Paragraph, p: LayoutParagraph, layout: DocumentLayout, size: number | undefined, inCell: boolean): void {
  const A = DocumentApp.Attribute;
  const attributes: Record<string, unknown> = {
    [A.FONT_FAMILY]: layout.font,
    [A.FONT_SIZE]: p.size ?? size ?? layout.size,
    [A.HORIZONTAL_ALIGNMENT]: alignment(p.align),
    [A.LINE_SPACING]: 1,
    [A.SPACING_BEFORE]: p.spaceBefore ?? 0,
    [A.SPACING_AFTER]: p.spaceAfter ?? 0,
    [A.INDENT_FIRST_LINE]: p.indent && !inCell ? FIRST_LINE_INDENT : 0,
    [A.BOLD]: p.spans.length > 0 && p.spans.every((s) => s.bold),
  };
  paragraph.setAttributes(attributes);
  // Mixed formatting (a bold label before a value) is set span by span.
  if (p.spans.some((s) => s.bold) && !p.spans.every((s) => s.bold)) {
    const text = paragraph.editAsText();
    let at = 0;
    for (const span of p.spans) {
      if (span.bold && span.text) text.setBold(at, at + span.text.length - 1, true);
      at += span.text.length;
    }
  }
}

/** The body's last child when it is an empty paragraph (the one Docs keeps after a closing table), else null. */
function emptyLastParagraph(body: Body): Paragraph | null {
  const last = body.getChild(body.getNumChildren() - 1);
  if (last.getType() !== DocumentApp.ElementType.PARAGRAPH) return null;
  const paragraph = last.asParagraph();
  return paragraph.getText() === '' ? paragraph : null;
}

function writeTable(body: Body, t: LayoutTable, layout: DocumentLayout): void {
  const table = body.appendTable(t.rows.map((row) => row.map((c) => (c.blocks[0] ? paragraphText(c.blocks[0]) : ''))));
  table.setBorderWidth(t.borders ? 0.5 : 0);
  t.widths.forEach((mm, i) => table.setColumnWidth(i, pt(mm)));
  t.rows.forEach((row, r) => row.forEach((c, i) => {
    const cell = table.getCell(r, i);
    if (c.header) cell.setBackgroundColor('#f2f2f2');
    const [first, ...rest] = c.blocks;
    if (first) format(cell.getChild(0).asParagraph(), first, layout, t.size, true);
    for (const p of rest) format(cell.appendParagraph(paragraphText(p)), p, layout, t.size, true);
  }));
}

/**
 * A new Google Doc named `name` in `folder`, holding the layout; returns it saved and closed. It gets its name only
 * when written whole: a template is never rewritten once it exists, so one cut short by a Google service error or the
 * time limit must not pass for it (it is trashed, or keeps the temporary name).
 */
export function writeTemplateDoc(layout: DocumentLayout, name: string, folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
  const doc = DocumentApp.create(unfinishedName(name));
  const file = DriveApp.getFileById(doc.getId());
  try {
    file.moveTo(folder);
    writeLayout(doc, layout);
    file.setName(name);
    return file;
  } catch (error) {
    try {
      file.setTrashed(true);
    } catch {
      // It keeps the temporary name, which no template lookup matches.
    }
    throw error;
  }
}

function writeLayout(doc: GoogleAppsScript.Document.Document, layout: DocumentLayout): void {
  const body = doc.getBody();
  const [width, height] = layout.landscape ? [A4.height, A4.width] : [A4.width, A4.height];
  body.setPageWidth(pt(width)).setPageHeight(pt(height));
  body.setMarginTop(pt(layout.margins.top)).setMarginBottom(pt(layout.margins.bottom)).setMarginLeft(pt(layout.margins.left)).setMarginRight(pt(layout.margins.right));
  // A new document starts with one empty paragraph, and Docs adds one after a table that ends the body (a body always
  // ends with a paragraph): the next paragraph block goes into such a one, so no empty line is left over.
  let vacant: Paragraph | null = body.getChild(0).asParagraph();
  layout.blocks.forEach((block) => {
    if (block.kind === 'table') {
      writeTable(body, block, layout);
      vacant = emptyLastParagraph(body);
      return;
    }
    const paragraph = vacant ?? body.appendParagraph(paragraphText(block));
    if (vacant) paragraph.editAsText().setText(paragraphText(block));
    vacant = null;
    format(paragraph, block, layout, undefined, false);
  });
  if (layout.blocks[0]?.kind === 'table') {
    // The document's initial paragraph is left above a leading table; Docs may refuse to remove it, then it stays empty.
    try {
      body.getChild(0).asParagraph().removeFromParent();
    } catch {
      // An empty line above the table is harmless.
    }
  }
  doc.saveAndClose();
}
