/**
 * A response table as Google Forms writes it (a timestamp column, then one column per question title) read into
 * responses keyed by question title, with a stable id per response: the rule that makes scoring idempotent.
 */
import { answerText, isBlank } from './answers';
import { type Cell, codeItem, isScored, type Item, type Questionnaire } from './model';
import { normaliseTitle } from './validation';
import { columnLetter } from '../bank/table';

export interface ResponseTable {
  header: Cell[];
  rows: Cell[][];
  /** Sheet row number of rows[0] (1-based); 2 when the header is row 1. */
  firstRow?: number;
  /** Sheet or file name, for messages. */
  source?: string;
}

export interface FormResponse {
  /** Stable across deliveries and recomputation: see responseId. */
  id: string;
  questionnaireId: string;
  /** 1-based row in the response sheet. */
  row: number;
  timestamp: Date | null;
  /** Normalised question title → the cell as written. */
  answers: ReadonlyMap<string, Cell>;
  /**
   * What makes the response unusable before its answers are read: the table has no timestamp column (told for each
   * of its responses), or this row's timestamp is not a date and time.
   */
  tableProblems: readonly string[];
}

/** A response that could not be used; it stays in the response sheet and is listed with the reason. */
export interface Rejection {
  responseId: string;
  questionnaireId: string;
  row: number;
  timestamp: Date | null;
  /** The code the respondent gave, as given ('' when blank). */
  code: string;
  reason: string;
}

/** Headers Google Forms uses for the timestamp column, by interface language. */
const TIMESTAMP_HEADERS = ['отметка времени', 'timestamp', 'дата и время', 'дата'];

export const TIMESTAMP_TITLE = 'Отметка времени';

/**
 * The timestamp column, or -1 when the table has none. A column one of the questionnaire's questions asks for is never
 * taken for it: an answer read as a timestamp would make every response unusable for the wrong reason.
 */
export function timestampColumn(header: readonly Cell[], questionnaire?: Questionnaire): number {
  const questions = new Set((questionnaire?.items ?? []).map((item) => normaliseTitle(item.title)));
  return header.findIndex((cell) => TIMESTAMP_HEADERS.includes(answerText(cell).toLocaleLowerCase('ru')) && !questions.has(normaliseTitle(answerText(cell))));
}

export function missingTimestampProblem(): string {
  return `в таблице ответов нет столбца «${TIMESTAMP_TITLE}» (Google Формы пишет его первым): без него ответ не учесть ровно один раз`;
}

const TIMESTAMP_FORMATS: ReadonlyArray<{ pattern: RegExp; order: [number, number, number] }> = [
  // «20.11.2026 10:15:03»: day, month, year
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/, order: [3, 2, 1] },
  // «2026-11-20 10:15:03» or «2026-11-20T10:15:03»
  { pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/, order: [1, 2, 3] },
  // «11/20/2026 10:15:03»: month, day, year
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/, order: [3, 1, 2] },
];

/**
 * A timestamp from a Date (Sheets, Excel), an Excel serial number, or text: «20.11.2026 10:15:03» (Forms, Russian),
 * «2026-11-20 10:15:03» (ISO) or «11/20/2026 10:15:03» (Forms, English). Like every date of the bank it is wall-clock
 * time of the spreadsheet's zone, read with local getters. Null when the cell is none of these.
 */
export function parseTimestamp(cell: Cell): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell;
  if (typeof cell === 'number' && cell > 0) {
    // An Excel serial is wall-clock days since 30.12.1899.
    const utc = new Date(Math.round((cell - 25569) * 86400) * 1000);
    return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  for (const { pattern, order } of TIMESTAMP_FORMATS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = order.map((group) => Number(match[group]));
    const [hour, minute, second] = [4, 5, 6].map((group) => Number(match[group] ?? 0));
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
    const date = new Date(year, month - 1, day, hour, minute, second);
    return date.getDate() === day ? date : null;
  }
  return null;
}

/** Codes as typed by hand may differ in case and spaces; personal links write them exactly. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toLocaleUpperCase('ru');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Wall-clock «2026-11-20T10:15:03»: the same for a Sheets Date, an Excel cell and CSV text, whatever the machine's zone. */
export function timestampKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function stampOf(timestamp: Cell): string {
  const parsed = parseTimestamp(timestamp);
  return parsed ? timestampKey(parsed) : answerText(timestamp);
}

/**
 * The response id. Forms stamps each response to the second and one person cannot submit twice within it, so
 * timestamp + code identifies a response; both survive the curator rewording a question or adding a column. Without
 * a code (an intake form opened from the general link) it is the timestamp and the response's place among the
 * code-less responses of that second (nearly always the 1st): never the answers, which the curator may correct after
 * the response was processed (a typo in a name, a note in a column of their own) — that must not make it new.
 */
export function responseId(questionnaireId: string, timestamp: Cell, code: string, ordinal = 1): string {
  const stamp = stampOf(timestamp);
  if (stamp && code) return `${questionnaireId}:${stamp}:${normaliseCode(code)}`;
  return `${questionnaireId}:${stamp || '-'}:#${ordinal}`;
}

export interface HeaderCheck {
  /** Items without a column: scored or required ones make every response unusable. */
  missing: Item[];
  /** Columns no item asks for (a question the curator added, an email column): kept, not scored. */
  extra: string[];
  /** Whether the table has its timestamp column (without it every response is rejected). */
  timestamp: boolean;
}

export function checkResponseHeader(questionnaire: Questionnaire, header: readonly Cell[]): HeaderCheck {
  const titles = new Set(header.map((cell) => normaliseTitle(answerText(cell))));
  const known = new Set(questionnaire.items.map((item) => normaliseTitle(item.title)));
  const stampIndex = timestampColumn(header, questionnaire);
  return {
    timestamp: stampIndex >= 0,
    missing: questionnaire.items.filter((item) => !titles.has(normaliseTitle(item.title))),
    extra: header
      .map((cell, index) => ({ title: normaliseTitle(answerText(cell)), index }))
      .filter(({ title, index }) => index !== stampIndex && title !== '' && !known.has(title))
      .map(({ title }) => title),
  };
}

/** Whether a missing column makes responses unusable (versus an optional question nobody needs). */
export function isEssential(item: Item): boolean {
  return item.required || isScored(item) || item.code !== undefined;
}

/** Responses of a table; blank rows (a curator's spacing) are skipped, never reported. */
export function readResponses(questionnaire: Questionnaire, table: ResponseTable): FormResponse[] {
  const titles = table.header.map((cell) => normaliseTitle(answerText(cell)));
  const stampIndex = timestampColumn(table.header, questionnaire);
  const tableProblems = stampIndex < 0 ? [missingTimestampProblem()] : [];
  const codeTitle = normaliseTitle(codeItem(questionnaire).title);
  const codeIndex = titles.indexOf(codeTitle);
  const firstRow = table.firstRow ?? 2;
  const responses: FormResponse[] = [];
  const itemTitles = new Set(questionnaire.items.map((item) => normaliseTitle(item.title)));
  const itemColumns = titles.flatMap((title, column) => (itemTitles.has(title) ? [column] : []));
  const codeless = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    // A row is a response when Forms wrote it: a timestamp or an answer. A note typed beside a blank row is not.
    if (isBlank(cells[stampIndex]) && itemColumns.every((column) => isBlank(cells[column]))) return;
    const answers = new Map<string, Cell>();
    titles.forEach((title, column) => {
      // A title repeated in the header keeps its first column: Forms writes each title once.
      if (column !== stampIndex && title && !answers.has(title)) answers.set(title, cells[column] ?? null);
    });
    const code = codeIndex >= 0 ? answerText(cells[codeIndex]) : '';
    const stamp = stampIndex < 0 ? null : cells[stampIndex] ?? null;
    let ordinal = 1;
    if (!code || !stampOf(stamp)) {
      ordinal = (codeless.get(stampOf(stamp)) ?? 0) + 1;
      codeless.set(stampOf(stamp), ordinal);
    }
    const row = firstRow + index;
    // An unreadable stamp («вчера», a cut-off «20.11.2026 10:») is no identity: as an id it would make another
    // response with the same text a repeat. The response is rejected with its place and keeps an id of its own.
    const unreadable = !isBlank(stamp) && !parseTimestamp(stamp);
    responses.push({
      id: unreadable ? `${questionnaire.id}:нет-отметки-времени:строка-${row}` : responseId(questionnaire.id, stamp, code, ordinal),
      questionnaireId: questionnaire.id,
      row,
      timestamp: parseTimestamp(stamp),
      answers,
      tableProblems: unreadable ? [...tableProblems, unreadableTimestampProblem(stamp, row, stampIndex)] : tableProblems,
    });
  });
  return responses;
}

/** The answer to an item: undefined when the table has no column for it, null/'' when blank. */
export function answerTo(response: FormResponse, item: Item): Cell | undefined {
  return response.answers.get(normaliseTitle(item.title));
}

export function unreadableTimestampProblem(stamp: Cell, row: number, column: number): string {
  return `отметка времени «${answerText(stamp)}» (строка ${row}, столбец ${columnLetter(column + 1)}) — не дата и время: ответ нельзя учесть ровно один раз; `
    + 'исправьте её (ДД.ММ.ГГГГ ЧЧ:ММ:СС) — ответ будет учтён при пересчёте';
}

export function missingColumnProblem(item: Item): string {
  return `в таблице ответов нет столбца «${item.title}» (вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте`;
}

export function missingAnswerProblem(item: Item): string {
  return `нет ответа на обязательный вопрос «${item.title}»`;
}

/** The answer to an item when there is one; a missing column or a blank required answer is told in problems. */
export function givenAnswer(response: FormResponse, item: Item, problems: string[]): Cell | undefined {
  const cell = answerTo(response, item);
  if (cell === undefined) {
    if (item.required) problems.push(missingColumnProblem(item));
    return undefined;
  }
  if (isBlank(cell)) {
    if (item.required) problems.push(missingAnswerProblem(item));
    return undefined;
  }
  return cell;
}
