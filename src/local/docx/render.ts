/**
 * Fills a .docx template: reads its outline, asks the domain for the plan, and executes it on the XML (repeated
 * rows and paragraphs are copies of the template's own, so the curator's formatting carries over).
 */
import JSZip from 'jszip';
import { planRender, type ChartSpec, type OutlineBlock, type PlannedBlock, type PlannedRow, type TemplateData, type TemplateProblem, type TemplateSchema } from '../../domain/documents/template';
import { ChartParts } from './chart';
import { applyParagraphEdits, paragraphText } from './paragraph';
import { childElements, isW, parseXml, serializeXml, wChildren, wDescendants, type XmlElement, type XmlNode } from './xml';

export type DocxResult = { ok: true; docx: Buffer } | { ok: false; problems: TemplateProblem[] };

const isBlock = (e: XmlElement): boolean => isW(e, 'p') || isW(e, 'tbl');

function outlineOf(container: XmlElement): OutlineBlock[] {
  return childElements(container).filter(isBlock).map((e) => isW(e, 'p')
    ? { kind: 'paragraph', text: paragraphText(e) }
    : { kind: 'table', rows: wChildren(e, 'tr').map((tr) => ({ cells: wChildren(tr, 'tc').map(outlineOf) })) });
}

/** Paragraphs outside the outline that may still hold plain fields: text boxes, content controls, headers, footers. */
function extraParagraphs(root: XmlNode, inOutline: boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlNode, outside: boolean): void => {
    for (const e of childElements(node)) {
      if (isW(e, 'p') && outside) out.push(e);
      const entersOutside = outside || isW(e, 'txbxContent') || isW(e, 'sdtContent');
      walk(e, entersOutside);
    }
  };
  walk(root, !inOutline);
  return out;
}

type PlaceChart = (paragraph: XmlElement, spec: ChartSpec) => void;

/** Repeat or drop the container's blocks as planned; copies are taken from the untouched template blocks. */
function realizeBlocks(container: XmlElement, planned: readonly PlannedBlock[], chart: PlaceChart): void {
  const blocks = childElements(container).filter(isBlock);
  const bySource = new Map<number, PlannedBlock[]>();
  for (const p of planned) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  blocks.forEach((node, index) => {
    const uses = bySource.get(index) ?? [];
    if (uses.length === 0) {
      container.removeChild(node);
      return;
    }
    const copies = uses.slice(1).map(() => node.cloneNode(true) as XmlElement);
    let after: XmlNode = node;
    for (const copy of copies) {
      container.insertBefore(copy, after.nextSibling);
      after = copy;
    }
    [node, ...copies].forEach((element, k) => realizeBlock(element, uses[k], chart));
  });
}

function realizeBlock(element: XmlElement, planned: PlannedBlock, chart: PlaceChart): void {
  if (planned.kind === 'table') {
    realizeRows(element, planned.rows, chart);
    return;
  }
  applyParagraphEdits(element, planned.edits);
  if (planned.chart) chart(element, planned.chart);
}

function realizeRows(table: XmlElement, planned: readonly PlannedRow[], chart: PlaceChart): void {
  const rows = wChildren(table, 'tr');
  const bySource = new Map<number, PlannedRow[]>();
  for (const r of planned) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  rows.forEach((row, index) => {
    const uses = bySource.get(index) ?? [];
    if (uses.length === 0) {
      table.removeChild(row);
      return;
    }
    const copies = uses.slice(1).map(() => row.cloneNode(true) as XmlElement);
    let after: XmlNode = row;
    for (const copy of copies) {
      table.insertBefore(copy, after.nextSibling);
      after = copy;
    }
    [row, ...copies].forEach((element, k) => {
      const cells = wChildren(element, 'tc');
      uses[k].cells.forEach((cellPlan, c) => {
        if (cells[c]) realizeBlocks(cells[c], cellPlan, chart);
      });
    });
  });
}

const HEADER_FOOTER = /^word\/(header|footer)\d*\.xml$/;

/** Fill the template with the data; a template the domain refuses yields its problems and no file. */
export async function renderDocx(template: Uint8Array, schema: TemplateSchema, data: TemplateData): Promise<DocxResult> {
  const zip = await JSZip.loadAsync(template);
  const main = zip.file('word/document.xml');
  if (!main) return { ok: false, problems: [{ message: `Шаблон «${schema.document}» — не документ Word (.docx): в нём нет word/document.xml.` }] };
  const doc = parseXml(await main.async('string'), 'word/document.xml');
  const body = wDescendants(doc, 'body')[0];
  const parts = [{ name: 'word/document.xml', doc, paragraphs: extraParagraphs(body, true) }];
  for (const name of Object.keys(zip.files).filter((n) => HEADER_FOOTER.test(n)).sort()) {
    const partDoc = parseXml(await (zip.file(name) as JSZip.JSZipObject).async('string'), name);
    parts.push({ name, doc: partDoc, paragraphs: extraParagraphs(partDoc, false) });
  }
  const extras = parts.flatMap((p) => p.paragraphs);
  const plan = planRender(outlineOf(body), schema, data, extras.map(paragraphText));
  if (!plan.ok) return { ok: false, problems: plan.problems };
  // Extras first: realising the body moves and copies nodes, but text boxes inside them are filled already.
  extras.forEach((p, i) => applyParagraphEdits(p, plan.extras[i]));
  const charts = new ChartParts(doc);
  realizeBlocks(body, plan.blocks, (paragraph, spec) => charts.place(paragraph, spec));
  await charts.addTo(zip);
  const leftover: string[] = [];
  for (const part of parts) {
    for (const p of wDescendants(part.doc, 'p')) {
      const text = paragraphText(p);
      if (text.includes('{{') || text.includes('}}')) leftover.push(text.trim());
    }
    zip.file(part.name, serializeXml(part.doc));
  }
  if (leftover.length > 0) {
    return { ok: false, problems: [{ message: `В шаблоне «${schema.document}» осталась незаполненная метка: «${leftover[0]}». Метки в фигурных скобках работают в тексте, таблицах, надписях и колонтитулах; проверьте, что метка набрана целиком.` }] };
  }
  return { ok: true, docx: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}
