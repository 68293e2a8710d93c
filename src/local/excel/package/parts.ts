/**
 * The parts of an .xlsx package (a zip of XML parts tied by relationships), as any program saves it: Excel and Google
 * Sheets write relative targets («worksheets/sheet1.xml»), openpyxl absolute ones («/xl/worksheets/sheet1.xml»),
 * LibreOffice its own part names. Everything here finds parts through relationships, never by a fixed name.
 */
import type JSZip from 'jszip';
import { posix } from 'node:path';

export const RELATIONSHIP_TYPE = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  chartsheet: '/chartsheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  comments: '/comments',
  vmlDrawing: '/vmlDrawing',
  hyperlink: '/hyperlink',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  rId: string;
  /** The part's path inside the zip, without a leading «/». */
  part: string;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity];
  });
}

/** The attributes of one start tag, values unescaped. */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const start = tag.search(/\s/);
  if (start < 0) return found;
  for (const match of tag.slice(start).matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found[match[1]] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return found;
}

/** Where a relationship points, as a zip path: absolute targets from the root, relative ones from the source's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.trim();
  if (path.startsWith('/')) return posix.normalize(path.slice(1));
  return posix.normalize(posix.join(posix.dirname(sourcePart), path));
}

export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((match) => {
    const attrs = attributes(match[0]);
    return { id: attrs.Id ?? '', type: attrs.Type ?? '', target: attrs.Target ?? '', external: attrs.TargetMode === 'External' };
  });
}

export function isType(relationship: Relationship, type: string): boolean {
  return relationship.type.endsWith(type);
}

export async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  const file = zip.file(part);
  return file ? file.async('string') : undefined;
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await partText(zip, relsPathOf(part));
  return xml ? parseRelationships(xml) : [];
}

/** The workbook part the package's root relationships name (xl/workbook.xml for every known program). */
export async function workbookPartOf(zip: JSZip): Promise<string | undefined> {
  const root = await relationshipsOf(zip, '');
  const office = root.find((rel) => isType(rel, RELATIONSHIP_TYPE.officeDocument) && !rel.external);
  if (office) return resolveTarget('', office.target);
  return zip.file('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

/** The sheets in the workbook's order, each with its part and kind (a chart sheet is a sheet too). */
export function sheetEntries(workbookXml: string, workbookPart: string, relationships: readonly Relationship[]): SheetEntry[] {
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((match) => {
    const attrs = attributes(match[0]);
    const rId = Object.entries(attrs).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1] ?? '';
    const rel = byId.get(rId);
    const kind = !rel ? 'other' : isType(rel, RELATIONSHIP_TYPE.worksheet) ? 'worksheet' : isType(rel, RELATIONSHIP_TYPE.chartsheet) ? 'chartsheet' : 'other';
    return { name: attrs.name ?? '', rId, part: rel ? resolveTarget(workbookPart, rel.target) : '', kind };
  });
}

/** The namespace prefix (with its colon) a part's root element uses, «» when it uses the default namespace. */
export function rootPrefix(xml: string, localName: string): string {
  return new RegExp(`<(\\w+:)?${localName}\\b`).exec(xml)?.[1] ?? '';
}

/** A name for a new part that the package does not hold yet: «xl/worksheets/sheet14.xml». */
export function freePartName(zip: JSZip, folder: string, stem: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${folder}/${stem}${n}.${extension}`;
    if (!zip.file(candidate)) return candidate;
  }
}
