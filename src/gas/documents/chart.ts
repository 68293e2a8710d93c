/**
 * A chart for a Google Doc: the Charts service draws it as a PNG that goes inline into the paragraph, as wide as the
 * text between the margins (Docs counts an inline image's pixels as points).
 */
import type { ChartSpec } from '../../domain/documents/template';

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#70AD47'];
/** Height to width, as the DOCX chart (160 × 75 mm) has it. */
const ASPECT = 75 / 160;

export function chartSize(textWidth: number): { width: number; height: number } {
  const width = Math.round(textWidth > 0 ? textWidth : 510);
  return { width, height: Math.round(width * ASPECT) };
}

export function chartImage(spec: ChartSpec, size: { width: number; height: number }): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '');
  for (const series of spec.series) data.addColumn(Charts.ColumnType.NUMBER, series.name);
  spec.categories.forEach((category, i) => data.addRow([category, ...spec.series.map((s) => s.values[i] ?? 0)]));
  const builder = Charts.newColumnChart()
    .setDataTable(data)
    .setTitle(spec.title)
    .setYAxisTitle(spec.unit)
    .setColors(COLORS.slice(0, Math.max(1, spec.series.length)))
    .setLegendPosition(Charts.Position.BOTTOM)
    .setDimensions(size.width, size.height);
  if (spec.max !== undefined) builder.setRange(0, spec.max);
  return builder.build().getAs('image/png').setName(`${spec.title}.png`);
}
