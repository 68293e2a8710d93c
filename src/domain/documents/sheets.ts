/**
 * What documents read from and write to the workbook, as tables: «Результаты» (scores), «Приказы» (the register), and
 * the columns of «Пары» an order changes («Приказ», «Статус»). Columns are found by header; a write covers one column
 * (or one new row) so nothing else the curator typed is touched.
 */
import { parseDate, parseNumber } from '../bank/cells';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, RESULT_COLUMNS as R, SHEET } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn, isBlankRow, sheetRow } from '../bank/table';
import type { ScoreRecord } from './context';
import { parsePairCodes, type OrderRecord, type OrderStatus } from './register';

export function readScores(table: Table | undefined): ScoreRecord[] {
  if (!table) return [];
  const col = (header: string) => findColumn(table, header);
  const [date, questionnaire, stage, participant, pair, score, max, level] = [R.date, R.questionnaire, R.stage, R.participant, R.pair, R.score, R.max, R.level].map(col);
  if (questionnaire < 0 || score < 0) return [];
  const scores: ScoreRecord[] = [];
  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    const points = parseNumber(row[score] ?? null);
    if (points === undefined) continue;
    scores.push({
      date: date >= 0 ? parseDate(row[date] ?? null) : undefined,
      questionnaire: cellText(row[questionnaire]),
      stage: stage >= 0 ? cellText(row[stage]) : '',
      participantCode: participant >= 0 ? cellText(row[participant]).trim() : '',
      pairCode: pair >= 0 ? cellText(row[pair]).trim() : '',
      points,
      max: (max >= 0 ? parseNumber(row[max] ?? null) : undefined) ?? 0,
      level: level >= 0 ? cellText(row[level]) : '',
    });
  }
  return scores;
}

/** A row of «Приказы» with its data-row index (blank rows are skipped, so the index is kept for writes). */
export interface OrderRow {
  record: OrderRecord;
  index: number;
}

export function readOrderRows(table: Table | undefined): OrderRow[] {
  if (!table) return [];
  const col = (header: string) => findColumn(table, header);
  const [number, date, kind, title, link, pdf, status, pairs] = [O.number, O.date, O.kind, O.title, O.link, O.pdf, O.status, O.pairs].map(col);
  const text = (row: Cell[], i: number) => (i >= 0 ? cellText(row[i]).trim() : '');
  const rows: OrderRow[] = [];
  table.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rows.push({
      index,
      record: {
        number: text(row, number),
        date: date >= 0 ? parseDate(row[date] ?? null) ?? null : null,
        kind: text(row, kind),
        title: text(row, title),
        link: text(row, link),
        pdf: text(row, pdf),
        status: text(row, status),
        pairs: parsePairCodes(text(row, pairs)),
      },
    });
  });
  return rows;
}

export function readOrderRegister(table: Table | undefined): OrderRecord[] {
  return readOrderRows(table).map((row) => row.record);
}

/**
 * Why a new order cannot be registered under this header: it lists pairs, and without «Пары» the register would not
 * know them, so the next run would list them again.
 */
export function orderRegisterProblem(header: readonly string[], order: Pick<OrderRecord, 'pairs'>): string | undefined {
  if ((order.pairs ?? []).length === 0 || findColumn({ header: [...header] }, O.pairs) >= 0) return undefined;
  return `На листе «${SHEET.orders}» нет столбца «${O.pairs}» (коды пар приказа): добавьте его в первую строку листа — без него приказ выйдет повторно для тех же пар. Документ не создан, ничего не изменено.`;
}

/** The register row for a new order, laid out by the sheet's own header (other columns stay empty). */
export function orderRegisterRow(header: readonly string[], order: OrderRecord): Cell[] {
  const values: Record<string, Cell> = {
    [O.number]: order.number, [O.date]: order.date, [O.kind]: order.kind, [O.title]: order.title,
    [O.link]: order.link, [O.pdf]: order.pdf, [O.status]: order.status, [O.pairs]: (order.pairs ?? []).join('; ') || null,
  };
  const table = { header: [...header] };
  const row: Cell[] = header.map(() => null);
  for (const [name, value] of Object.entries(values)) {
    const at = findColumn(table, name);
    if (at >= 0) row[at] = value;
  }
  return row;
}

/** A whole-column write: the values of one column for every data row, changed only where `change` says so. */
export interface ColumnWrite {
  sheet: string;
  /** 1-based column number. */
  column: number;
  firstRow: number;
  values: Cell[][];
  changed: number;
}

export type ColumnResult = { ok: true; write: ColumnWrite | null } | { ok: false; problem: string };

function columnWrite(
  table: Table, header: string, change: (code: string, current: Cell, index: number) => Cell | undefined,
  { key = P.code, consequence = 'ничего не изменено' }: { key?: string; consequence?: string } = {},
): ColumnResult {
  const column = findColumn(table, header);
  const code = findColumn(table, key);
  if (column < 0 || code < 0) {
    return { ok: false, problem: `На листе «${table.sheet}» нет столбца «${column < 0 ? header : key}»: ${consequence}.` };
  }
  let changed = 0;
  const values = table.rows.map((row, index) => {
    const next = change(cellText(row[code]).trim(), row[column] ?? null, index);
    if (next === undefined) return [row[column] ?? null];
    changed++;
    return [next];
  });
  return { ok: true, write: changed > 0 ? { sheet: table.sheet, column: column + 1, firstRow: sheetRow(0), values, changed } : null };
}

/** «Пары» → «Приказ» for the pairs an order lists. */
export function pairOrderWrite(pairs: Table, pairCodes: readonly string[], reference: string): ColumnResult {
  const listed = new Set(pairCodes);
  return columnWrite(pairs, P.order, (code) => (listed.has(code) ? reference : undefined), { consequence: 'документ не создан, ничего не изменено' });
}

/** «Пары» → «Статус» set to «утверждена» for the approved pairs. */
export function pairStatusWrite(pairs: Table, approvedCodes: readonly string[]): ColumnResult {
  const approved = new Set(approvedCodes);
  return columnWrite(pairs, P.status, (code) => (approved.has(code) ? 'утверждена' : undefined));
}

/** Any column of a sheet keyed by a code column, for the rows given by code: what a curator types when a pair ends. */
export function codedColumnWrite(table: Table, header: string, codeHeader: string, valuesByCode: ReadonlyMap<string, Cell>): ColumnResult {
  return columnWrite(table, header, (code) => valuesByCode.get(code), { key: codeHeader });
}

/** «Приказы» → «Статус» of one order (by its data-row index). */
export function orderStatusWrite(orders: Table, index: number, status: OrderStatus): ColumnResult {
  return columnWrite(orders, O.status, (_number, _current, at) => (at === index ? status : undefined), { key: O.number });
}

export const ORDERS_SHEET = SHEET.orders;

/** The Drive folder id in «Папка для документов»: a link to the folder or the id itself. */
export function folderIdFrom(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const fromLink = /\/folders\/([A-Za-z0-9_-]{10,})/.exec(text) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(text);
  if (fromLink) return fromLink[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : undefined;
}
