/**
 * Writes a default template (a DocumentLayout from the domain) as a .docx the curator can open and edit in Word,
 * LibreOffice or Google Docs: A4, ГОСТ Р 7.0.97 margins, Times New Roman, page numbers from the second page.
 */
import JSZip from 'jszip';
import { textWidth, type DocumentLayout, type LayoutBlock, type LayoutParagraph, type LayoutTable, type Span } from '../../domain/documents/layout';
import { escapeXml, W } from './xml';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number): number => Math.round(pt * 2);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

function styles(font: string, size: number): string {
  const f = escapeXml(font);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/><w:sz w:val="${halfPoints(size)}"/><w:szCs w:val="${halfPoints(size)}"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="header"><w:name w:val="header"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
</w:styles>`;
}

/** ГОСТ Р 7.0.97: page numbers centred in the top margin, not on the first page. */
const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:pStyle w:val="header"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;

function core(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Наставник</dc:creator></cp:coreProperties>`;
}

const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Наставник</Application></Properties>`;

function runXml(span: Span, size: number | undefined): string {
  const props = `${span.bold ? '<w:b/><w:bCs/>' : ''}${span.italic ? '<w:i/><w:iCs/>' : ''}${size ? `<w:sz w:val="${halfPoints(size)}"/><w:szCs w:val="${halfPoints(size)}"/>` : ''}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  // Line breaks and tabs inside a value become Word's own elements, so the text reads the same in any editor.
  const pieces = span.text.split(/(\n|\t)/).map((piece) => piece === '\n' ? '<w:br/>' : piece === '\t' ? '<w:tab/>' : piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : '');
  return `<w:r>${rPr}${pieces.join('')}</w:r>`;
}

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

function paragraphXml(p: LayoutParagraph, inherited: { size?: number; cell: boolean; keepWithNext?: boolean }): string {
  const size = p.size ?? inherited.size;
  const pPr = [
    p.keepWithNext || inherited.keepWithNext ? '<w:keepNext/>' : '',
    p.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    p.spaceAfter || p.spaceBefore ? `<w:spacing w:before="${Math.round((p.spaceBefore ?? 0) * 20)}" w:after="${Math.round((p.spaceAfter ?? 0) * 20)}"/>` : '',
    p.indent && !inherited.cell ? '<w:ind w:firstLine="709"/>' : '',
    p.align ? `<w:jc w:val="${JC[p.align]}"/>` : '',
    size ? `<w:rPr><w:sz w:val="${halfPoints(size)}"/><w:szCs w:val="${halfPoints(size)}"/></w:rPr>` : '',
  ].join('');
  const runs = p.spans.filter((s) => s.text !== '').map((s) => runXml(s, size)).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

function tableXml(t: LayoutTable): string {
  const widths = t.widths.map(twips);
  const border = t.borders ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"' : 'w:val="nil"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${border}/>`).join('');
  const rows = t.rows.map((row, r) => {
    const trPr = `<w:trPr><w:cantSplit/>${r < t.headerRows ? '<w:tblHeader/>' : ''}</w:trPr>`;
    const cells = row.map((c, i) => {
      const shade = c.header ? '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' : '';
      const tcPr = `<w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}</w:tcPr>`;
      const blocks = c.blocks.length > 0 ? c.blocks : [{ kind: 'paragraph' as const, spans: [] }];
      return `<w:tc>${tcPr}${blocks.map((b) => paragraphXml(b, { size: t.size, cell: true, keepWithNext: t.keepWithNext })).join('')}</w:tc>`;
    }).join('');
    return `<w:tr>${trPr}${cells}</w:tr>`;
  }).join('');
  const total = widths.reduce((a, b) => a + b, 0);
  // Borderless tables only place text (date and number, signatures): no cell margins, so text lines up with the body.
  const margins = t.borders ? '' : '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>';
  // CT_TblPr's order matters to Word: tblW, tblBorders, tblLayout, tblCellMar.
  const tblPr = `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>${margins}</w:tblPr>`;
  return `<w:tbl>${tblPr}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}

function blockXml(block: LayoutBlock): string {
  return block.kind === 'paragraph' ? paragraphXml(block, { cell: false }) : tableXml(block);
}

function sectionXml(layout: DocumentLayout): string {
  const [w, h] = layout.landscape ? [16838, 11906] : [11906, 16838];
  const m = layout.margins;
  return `<w:sectPr><w:headerReference w:type="default" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId3"/>`
    + `<w:pgSz w:w="${w}" w:h="${h}"${layout.landscape ? ' w:orient="landscape"' : ''}/>`
    + `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>`
    + '<w:titlePg/></w:sectPr>';
}

export function documentXml(layout: DocumentLayout): string {
  const tooWide = layout.blocks.find((b) => b.kind === 'table' && b.widths.reduce((a, c) => a + c, 0) > textWidth(layout) + 0.5);
  if (tooWide) throw new Error('Таблица шаблона шире страницы: проверьте ширины столбцов.');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${layout.blocks.map(blockXml).join('')}${sectionXml(layout)}</w:body></w:document>`;
}

/** A complete .docx for the layout. */
export async function writeDocx(layout: DocumentLayout, title: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('docProps/core.xml', core(title));
  zip.file('docProps/app.xml', APP);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/document.xml', documentXml(layout));
  zip.file('word/styles.xml', styles(layout.font, layout.size));
  zip.file('word/settings.xml', SETTINGS);
  zip.file('word/header1.xml', HEADER);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
