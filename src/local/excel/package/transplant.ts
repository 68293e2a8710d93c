/**
 * A sheet the product makes whole (a new «Журнал», a rebuilt «Мониторинг») carried from exceljs's output into the
 * original package: its part, its notes, its styles (through StyleMerger) and its entries in the workbook, the
 * workbook's relationships and the content types. Text is written inline, so the original's sharedStrings part is
 * never touched.
 */
import type JSZip from 'jszip';
import { posix } from 'node:path';
import type ExcelJS from 'exceljs';
import { cellXml } from './cellXml';
import {
  CONTENT_TYPE, RELATIONSHIP_TYPE, attributes, escapeXml, freePartName, isType, partText, relationshipsOf, relsPathOf, resolveTarget,
  rootPrefix,
} from './parts';

export interface ExceljsOutput {
  zip: JSZip;
  /** exceljs's part of each sheet, by name. */
  parts: Map<string, string>;
}

export function exceljsOutput(zip: JSZip, sheets: ReadonlyArray<{ name: string; part: string }>): ExceljsOutput {
  return { zip, parts: new Map(sheets.map((sheet) => [sheet.name, sheet.part])) };
}

/**
 * exceljs's sheet XML with the original's style indexes, each cell's value written from the model (cellXml.ts):
 * exceljs drops control characters and turns a typed «_x0041_» into «A».
 */
/** Maps exceljs's style index to the original's (StyleMerger.from). */
export type StyleMap = (exceljsIndex: string) => string;

export function adaptedSheetXml(xml: string, worksheet: ExcelJS.Worksheet, style: StyleMap, date1904: boolean): string {
  return xml
    .replace(/<(row|col)\b[^>]*>/g, (tag) => tag.replace(/\s(s|style)="(\d+)"/, (_, name: string, index: string) => ` ${name}="${style(index)}"`))
    .replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell) => {
      const attrs = attributes(cell.slice(0, cell.indexOf('>') + 1));
      const at = attrs.r ? /^([A-Z]+)(\d+)$/.exec(attrs.r) : null;
      if (!at) return cell;
      const model = worksheet.getCell(attrs.r);
      return cellXml('', Number(at[2]), Number(model.col), attrs.s ? style(attrs.s) : undefined, model.value, date1904);
    });
}

function addBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  return at < 0 ? xml : `${xml.slice(0, at)}${addition}${xml.slice(at)}`;
}

function contentOverride(part: string, type: string): string {
  return `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
}

async function addContentTypes(zip: JSZip, overrides: ReadonlyArray<[string, string]>, vml: boolean): Promise<void> {
  let xml = (await partText(zip, '[Content_Types].xml')) ?? '';
  const prefix = rootPrefix(xml, 'Types');
  const fresh = overrides.filter(([part]) => !xml.includes(`PartName="/${part}"`));
  let addition = fresh.map(([part, type]) => contentOverride(part, type)).join('');
  if (vml && !/Extension="vml"/i.test(xml)) addition = `<Default Extension="vml" ContentType="${CONTENT_TYPE.vml}"/>${addition}`;
  if (prefix) addition = addition.replace(/<(Override|Default)/g, `<${prefix}$1`);
  xml = addBefore(xml, `</${prefix}Types>`, addition);
  zip.file('[Content_Types].xml', xml, { createFolders: false });
}

/** Copies the notes (comments + their VML drawing) of exceljs's sheet and returns the sheet's relationships part. */
async function carriedRelationships(target: JSZip, output: ExceljsOutput, sourcePart: string, sheetPart: string, overrides: Array<[string, string]>): Promise<{ rels: string; vml: boolean }> {
  const items: string[] = [];
  let vml = false;
  for (const rel of await relationshipsOf(output.zip, sourcePart)) {
    if (rel.external) {
      items.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}" TargetMode="External"/>`);
      continue;
    }
    const from = resolveTarget(sourcePart, rel.target);
    const file = output.zip.file(from);
    if (!file) continue;
    // exceljs's own names and relative targets: exceljs-based tools find notes only so (see readable.ts).
    let part: string;
    if (isType(rel, RELATIONSHIP_TYPE.comments)) {
      part = freePartName(target, 'xl', 'comments', 'xml');
      overrides.push([part, CONTENT_TYPE.comments]);
    } else if (isType(rel, RELATIONSHIP_TYPE.vmlDrawing)) {
      part = freePartName(target, 'xl/drawings', 'vmlDrawing', 'vml');
      vml = true;
    } else {
      continue;
    }
    target.file(part, await file.async('nodebuffer'), { createFolders: false });
    items.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${posix.relative(posix.dirname(sheetPart), part)}"/>`);
  }
  return {
    rels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`,
    vml,
  };
}

export interface Transplant {
  worksheet: ExcelJS.Worksheet;
  /** The original's part of the sheet it replaces; undefined for a sheet new to the workbook. */
  replaces?: string;
}

export async function transplantSheets(
  target: JSZip, workbookPart: string, output: ExceljsOutput, sheets: readonly Transplant[], styles: StyleMap, date1904: boolean,
): Promise<void> {
  if (sheets.length === 0) return;
  const overrides: Array<[string, string]> = [];
  let anyVml = false;
  let workbookXml = (await partText(target, workbookPart)) ?? '';
  const workbookRelsPath = relsPathOf(workbookPart);
  let workbookRels = (await partText(target, workbookRelsPath)) ?? '';
  const prefix = rootPrefix(workbookXml, 'workbook');
  const rPrefix = /\s(\w+):id="/.exec(/<(?:\w+:)?sheet\b[^>]*>/.exec(workbookXml)?.[0] ?? '')?.[1]
    ?? /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbookXml)?.[1] ?? 'r';
  for (const sheet of sheets) {
    const name = sheet.worksheet.name;
    const source = output.parts.get(name);
    const xml = source ? await partText(output.zip, source) : undefined;
    if (!source || xml === undefined) continue;
    const part = sheet.replaces ?? freePartName(target, 'xl/worksheets', 'sheet', 'xml');
    target.file(part, adaptedSheetXml(xml, sheet.worksheet, styles, date1904), { createFolders: false });
    const carried = await carriedRelationships(target, output, source, part, overrides);
    anyVml ||= carried.vml;
    target.file(relsPathOf(part), carried.rels, { createFolders: false });
    if (sheet.replaces) continue;
    overrides.push([part, CONTENT_TYPE.worksheet]);
    const ids = new Set([...workbookRels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n += 1;
    const rId = `rId${n}`;
    workbookRels = addBefore(workbookRels, '</Relationships>',
      `<Relationship Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${posix.relative(posix.dirname(workbookPart), part)}"/>`);
    const sheetIds = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => Number(attributes(m[0]).sheetId) || 0);
    const sheetId = Math.max(0, ...sheetIds) + 1;
    workbookXml = addBefore(workbookXml, `</${prefix}sheets>`, `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rPrefix}:id="${rId}"/>`);
  }
  if (sheets.some((sheet) => !sheet.replaces)) {
    target.file(workbookPart, workbookXml, { createFolders: false });
    target.file(workbookRelsPath, workbookRels, { createFolders: false });
  }
  if (overrides.length > 0 || anyVml) await addContentTypes(target, overrides, anyVml);
}
