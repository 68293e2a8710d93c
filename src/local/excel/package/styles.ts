/**
 * Styles the product sets (a date format, a bold header, a fill) carried from exceljs's styles into the original
 * styles part: a cell format of exceljs's output becomes one appended to the original's cellXfs, with its font, fill,
 * border and number format appended (or found) there too. The original's own entries are never changed or reordered,
 * so every untouched cell keeps its look.
 */
import { attributes, rootPrefix } from './parts';

function elements(xml: string, prefix: string, container: string, item: string): string[] {
  const section = new RegExp(`<${prefix}${container}\\b[^>]*>([\\s\\S]*?)</${prefix}${container}>`).exec(xml);
  if (!section) return [];
  return [...section[1].matchAll(new RegExp(`<${prefix}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${item}>)`, 'g'))].map((m) => m[0]);
}

interface Sections {
  numFmts: string[];
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
}

function sections(xml: string, prefix: string): Sections {
  return {
    numFmts: elements(xml, prefix, 'numFmts', 'numFmt'),
    fonts: elements(xml, prefix, 'fonts', 'font'),
    fills: elements(xml, prefix, 'fills', 'fill'),
    borders: elements(xml, prefix, 'borders', 'border'),
    cellXfs: elements(xml, prefix, 'cellXfs', 'xf'),
  };
}

function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(?![\w]+:)(\w+)/g, `<$1${prefix}$2`) : xml;
}

export class StyleMerger {
  private readonly prefix: string;
  private readonly original: Sections;
  private readonly added: Sections = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  constructor(private readonly originalXml: string) {
    this.prefix = rootPrefix(originalXml, 'styleSheet');
    this.original = sections(originalXml, this.prefix);
  }

  /** Maps style indexes of an exceljs styles part to the original's (indexes appended as needed). */
  from(exceljsXml: string): (exceljsIndex: string) => string {
    const source = sections(exceljsXml, '');
    const mapped = new Map<string, string>();
    return (exceljsIndex) => {
      const known = mapped.get(exceljsIndex);
      if (known !== undefined) return known;
      const index = this.map(source, exceljsIndex);
      mapped.set(exceljsIndex, index);
      return index;
    };
  }

  private map(source: Sections, exceljsIndex: string): string {
    const xf = source.cellXfs[Number(exceljsIndex)];
    if (!xf) return '0';
    const attrs = attributes(xf.slice(0, xf.indexOf('>') + 1));
    const numFmtId = this.numFmt(source, attrs.numFmtId ?? '0');
    const fontId = this.find('fonts', source.fonts[Number(attrs.fontId ?? 0)]);
    const fillId = this.find('fills', source.fills[Number(attrs.fillId ?? 0)]);
    const borderId = this.find('borders', source.borders[Number(attrs.borderId ?? 0)]);
    const rewritten = xf
      .replace(/\snumFmtId="\d+"/, ` numFmtId="${numFmtId}"`)
      .replace(/\sfontId="\d+"/, ` fontId="${fontId}"`)
      .replace(/\sfillId="\d+"/, ` fillId="${fillId}"`)
      .replace(/\sborderId="\d+"/, ` borderId="${borderId}"`)
      .replace(/\sxfId="\d+"/, ' xfId="0"');
    return this.find('cellXfs', rewritten);
  }

  private find(section: keyof Sections, item: string | undefined): string {
    if (item === undefined) return '0';
    const xml = withPrefix(item, this.prefix);
    const existing = this.original[section].indexOf(xml);
    if (existing >= 0) return String(existing);
    const added = this.added[section].indexOf(xml);
    if (added >= 0) return String(this.original[section].length + added);
    this.added[section].push(xml);
    return String(this.original[section].length + this.added[section].length - 1);
  }

  private numFmt(source: Sections, id: string): string {
    if (Number(id) < 164) return id;
    const code = source.numFmts.map((tag) => attributes(tag)).find((attrs) => attrs.numFmtId === id)?.formatCode;
    if (code === undefined) return '0';
    const all = [...this.original.numFmts, ...this.added.numFmts].map((tag) => attributes(tag));
    const same = all.find((attrs) => attrs.formatCode === code);
    if (same) return same.numFmtId;
    const next = Math.max(163, ...all.map((attrs) => Number(attrs.numFmtId) || 0)) + 1;
    const escaped = code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    this.added.numFmts.push(`<${this.prefix}numFmt numFmtId="${next}" formatCode="${escaped}"/>`);
    return String(next);
  }

  changed(): boolean {
    return Object.values(this.added).some((items: string[]) => items.length > 0);
  }

  /** The styles part with the added entries; the original's text everywhere else. */
  result(): string {
    let xml = this.originalXml;
    const p = this.prefix;
    for (const [container, key] of [['numFmts', 'numFmts'], ['fonts', 'fonts'], ['fills', 'fills'], ['borders', 'borders'], ['cellXfs', 'cellXfs']] as const) {
      const added = this.added[key];
      if (added.length === 0) continue;
      const total = this.original[key].length + added.length;
      const open = new RegExp(`<${p}${container}\\b[^>]*?(/?)>`).exec(xml);
      if (!open) {
        // Only numFmts may be missing: it comes first in the styleSheet.
        xml = xml.replace(new RegExp(`(<${p}styleSheet\\b[^>]*>)`), `$1<${p}${container} count="${total}">${added.join('')}</${p}${container}>`);
        continue;
      }
      const counted = open[0].includes('count=') ? open[0].replace(/count="\d+"/, `count="${total}"`) : open[0].replace(/^(<[\w:]+)/, `$1 count="${total}"`);
      if (open[1]) {
        xml = `${xml.slice(0, open.index)}${counted.replace(/\s*\/>$/, '>')}${added.join('')}</${p}${container}>${xml.slice(open.index + open[0].length)}`;
      } else {
        const close = xml.indexOf(`</${p}${container}>`, open.index);
        xml = `${xml.slice(0, open.index)}${counted}${xml.slice(open.index + open[0].length, close)}${added.join('')}${xml.slice(close)}`;
      }
    }
    return xml;
  }
}
