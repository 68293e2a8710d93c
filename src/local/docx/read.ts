/** The text of a .docx as lines: paragraphs, and table rows as «cell | cell» (for tests, the CLI and checks). */
import JSZip from 'jszip';
import { paragraphText } from './paragraph';
import { childElements, isW, parseXml, wChildren, wDescendants, type XmlElement } from './xml';

function containerLines(container: XmlElement): string[] {
  const lines: string[] = [];
  for (const e of childElements(container)) {
    if (isW(e, 'p')) lines.push(paragraphText(e));
    if (isW(e, 'tbl')) {
      for (const tr of wChildren(e, 'tr')) {
        lines.push(wChildren(tr, 'tc').map((tc) => containerLines(tc).join('\n')).join(' | '));
      }
    }
  }
  return lines;
}

export async function docxLines(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const doc = parseXml(await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string'), 'word/document.xml');
  return containerLines(wDescendants(doc, 'body')[0]);
}

/** All text of the document, headers and footers included, with non-breaking spaces as plain ones. */
export async function docxText(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
  const texts: string[] = [];
  for (const name of parts) {
    const doc = parseXml(await (zip.file(name) as JSZip.JSZipObject).async('string'), name);
    texts.push(...wDescendants(doc, 'p').map(paragraphText));
  }
  return texts.join('\n').replace(/\u00a0/g, ' ');
}
