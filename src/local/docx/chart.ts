/**
 * Charts in a DOCX: a DrawingML column chart part per chart, with its data written into the chart itself (literal
 * values), placed inline in the paragraph where the template had the chart's placeholder. Word and LibreOffice
 * draw it from these values; no embedded workbook is needed.
 */
import type JSZip from 'jszip';
import type { ChartSpec } from '../../domain/documents/template';
import { escapeXml, parseXml, serializeXml, type XmlDocument, type XmlElement } from './xml';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const COLORS = ['4472C4', 'ED7D31', 'A5A5A5', '70AD47'];
const EMU_PER_MM = 36000;

function text(value: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function strLit(values: readonly string[]): string {
  return `<c:strLit><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strLit>`;
}

function numLit(values: readonly number[]): string {
  return `<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numLit>`;
}

function scaling(spec: ChartSpec): { scale: string; unit: string } {
  const top = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const max = spec.max ?? (spec.whole ? Math.max(1, Math.ceil(top)) : undefined);
  const step = spec.whole ? Math.max(1, Math.ceil((max ?? 1) / 8)) : undefined;
  return {
    scale: `<c:orientation val="minMax"/>${max !== undefined ? `<c:max val="${max}"/>` : ''}<c:min val="0"/>`,
    unit: step !== undefined ? `<c:majorUnit val="${step}"/>` : '',
  };
}

export function chartXml(spec: ChartSpec): string {
  const axis = scaling(spec);
  const series = spec.series.map((s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[i % COLORS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    + `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="${spec.labels === false ? 0 : 1}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    + `<c:cat>${strLit(spec.categories)}</c:cat><c:val>${numLit(s.values)}</c:val></c:ser>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:lang val="ru-RU"/><c:roundedCorners val="0"/><c:chart>`
    + `<c:title>${text(spec.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`
    + `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>`
    + '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + `<c:valAx><c:axId val="50020"/><c:scaling>${axis.scale}</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title>${text(spec.unit)}<c:overlay val="0"/></c:title><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${axis.unit}</c:valAx>`
    + `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** Collects the charts of one rendering and adds their parts, relationships and content types to the package. */
export class ChartParts {
  private readonly charts: { name: string; id: string; xml: string }[] = [];

  constructor(private readonly doc: XmlDocument, private readonly widthMm = 160, private readonly heightMm = 75) {}

  /** Appends the chart as an inline drawing at the end of the paragraph. */
  place(paragraph: XmlElement, spec: ChartSpec): void {
    const n = this.charts.length + 1;
    const id = `rIdNastavnikChart${n}`;
    this.charts.push({ name: `nastavnik-chart${n}.xml`, id, xml: chartXml(spec) });
    const [cx, cy] = [this.widthMm * EMU_PER_MM, this.heightMm * EMU_PER_MM];
    const run = parseXml(`<w:r xmlns:w="${W}"><w:drawing><wp:inline xmlns:wp="${WP}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>`
      + `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${9000 + n}" name="${escapeXml(spec.title)}"/><wp:cNvGraphicFramePr/>`
      + `<a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`, 'диаграмма').documentElement as XmlElement;
    paragraph.appendChild(this.doc.importNode(run, true));
  }

  async addTo(zip: JSZip): Promise<void> {
    if (this.charts.length === 0) return;
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = parseXml(await (zip.file(relsPath) as JSZip.JSZipObject).async('string'), relsPath);
    const types = parseXml(await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string'), '[Content_Types].xml');
    for (const chart of this.charts) {
      zip.file(`word/charts/${chart.name}`, chart.xml);
      const rel = rels.createElementNS(rels.documentElement?.namespaceURI ?? null, 'Relationship');
      rel.setAttribute('Id', chart.id);
      rel.setAttribute('Type', CHART_REL);
      rel.setAttribute('Target', `charts/${chart.name}`);
      rels.documentElement?.appendChild(rel);
      const override = types.createElementNS(types.documentElement?.namespaceURI ?? null, 'Override');
      override.setAttribute('PartName', `/word/charts/${chart.name}`);
      override.setAttribute('ContentType', CHART_TYPE);
      types.documentElement?.appendChild(override);
    }
    zip.file(relsPath, serializeXml(rels));
    zip.file('[Content_Types].xml', serializeXml(types));
  }
}
