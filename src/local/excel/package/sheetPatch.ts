/**
 * Rewrites only the given cells of a worksheet part: every other row, cell, attribute and element (column widths,
 * merged cells, data validation, conditional formats, links to notes and drawings) stays byte for byte.
 */
import { attributes, rootPrefix } from './parts';
import { cellRef } from './cellXml';

export interface CellPatch {
  row: number;
  column: number;
  /** The cell's XML given the style it has in the part today (its `s`), undefined when it has none. */
  xml(existingStyle: string | undefined): string;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

function parseRef(ref: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  return match ? { column: columnNumber(match[1]), row: Number(match[2]) } : undefined;
}

function patchRow(prefix: string, rowXml: string, rowNumber: number, patches: Map<number, CellPatch>): string {
  const selfClosing = /\/>$/.test(rowXml) && !rowXml.includes(`</${prefix}row>`);
  const openEnd = rowXml.indexOf('>') + 1;
  let open = selfClosing ? `${rowXml.slice(0, -2)}>` : rowXml.slice(0, openEnd);
  // spans is only a hint of the row's first and last cells; it would be wrong after an insertion.
  open = open.replace(/\sspans="[^"]*"/, '');
  if (!/\sr="/.test(open)) open = open.replace(new RegExp(`^<${prefix}row`), `<${prefix}row r="${rowNumber}"`);
  const inner = selfClosing ? '' : rowXml.slice(openEnd, rowXml.length - `</${prefix}row>`.length);
  const cells: Array<{ column: number; xml: string }> = [];
  let column = 0;
  for (const match of inner.matchAll(new RegExp(`<${prefix}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}c>)`, 'g'))) {
    const attrs = attributes(match[0].slice(0, match[0].indexOf('>') + 1));
    column = attrs.r ? parseRef(attrs.r)?.column ?? column + 1 : column + 1;
    const xml = attrs.r ? match[0] : match[0].replace(new RegExp(`^<${prefix}c`), `<${prefix}c r="${cellRef(rowNumber, column)}"`);
    const patch = patches.get(column);
    cells.push({ column, xml: patch ? patch.xml(attrs.s) : xml });
    patches.delete(column);
  }
  for (const [col, patch] of patches) cells.push({ column: col, xml: patch.xml(undefined) });
  cells.sort((a, b) => a.column - b.column);
  return `${open}${cells.map((cell) => cell.xml).join('')}</${prefix}row>`;
}

function newRow(prefix: string, rowNumber: number, patches: Map<number, CellPatch>): string {
  const cells = [...patches.entries()].sort(([a], [b]) => a - b).map(([, patch]) => patch.xml(undefined));
  return `<${prefix}row r="${rowNumber}">${cells.join('')}</${prefix}row>`;
}

/** The range «A1:D20» widened to hold the patched cells. */
function widenedDimension(xml: string, prefix: string, patches: readonly CellPatch[]): string {
  return xml.replace(new RegExp(`<${prefix}dimension\\b[^>]*/>`), (tag) => {
    const ref = attributes(tag).ref ?? '';
    const [from, to = from] = ref.split(':').map(parseRef);
    if (!from || !to) return tag;
    let [top, left, bottom, right] = [from.row, from.column, to.row, to.column];
    for (const patch of patches) {
      top = Math.min(top, patch.row); bottom = Math.max(bottom, patch.row);
      left = Math.min(left, patch.column); right = Math.max(right, patch.column);
    }
    return tag.replace(/ref="[^"]*"/, `ref="${cellRef(top, left)}:${cellRef(bottom, right)}"`);
  });
}

export function patchSheetXml(xml: string, patches: readonly CellPatch[]): string {
  if (patches.length === 0) return xml;
  const prefix = rootPrefix(xml, 'worksheet');
  const byRow = new Map<number, Map<number, CellPatch>>();
  for (const patch of patches) {
    const row = byRow.get(patch.row) ?? new Map<number, CellPatch>();
    row.set(patch.column, patch);
    byRow.set(patch.row, row);
  }
  let source = xml;
  const empty = new RegExp(`<${prefix}sheetData\\s*/>`);
  if (empty.test(source)) source = source.replace(empty, `<${prefix}sheetData></${prefix}sheetData>`);
  const open = new RegExp(`<${prefix}sheetData\\b[^>]*>`).exec(source);
  const closeAt = source.indexOf(`</${prefix}sheetData>`);
  if (!open || closeAt < 0) throw new Error('в листе нет данных ячеек (sheetData)');
  const start = open.index + open[0].length;
  const data = source.slice(start, closeAt);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  let rowNumber = 0;
  const flushBefore = (limit: number): void => {
    while (pending.length && pending[0] < limit) {
      const r = pending.shift() as number;
      out.push(newRow(prefix, r, byRow.get(r) as Map<number, CellPatch>));
    }
  };
  for (const match of data.matchAll(new RegExp(`<${prefix}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}row>)`, 'g'))) {
    const r = attributes(match[0].slice(0, match[0].indexOf('>') + 1)).r;
    rowNumber = r ? Number(r) : rowNumber + 1;
    out.push(data.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    flushBefore(rowNumber);
    const cells = byRow.get(rowNumber);
    if (cells && pending[0] === rowNumber) {
      pending.shift();
      out.push(patchRow(prefix, match[0], rowNumber, cells));
    } else {
      out.push(match[0]);
    }
  }
  out.push(data.slice(last));
  flushBefore(Number.POSITIVE_INFINITY);
  return widenedDimension(`${source.slice(0, start)}${out.join('')}${source.slice(closeAt)}`, prefix, patches);
}
