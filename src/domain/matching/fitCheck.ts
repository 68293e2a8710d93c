/**
 * The fit check after the first meetings (issue 12): when its questionnaire is due, and which pairs its answers mark
 * «требует внимания». A side that does not wish to go on, or whose mean rating is below the threshold, is enough:
 * a pair that did not work for one of the two did not work.
 */
import type { Issue } from '../bank/issues';
import type { Pair } from '../bank/model';
import { SETTINGS_COLUMNS, SHEET } from '../bank/schema';
import { registerSettings, type Settings } from '../bank/settings';
import { cellText, isBlank } from '../bank/table';
import { normalizeTerm } from '../bank/vocabulary';
import { surnameWithInitials as shortName } from '../language/initials';
import { DO_NOT_CONTINUE, DO_NOT_CONTINUE_POINTS, FIT_CHECK_WISH_KEY, fitCheck } from '../questionnaires/catalog/fit-check';
import { readResponses, type ResponseTable } from '../questionnaires/responses';
import { buildRoster } from '../questionnaires/roster';
import { scoreResponses } from '../scoring/batch';
import type { ScoredResponse } from '../scoring/score';
import type { Mentee, Mentor } from '../bank/model';
import { codeKey } from './context';

export const FIT_CHECK_WEEKS_SETTING = 'Проверка совместимости через, недель';
export const FIT_CHECK_THRESHOLD_SETTING = 'Порог проверки совместимости';
export const DEFAULT_FIT_CHECK_WEEKS = 3;
/** A mean rating below this (on 1–10) marks the pair. */
export const DEFAULT_FIT_CHECK_THRESHOLD = 5;
export const NEEDS_ATTENTION = 'требует внимания';

registerSettings([
  { name: FIT_CHECK_WEEKS_SETTING, defaultValue: DEFAULT_FIT_CHECK_WEEKS, hint: 'Через сколько недель после начала пары участникам отправляется анкета «Проверка совместимости пары после первых встреч»; целое число от 1 до 26.' },
  { name: FIT_CHECK_THRESHOLD_SETTING, defaultValue: DEFAULT_FIT_CHECK_THRESHOLD, hint: 'Средняя оценка (от 1 до 10) ниже этого числа — пара «требует внимания»; число от 1 до 10.' },
]);

export interface FitCheckSettings {
  weeks: number;
  threshold: number;
}

function readNumber(settings: Settings, name: string, fallback: number, min: number, max: number, integer: boolean, issues: Issue[]): number {
  const entry = settings.get(name);
  if (!entry || isBlank(entry.value)) return fallback;
  const value = typeof entry.value === 'number' ? entry.value : Number(cellText(entry.value).trim().replace(',', '.'));
  if (Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) return value;
  issues.push({
    severity: 'warning',
    sheet: SHEET.settings,
    row: entry.row,
    column: SETTINGS_COLUMNS.value,
    message: `«${name}»: значение «${cellText(entry.value)}» не подходит; нужно ${integer ? 'целое ' : ''}число от ${min} до ${max}; взято ${fallback}.`,
  });
  return fallback;
}

export function fitCheckSettings(settings: Settings, issues: Issue[] = []): FitCheckSettings {
  return {
    weeks: readNumber(settings, FIT_CHECK_WEEKS_SETTING, DEFAULT_FIT_CHECK_WEEKS, 1, 26, true, issues),
    threshold: readNumber(settings, FIT_CHECK_THRESHOLD_SETTING, DEFAULT_FIT_CHECK_THRESHOLD, 1, 10, false, issues),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a pair that started on `start` is due its fit check on `now` (whole days). */
export function fitCheckDue(start: Date | undefined, now: Date, weeks: number): boolean {
  return start !== undefined && now.getTime() - start.getTime() >= weeks * 7 * DAY_MS - DAY_MS / 2;
}

/** Pairs that are running: only these are checked and re-paired. */
const RUNNING = ['утверждена', 'действует'];

export function isRunningPair(pair: Pair): boolean {
  return RUNNING.includes(normalizeTerm(pair.status));
}

export interface AttentionPair {
  pairCode: string;
  mentorCode: string;
  mentorName: string;
  menteeCodes: string[];
  menteeNames: string[];
  /** Why, side by side: «наставляемый Петрова А.С.: не хочет продолжать». */
  reasons: string[];
}

function sideName(pair: Pair, code: string): string {
  if (codeKey(pair.mentorCode) === codeKey(code)) return `наставник ${shortName(pair.mentorName || code)}`;
  const i = pair.menteeCodes.findIndex((c) => codeKey(c) === codeKey(code));
  return `наставляемый ${shortName(pair.menteeNames[i] || code)}`;
}

function decimal(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

/** The running pairs whose latest fit-check answers (per person) say the pair needs the curator. */
export function pairsNeedingAttention(pairs: readonly Pair[], scored: readonly ScoredResponse[], threshold: number): AttentionPair[] {
  const latest = new Map<string, ScoredResponse>();
  for (const s of scored) {
    if (!s.pair || !s.participant) continue;
    const key = `${codeKey(s.pair)}|${codeKey(s.participant)}`;
    const before = latest.get(key);
    if (!before || (s.timestamp?.getTime() ?? 0) >= (before.timestamp?.getTime() ?? 0)) latest.set(key, s);
  }
  const out: AttentionPair[] = [];
  for (const pair of pairs) {
    if (!isRunningPair(pair) || !pair.code.trim()) continue;
    const reasons: string[] = [];
    for (const code of [pair.mentorCode, ...pair.menteeCodes]) {
      const answer = latest.get(`${codeKey(pair.code)}|${codeKey(code)}`);
      if (!answer) continue;
      const wish = answer.items.find((i) => i.key === FIT_CHECK_WISH_KEY);
      const ratings = answer.items.filter((i) => i.key !== FIT_CHECK_WISH_KEY && i.value !== null);
      const mean = ratings.length ? ratings.reduce((s, i) => s + (i.value ?? 0), 0) / ratings.length : Number.NaN;
      const said: string[] = [];
      if (wish?.value === DO_NOT_CONTINUE_POINTS) said.push(`ответил «${DO_NOT_CONTINUE}»`);
      if (mean < threshold) said.push(`средняя оценка ${decimal(mean)} ниже порога ${decimal(threshold)}`);
      if (said.length) reasons.push(`${sideName(pair, code)}: ${said.join(', ')}`);
    }
    if (reasons.length) {
      out.push({ pairCode: pair.code, mentorCode: pair.mentorCode, mentorName: pair.mentorName, menteeCodes: pair.menteeCodes, menteeNames: pair.menteeNames, reasons });
    }
  }
  return out;
}

/** The fit-check response sheet scored against the bank: what both the sidebar and the CLI read. */
export function fitCheckAttention(
  bank: { mentors: readonly Mentor[]; mentees: readonly Mentee[]; pairs: readonly Pair[] },
  responses: ResponseTable | undefined,
  threshold: number,
): AttentionPair[] {
  if (!responses || responses.rows.length === 0) return [];
  const questionnaire = fitCheck();
  const roster = buildRoster(bank.mentors, bank.mentees, bank.pairs);
  const { results } = scoreResponses(questionnaire, readResponses(questionnaire, responses), roster);
  return pairsNeedingAttention(bank.pairs, results, threshold);
}
