/**
 * Documents of a batch made with the Docs API: the template is read once (Docs.Documents.get), and each document is a
 * Drive copy of it filled by one Docs.Documents.batchUpdate whose requests the domain computes (docsRequests.ts): about
 * five Google calls a document instead of hundreds through DocumentApp. A document the fast path cannot fill the same
 * way (a chart, an unusual table) is made through DocumentApp (make.ts), as before.
 */
import type { BuiltDocument, DocumentDefinition } from '../../domain/documents/catalog';
import {
  docsExtras, docsOutline, docsRequests, leftoverProblem, type DocsBlock, type DocsParagraph, type DocsSegment, type DocsTemplate,
} from '../../domain/documents/docsRequests';
import { planRender } from '../../domain/documents/template';
import { copyAndFill, makeDocument, type MadeDocument } from './make';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

function paragraphOf(element: Element, paragraph: GoogleAppsScript.Docs.Schema.Paragraph): DocsParagraph {
  let text = '';
  const at: number[] = [];
  for (const run of paragraph.elements ?? []) {
    const content = run.textRun?.content;
    if (content === undefined) continue;
    const start = run.startIndex ?? 0;
    for (let k = 0; k < content.length; k++) {
      if (content[k] === '\n') continue;
      // A line break inside a paragraph reads «\r» in DocumentApp, where the placeholder syntax was first written.
      text += content[k] === '\u000b' ? '\r' : content[k];
      at.push(start + k);
    }
  }
  const alignment = paragraph.paragraphStyle?.alignment;
  // The closing «\n» may carry a style of its own: the text's style is what counts.
  const runs = (paragraph.elements ?? []).filter((run) => run.textRun && run.textRun.content !== '\n');
  const styles = new Set((runs.length > 0 ? runs : paragraph.elements ?? []).map((run) => JSON.stringify(run.textRun?.textStyle ?? {})));
  const style = styles.size === 1 ? (JSON.parse([...styles][0]) as Record<string, unknown>) : undefined;
  return { kind: 'paragraph', start: element.startIndex ?? 0, end: element.endIndex ?? 0, text, at, ...(alignment ? { alignment } : {}), ...(style ? { style } : {}) };
}

function blocksOf(content: readonly Element[] | undefined): DocsBlock[] {
  const blocks: DocsBlock[] = [];
  for (const element of content ?? []) {
    if (element.paragraph) blocks.push(paragraphOf(element, element.paragraph));
    else if (element.table) {
      blocks.push({
        kind: 'table', start: element.startIndex ?? 0, end: element.endIndex ?? 0,
        rows: (element.table.tableRows ?? []).map((row) => ({
          start: row.startIndex ?? 0, end: row.endIndex ?? 0, cells: (row.tableCells ?? []).map((cell) => blocksOf(cell.content)),
        })),
      });
    }
  }
  return blocks;
}

/** Every paragraph of a header or footer, those of a letterhead table included. */
function flatParagraphs(blocks: readonly DocsBlock[]): DocsParagraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((row) => row.cells.flatMap((cell) => flatParagraphs(cell)))));
}

/** The template's structure with indices, read once per batch; undefined where the Docs service is not enabled. */
export function readDocsTemplate(template: File): DocsTemplate | undefined {
  if (typeof Docs === 'undefined' || !Docs?.Documents) return undefined;
  let doc: GoogleAppsScript.Docs.Schema.Document;
  try {
    doc = Docs.Documents.get(template.getId());
  } catch {
    // The template cannot be read through the API (a passing error, not a Google Doc): the slice makes its programmes
    // through DocumentApp, which says what is wrong with the template if anything is.
    return undefined;
  }
  const segments: DocsSegment[] = [];
  for (const sections of [doc.headers, doc.footers]) {
    for (const [id, section] of Object.entries(sections ?? {})) segments.push({ id, paragraphs: flatParagraphs(blocksOf(section.content)) });
  }
  return { body: blocksOf(doc.body?.content), segments };
}

/**
 * One document: checked and planned before anything is made (a template problem or a placeholder that would stay
 * makes no copy), then a copy under a temporary name, one batchUpdate, its own name. A copy that fails is trashed.
 */
export function makeFastDocument(built: BuiltDocument, definition: DocumentDefinition, structure: DocsTemplate | undefined, template: File, folder: Folder): MadeDocument {
  const docs = typeof Docs === 'undefined' ? undefined : Docs;
  if (!structure || !docs) return makeDocument(built, definition, template, folder);
  const plan = planRender(docsOutline(structure.body), definition.schema, built.data, docsExtras(structure));
  if (!plan.ok) return { ok: false, problems: plan.problems.map((p) => p.message) };
  const fill = docsRequests(structure, plan);
  if (!fill) return makeDocument(built, definition, template, folder);
  if (fill.leftover !== undefined) return { ok: false, problems: [leftoverProblem(definition.schema.document, fill.leftover)] };
  return copyAndFill(built, template, folder, (file) => {
    if (fill.requests.length > 0) docs.Documents.batchUpdate({ requests: fill.requests }, file.getId());
    return { ok: true, url: file.getUrl() };
  });
}
