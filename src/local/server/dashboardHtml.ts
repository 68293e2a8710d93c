/**
 * «Мониторинг» in the browser: the dashboard layout the sheet is written from (domain/scoring/dashboard.ts), as
 * headings and tables in its colours, and its charts drawn as SVG bars from the same data ranges Google Sheets charts
 * use. Drawn on the server: the page needs no script.
 */
import { html, raw } from 'hono/html';
import { type Cell, cellText } from '../../domain/bank/table';
import { formatNumber } from '../../domain/language/plural';
import { type ChartSpec, type CellStyle, type DashboardLayout, STYLE_FORMAT } from '../../domain/scoring/dashboard';
import type { Html } from './layout';

export const DASHBOARD_CSS = [
  ...Object.entries(STYLE_FORMAT).map(([style, format]) => `.s-${style}{${format.background ? `background:${format.background};` : ''}${format.bold ? 'font-weight:500;' : ''}}`),
  'svg.chart{display:block;margin:4px 0 16px;max-width:100%} svg.chart text{font:12px Roboto,Arial,sans-serif;fill:#202124}',
].join('\n');

function shown(cell: Cell): string {
  return typeof cell === 'number' ? formatNumber(cell) : cellText(cell);
}

function blank(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell).trim() === '');
}

function width(row: readonly Cell[]): number {
  let last = 0;
  row.forEach((cell, i) => {
    if (cellText(cell).trim() !== '') last = i + 1;
  });
  return last;
}

const SERIES_COLOURS = ['#1a73e8', '#f29900', '#188038', '#d93025'];

/** Horizontal bars: one group per data row, one bar per series; a pie's shares are bars of percentages. */
function chartSvg(layout: DashboardLayout, chart: ChartSpec): Html {
  const header = layout.cells[chart.row - 1] ?? [];
  const series = Array.from({ length: chart.columns - 1 }, (_, i) => cellText(header[chart.column + i]));
  const rows = layout.cells.slice(chart.row, chart.row - 1 + chart.rows).map((row) => ({
    label: cellText(row[chart.column - 1]),
    values: series.map((_, i) => (typeof row[chart.column + i] === 'number' ? (row[chart.column + i] as number) : 0)),
  }));
  const total = rows.reduce((sum, row) => sum + row.values[0], 0);
  const pie = chart.kind === 'pie';
  const max = Math.max(1e-9, ...rows.flatMap((row) => row.values));
  const bar = 16;
  const labelWidth = 300;
  const plot = 360;
  let y = 24;
  const parts: Html[] = [];
  for (const row of rows) {
    parts.push(html`<text x="0" y="${y + 12}">${row.label}</text>`);
    row.values.forEach((value, i) => {
      const length = Math.round((value / max) * plot);
      const text = pie ? `${value} (${total ? formatNumber((100 * value) / total) : 0} %)` : formatNumber(value);
      parts.push(html`<rect x="${labelWidth}" y="${y}" width="${length}" height="${bar - 2}" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"><title>${series[i]}: ${text}</title></rect><text x="${labelWidth + length + 6}" y="${y + 12}">${text}</text>`);
      y += bar;
    });
    y += 8;
  }
  const legend = !pie && series.length > 1
    ? series.map((name, i) => html`<rect x="${labelWidth + i * 140}" y="${y + 2}" width="10" height="10" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"></rect><text x="${labelWidth + 14 + i * 140}" y="${y + 12}">${name}</text>`)
    : [];
  const height = y + (legend.length ? 20 : 0);
  return html`<figure><svg class="chart" role="img" aria-label="${chart.title}" width="${labelWidth + plot + 90}" height="${height}" viewBox="0 0 ${labelWidth + plot + 90} ${height}"><text x="0" y="14" font-weight="500">${chart.title}</text>${parts}${legend}</svg></figure>`;
}

function styleClass(style: CellStyle | null | undefined): string {
  return style ? `s-${style}` : '';
}

export function dashboardHtml(layout: DashboardLayout): Html {
  const out: Html[] = [];
  let table: number[] = [];
  const flush = () => {
    if (!table.length) return;
    const cols = Math.max(...table.map((r) => width(layout.cells[r])));
    out.push(html`<div class="scroll"><table class="sheet"><tbody>${table.map((r) => html`<tr>${Array.from({ length: cols }, (_, c) => {
      const cls = styleClass(layout.styles[r]?.[c]);
      return layout.styles[r]?.[c] === 'header' ? html`<th class="${cls}">${shown(layout.cells[r][c] ?? null)}</th>` : html`<td class="${cls}">${shown(layout.cells[r][c] ?? null)}</td>`;
    })}</tr>`)}</tbody></table></div>`);
    // A chart follows the table its data is in.
    for (const chart of layout.charts) if (table.includes(chart.row - 1)) out.push(chartSvg(layout, chart));
    table = [];
  };
  layout.cells.forEach((row, r) => {
    if (blank(row)) return flush();
    const style = layout.styles[r]?.[0];
    if (width(row) === 1 && (style === 'title' || style === 'section' || style === 'note')) {
      flush();
      if (style === 'section') out.push(html`<h2>${shown(row[0])}</h2>`);
      else if (style === 'note') out.push(html`<p class="muted">${shown(row[0])}</p>`);
      return undefined;
    }
    table.push(r);
    return undefined;
  });
  flush();
  return html`<style>${raw(DASHBOARD_CSS)}</style>${out}`;
}
