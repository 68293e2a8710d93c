/**
 * The «Мониторинг» sheet as a grid: values, a style per cell and the charts to draw over it. Both adapters render the
 * same layout (Sheets: one setValues, one setBackgrounds, one setFontWeights, the charts; Excel: cell by cell in
 * memory), so what the curator sees is decided once, here.
 */
import type { Level } from '../questionnaires/model';
import type { Cell } from '../questionnaires/model';
import { levelOf } from './levels';
import type { InstrumentSummary, MonitoringSummary } from './monitoring';

export type CellStyle = 'title' | 'section' | 'header' | 'good' | 'fair' | 'poor' | 'low' | 'note';

/** Colours of the styles (background, bold) shared by both renderers. */
export const STYLE_FORMAT: Record<CellStyle, { background: string | null; bold: boolean }> = {
  title: { background: null, bold: true },
  section: { background: '#dfe7f5', bold: true },
  header: { background: '#f1f3f4', bold: true },
  good: { background: '#c8e6c9', bold: false },
  fair: { background: '#fff3c4', bold: false },
  poor: { background: '#f8c7c3', bold: false },
  low: { background: '#fde2cf', bold: false },
  note: { background: null, bold: false },
};

/** Column widths in pixels (Sheets); Excel measures in characters, about 7 px each. */
export const DASHBOARD_COLUMN_WIDTHS = { first: 420, other: 130 } as const;

/**
 * Which cells wrap. A text with something to its right in the same row cannot run over into the next cell and would
 * be cut off at the column's edge (a column header, a mentor's name, a long rubric indicator): it wraps. A text alone
 * in its row (the title, a section, a note) runs on over the empty cells, unwrapped.
 */
export function wrapGrid(cells: readonly Cell[][]): boolean[][] {
  return cells.map((row) => row.map((value, column) => typeof value === 'string' && value !== ''
    && row.slice(column + 1).some((next) => next !== '' && next !== null && next !== undefined)));
}

/** Rows a default-sized chart (about 300 px) covers. */
export const CHART_HEIGHT_ROWS = 18;

export interface ChartSpec {
  kind: 'pie' | 'column' | 'bar';
  title: string;
  /** Data range, 1-based, header row included. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** Where the chart's top-left corner goes. */
  anchorRow: number;
  anchorColumn: number;
}

export interface DashboardLayout {
  cells: Cell[][];
  styles: Array<Array<CellStyle | null>>;
  charts: ChartSpec[];
}

class GridBuilder {
  readonly rows: Array<{ cells: Cell[]; styles: Array<CellStyle | null> }> = [];

  add(cells: Cell[], styles: CellStyle | null | Array<CellStyle | null> = null): number {
    this.rows.push({ cells, styles: Array.isArray(styles) ? styles : cells.map(() => styles) });
    return this.rows.length;
  }

  blank(): void {
    this.add([]);
  }

  build(): { cells: Cell[][]; styles: Array<Array<CellStyle | null>> } {
    const width = Math.max(1, ...this.rows.map((row) => row.cells.length));
    return {
      cells: this.rows.map((row) => [...row.cells, ...Array<Cell>(width - row.cells.length).fill('')]),
      styles: this.rows.map((row) => [...row.styles, ...Array<CellStyle | null>(width - row.styles.length).fill(null)]),
    };
  }
}

function tone(level: Level | undefined): CellStyle | null {
  return level ? level.tone : null;
}

function blankIfNull(value: number | null | undefined): Cell {
  return value === null || value === undefined ? '' : value;
}

function signed(value: number | null | undefined): Cell {
  if (value === null || value === undefined) return '';
  return value;
}

/** A change coloured as it reads: growth green, decline red, no change yellow. */
function changeStyle(delta: number | null | undefined): CellStyle | null {
  return delta === null || delta === undefined ? null : delta > 0 ? 'good' : delta < 0 ? 'poor' : 'fair';
}

/**
 * An item as the dashboard names it. A reverse item is shown turned round (6 − answer on a 1–5 scale), so that higher
 * is better everywhere; said next to it, «истощение 3,36 → 4,33» in green reads as less exhaustion, as it is.
 */
function itemLabel(section: InstrumentSummary, item: { key: string; title: string }): string {
  const sum = section.reversed.get(item.key);
  return sum === undefined ? item.title : `${item.title} (обратный пункт: балл = ${sum} − ответ, выше — лучше)`;
}

function pairColumns(section: InstrumentSummary): string[] {
  return section.stages === 'before-after'
    ? [`${section.title}: до`, 'после', 'изменение']
    : [`${section.title}`, 'уровень'];
}

/** Somebody invited to a questionnaire who has not answered yet («Напомнить» writes to them). */
export interface WaitingLine {
  questionnaire: string;
  code: string;
  fullName: string;
  email: string;
  invitedAt: Date;
  reminders: number;
}

export function dashboardLayout(summary: MonitoringSummary, updatedLabel: string, waiting: readonly WaitingLine[] = []): DashboardLayout {
  const grid = new GridBuilder();
  const charts: ChartSpec[] = [];
  grid.add(['Мониторинг программы наставничества'], 'title');
  grid.add([`Обновлено: ${updatedLabel}. Лист пересобирается автоматически; правки на нём не сохраняются.`], 'note');
  grid.blank();

  // Programme at a glance.
  grid.add(['Программа в целом'], 'section');
  grid.add(['Показатель', 'Значение', 'Из', 'Уровень', 'Ответов'], 'header');
  for (const section of summary.instruments) {
    const overall = section.overall;
    if (section.stages === 'before-after' && section.comparison) {
      for (const stage of section.stageTotals ?? []) {
        grid.add([`${stage.title}: все ответившие`, blankIfNull(stage.overall.mean), section.spec.max, stage.overall.level?.label ?? '', stage.overall.count],
          [null, null, null, tone(stage.overall.level), null]);
      }
      const programme = section.comparison.programme;
      grid.add([`${section.title}: до (заполнившие обе анкеты)`, blankIfNull(programme.before), section.spec.max, '', programme.people]);
      const after = programme.after === null ? undefined : levelOf(section.spec, programme.after);
      grid.add([`${section.title}: после (заполнившие обе анкеты)`, blankIfNull(programme.after), section.spec.max, after?.label ?? '', programme.people],
        [null, null, null, tone(after), null]);
      grid.add([`${section.title}: изменение`, signed(programme.delta), '', '', programme.people]);
    } else {
      grid.add([section.title, blankIfNull(overall.mean), section.spec.max, overall.level?.label ?? '', overall.count],
        [null, null, null, tone(overall.level), null]);
    }
  }
  grid.blank();

  // Per pair.
  grid.add(['По парам (группам)'], 'section');
  const header = ['Пара', 'Наставник', 'Наставляемые', 'Статус', ...summary.instruments.flatMap(pairColumns), 'Низкие пункты'];
  grid.add(header, 'header');
  if (summary.pairs.length === 0) grid.add(['Пар пока нет: они появятся после утверждения на листе «Пары».'], 'note');
  for (const line of summary.pairs) {
    const cells: Cell[] = [line.pair, line.mentor, line.mentees.join(', '), line.status];
    const styles: Array<CellStyle | null> = [null, null, null, null];
    const low: string[] = [];
    for (const section of summary.instruments) {
      const figure = section.pairs.get(line.pair);
      if (section.stages === 'before-after') {
        cells.push(blankIfNull(figure?.change?.before), blankIfNull(figure?.change?.after), signed(figure?.change?.delta));
        styles.push(null, null, changeStyle(figure?.change?.delta));
      } else {
        cells.push(blankIfNull(figure?.value), figure?.level?.label ?? '');
        styles.push(null, tone(figure?.level));
      }
      low.push(...(figure?.lowItems ?? []).map((title) => `${title} (${section.title})`));
    }
    cells.push(low.join('; '));
    styles.push(low.length > 0 ? 'low' : null);
    grid.add(cells, styles);
  }
  grid.blank();

  // Levels distribution of every single-stage instrument, each with a chart.
  for (const section of summary.instruments.filter((candidate) => candidate.stages === 'single')) {
    grid.add([`${section.title}: уровни`], 'section');
    const first = grid.add(['Уровень', 'Количество'], 'header');
    for (const { level, count } of section.distribution) grid.add([level.label, count], [tone(level), null]);
    charts.push({
      kind: 'pie', title: `${section.title}: уровни`, row: first, column: 1, rows: section.distribution.length + 1, columns: 2,
      anchorRow: first - 1, anchorColumn: 0,
    });
    grid.blank();
    grid.add(['Пункт', 'Среднее', 'Ответов', ''], 'header');
    for (const item of section.items) {
      grid.add([itemLabel(section, item), blankIfNull(item.mean), item.count, item.low ? 'низкий' : ''], [null, item.low ? 'low' : null, null, item.low ? 'low' : null]);
    }
    grid.blank();
  }

  // Before → after per item, with a chart.
  for (const section of summary.instruments.filter((candidate) => candidate.stages === 'before-after')) {
    grid.add([`${section.title}: по пунктам (участники с обеими анкетами)`], 'section');
    const first = grid.add(['Пункт', 'До', 'После', 'Изменение'], 'header');
    const items = section.comparison?.items ?? [];
    for (const item of items) {
      const delta = item.delta;
      grid.add([itemLabel(section, item), blankIfNull(item.before), blankIfNull(item.after), signed(delta)], [null, null, null, changeStyle(delta)]);
    }
    if (items.length === 0) grid.add(['Пока нет участников, заполнивших обе анкеты.'], 'note');
    else {
      charts.push({ kind: 'bar', title: `${section.title}: до и после`, row: first, column: 1, rows: items.length + 1, columns: 3, anchorRow: first - 1, anchorColumn: 0 });
    }
    grid.blank();

    // Per person: whoever answered either stage, so a missing second answer shows too.
    grid.add([`${section.title}: по участникам`], 'section');
    grid.add(['Код', 'ФИО', 'Пара', 'До', 'После', 'Изменение'], 'header');
    const people = section.participants ?? [];
    for (const person of people) {
      grid.add([person.code, person.fullName, person.pair, blankIfNull(person.before), blankIfNull(person.after), signed(person.delta)],
        [null, null, null, null, null, changeStyle(person.delta)]);
    }
    if (people.length === 0) grid.add(['Пока никто не заполнил ни входную, ни итоговую анкету.'], 'note');
    grid.blank();
  }

  grid.add(['Кто ещё не ответил'], 'section');
  if (waiting.length === 0) grid.add(['Все, кому разосланы анкеты, ответили (или анкеты ещё не рассылались).'], 'note');
  else {
    grid.add(['Анкета', 'Код', 'ФИО', 'Email', 'Приглашение', 'Напоминаний'], 'header');
    for (const line of waiting) grid.add([line.questionnaire, line.code, line.fullName, line.email, line.invitedAt, line.reminders]);
  }

  const { cells, styles } = grid.build();
  // Charts sit to the right of the widest table, beside their data, never on top of each other.
  const width = cells[0].length;
  let free = 1;
  const placed = charts.map((chart) => {
    const anchorRow = Math.max(chart.anchorRow, free);
    free = anchorRow + CHART_HEIGHT_ROWS;
    return { ...chart, anchorRow, anchorColumn: width + 2 };
  });
  return { cells, styles, charts: placed };
}
