/**
 * What exceljs is given to read: the workbook's values and styles only, in the part names exceljs expects.
 *
 * exceljs 4.4.0 finds comments, drawings and sheets by its own part names and relative targets: openpyxl's absolute
 * targets and «xl/comments/comment1.xml» make `options.comments[rel.Target]` undefined (TypeError on `comments`), a
 * chart's drawing without a picture breaks on `anchors`, and whole-column data validations are expanded cell by cell.
 * Nothing of that is needed to read the bank: the original package keeps it and is patched on save (patch.ts), so
 * the copy carries the workbook, shared strings, styles and each worksheet without its links to other parts.
 */
import JSZip from 'jszip';
import {
  RELATIONSHIP_TYPE, type SheetEntry, escapeXml, isType, partText, relationshipsOf, resolveTarget, sheetEntries, workbookPartOf,
} from './parts';

/**
 * Elements of a worksheet that point at other parts (by r:id), that exceljs expands cell by cell, or that it parses
 * with no need here (rules and extensions other programs write).
 */
const LINKED_ELEMENTS = [
  'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'tableParts', 'hyperlinks', 'dataValidations',
  'conditionalFormatting', 'extLst',
];

export function withoutLinkedElements(sheetXml: string): string {
  let xml = sheetXml;
  for (const name of LINKED_ELEMENTS) {
    if (!xml.includes(name)) continue;
    xml = xml
      .replace(new RegExp(`<((?:\\w+:)?${name})\\b[^>]*?/>`, 'g'), '')
      .replace(new RegExp(`<((?:\\w+:)?${name})\\b[^>]*>[\\s\\S]*?</\\1>`, 'g'), '');
  }
  // Alternate content (form controls saved by Excel) holds r:ids too.
  return xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, '');
}

/**
 * exceljs decodes «_x0041_» escapes only in shared strings and only in upper case; openpyxl writes inline strings,
 * LibreOffice lower-case escapes. The copy moves inline strings into the shared strings (appended, so the original
 * indexes hold) and upper-cases the escapes, so every program's text reads the same.
 */
class SharedStrings {
  private readonly added: string[] = [];

  constructor(private readonly original: string | undefined) {}

  private get count(): number {
    return this.original ? [...this.original.matchAll(/<(?:\w+:)?si\b/g)].length : 0;
  }

  moveInline(sheetXml: string): string {
    let base: number | undefined;
    if (!sheetXml.includes('inlineStr')) return sheetXml;
    return sheetXml.replace(/<((?:\w+:)?)c\b([^>]*?)\st="inlineStr"([^>]*)>([\s\S]*?)<\/\1c>/g, (cell, p: string, before: string, after: string, inner: string) => {
      const is = new RegExp(`<${p}is\\b[^>]*>([\\s\\S]*?)</${p}is>`).exec(inner);
      if (!is) return cell;
      base ??= this.count;
      this.added.push(is[1]);
      return `<${p}c${before} t="s"${after}><${p}v>${base + this.added.length - 1}</${p}v></${p}c>`;
    });
  }

  xml(): string | undefined {
    const upper = (xml: string): string => xml.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => `_x${hex.toUpperCase()}_`);
    if (this.added.length === 0) return this.original === undefined ? undefined : upper(this.original);
    const items = this.added.map((inner) => `<si>${inner}</si>`).join('');
    if (this.original === undefined || /<(?:\w+:)?sst\b[^>]*\/>/.test(this.original)) {
      return upper(`<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`);
    }
    const prefix = /<(\w+:)?sst\b/.exec(this.original)?.[1] ?? '';
    const at = this.original.lastIndexOf(`</${prefix}sst>`);
    return upper(`${this.original.slice(0, at)}${items.replace(/<(\/?)si>/g, `<$1${prefix}si>`)}${this.original.slice(at)}`);
  }
}

export interface PackageLayout {
  workbookPart: string;
  sheets: SheetEntry[];
}

export interface ReadableCopy extends PackageLayout {
  buffer: Buffer;
}

/** The package's layout, or undefined when the zip is not a workbook (no workbook part). */
export async function packageLayout(zip: JSZip): Promise<PackageLayout | undefined> {
  const workbookPart = await workbookPartOf(zip);
  const workbookXml = workbookPart ? await partText(zip, workbookPart) : undefined;
  if (!workbookPart || workbookXml === undefined) return undefined;
  return { workbookPart, sheets: sheetEntries(workbookXml, workbookPart, await relationshipsOf(zip, workbookPart)) };
}

export async function readableCopy(zip: JSZip, layout: PackageLayout): Promise<Buffer> {
  const { workbookPart, sheets } = layout;
  const relationships = await relationshipsOf(zip, workbookPart);
  const copy = new JSZip();
  const rels: string[] = [];
  const add = (id: string, type: string, target: string): void => {
    rels.push(`<Relationship Id="${escapeXml(id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`);
  };
  const sharedRel = relationships.find((candidate) => isType(candidate, RELATIONSHIP_TYPE.sharedStrings) && !candidate.external);
  const strings = new SharedStrings(sharedRel ? await partText(zip, resolveTarget(workbookPart, sharedRel.target)) : undefined);
  let n = 0;
  for (const sheet of sheets) {
    if (sheet.kind !== 'worksheet') continue;
    const xml = await partText(zip, sheet.part);
    if (xml === undefined) continue;
    n += 1;
    copy.file(`xl/worksheets/sheet${n}.xml`, strings.moveInline(withoutLinkedElements(xml)));
    add(sheet.rId, 'worksheet', `worksheets/sheet${n}.xml`);
  }
  const sharedXml = strings.xml();
  if (sharedXml !== undefined) {
    copy.file('xl/sharedStrings.xml', sharedXml);
    add('nastavnik-sharedStrings', 'sharedStrings', 'sharedStrings.xml');
  }
  const stylesRel = relationships.find((candidate) => isType(candidate, RELATIONSHIP_TYPE.styles) && !candidate.external);
  const stylesXml = stylesRel ? await partText(zip, resolveTarget(workbookPart, stylesRel.target)) : undefined;
  if (stylesXml !== undefined) {
    copy.file('xl/styles.xml', stylesXml);
    add('nastavnik-styles', 'styles', 'styles.xml');
  }
  // Defined names are not read (exceljs parses each as a range and fails on some other programs write).
  const workbookXml = ((await partText(zip, workbookPart)) ?? '').replace(/<((?:\w+:)?definedNames)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/, '');
  copy.file('xl/workbook.xml', workbookXml);
  copy.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  copy.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  return copy.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
