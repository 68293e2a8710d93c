/**
 * The text of a Word paragraph and edits on it. Word splits text into runs wherever formatting, spell-checking or
 * editing history changes, so «{{дата}}» may sit in three runs; edits address the paragraph's text as one string.
 */
import type { TextEdit } from '../../domain/documents/template';
import { isW, type XmlDocument, type XmlElement, type XmlNode } from './xml';

interface Segment {
  node: XmlElement;
  kind: 'text' | 'tab' | 'break';
  start: number;
  text: string;
}

/** Elements whose content is not the paragraph's own text. */
function isForeign(e: XmlElement): boolean {
  // mc:Fallback repeats the mc:Choice content for old readers; reading both would double the text.
  if (e.localName === 'Fallback') return true;
  return isW(e, 'pPr') || isW(e, 'rPr') || isW(e, 'del') || isW(e, 'txbxContent') || isW(e, 'instrText') || isW(e, 'delText');
}

function segmentsOf(paragraph: XmlElement): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  const walk = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const e = child as XmlElement;
      if (isForeign(e)) continue;
      let text: string | undefined;
      let kind: Segment['kind'] = 'text';
      if (isW(e, 't')) text = e.textContent ?? '';
      else if (isW(e, 'tab')) [text, kind] = ['\t', 'tab'];
      else if (isW(e, 'br') || isW(e, 'cr')) [text, kind] = ['\n', 'break'];
      else if (isW(e, 'noBreakHyphen')) [text, kind] = ['-', 'tab'];
      if (text !== undefined) {
        segments.push({ node: e, kind, start: at, text });
        at += text.length;
      } else {
        walk(e);
      }
    }
  };
  walk(paragraph);
  return segments;
}

export function paragraphText(paragraph: XmlElement): string {
  return segmentsOf(paragraph).map((s) => s.text).join('');
}

function setText(node: XmlElement, text: string): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  node.appendChild((node.ownerDocument as XmlDocument).createTextNode(text));
  node.setAttribute('xml:space', 'preserve');
}

/** The value's lines and tabs as Word elements, to insert after the w:t that holds the value's first piece. */
function extraNodes(owner: XmlElement, pieces: string[]): XmlElement[] {
  const doc = owner.ownerDocument as XmlDocument;
  const W_NS = owner.namespaceURI as string;
  const prefix = owner.prefix ? `${owner.prefix}:` : '';
  return pieces.map((piece) => {
    if (piece === '\n') return doc.createElementNS(W_NS, `${prefix}br`);
    if (piece === '\t') return doc.createElementNS(W_NS, `${prefix}tab`);
    const t = doc.createElementNS(W_NS, `${prefix}t`);
    setText(t, piece);
    return t;
  });
}

/**
 * Apply edits (offsets in the paragraph's original text). The value takes the formatting of the run where the
 * placeholder starts; text of the placeholder in later runs is removed from them.
 */
export function applyParagraphEdits(paragraph: XmlElement, edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
  const segments = segmentsOf(paragraph);
  // Right to left: an edit never moves the offsets of the edits still to apply.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    let placed = false;
    for (const seg of segments) {
      const segEnd = seg.start + seg.text.length;
      const overlaps = seg.start < edit.end && segEnd > edit.start;
      const holdsStart = !placed && seg.kind === 'text' && edit.start >= seg.start && edit.start <= segEnd && (edit.start < segEnd || edit.start === edit.end);
      if (!overlaps && !holdsStart) continue;
      if (seg.kind !== 'text') {
        seg.node.parentNode?.removeChild(seg.node);
        continue;
      }
      const current = seg.node.textContent ?? '';
      const from = Math.max(edit.start, seg.start) - seg.start;
      const to = Math.min(edit.end, segEnd) - seg.start;
      if (holdsStart) {
        placed = true;
        const pieces = edit.text.split(/(\n|\t)/).filter((p) => p !== '');
        const first = pieces.length > 0 && pieces[0] !== '\n' && pieces[0] !== '\t' ? pieces.shift() as string : '';
        const tail = current.slice(to);
        setText(seg.node, current.slice(0, from) + first);
        if (pieces.length > 0) {
          const extra = extraNodes(seg.node, tail ? [...pieces, tail] : pieces);
          const parent = seg.node.parentNode as XmlNode;
          const next = seg.node.nextSibling;
          for (const node of extra) parent.insertBefore(node, next);
          continue;
        }
        setText(seg.node, current.slice(0, from) + first + tail);
      } else {
        setText(seg.node, current.slice(0, from) + current.slice(to));
      }
    }
    if (!placed && edit.text !== '') {
      throw new Error(`Не удалось вставить значение «${edit.text}» в абзац: метка не найдена в тексте.`);
    }
  }
}
