/**
 * Scoring one response: per-item values (reverse items turned round), total by the questionnaire's method, maximum,
 * percent, level, low items and subscales. A response that cannot be scored is rejected with every reason at once.
 */
import { answerNumber, answerText, isBlank, matchChoice, splitCheckboxAnswer } from '../questionnaires/answers';
import { isScored, itemRange, type Item, type Level, type Questionnaire, type ScoringSpec, type Stage } from '../questionnaires/model';
import { answerTo, type FormResponse, missingAnswerProblem, missingColumnProblem, type Rejection } from '../questionnaires/responses';
import { identifyRespondent, type Roster } from '../questionnaires/roster';
import { levelOf, round } from './levels';

export interface ItemScore {
  key: string;
  title: string;
  subscale?: string;
  /** Points after reversal; null for a blank optional item. */
  value: number | null;
  max: number;
  low: boolean;
}

export interface SubscaleScore {
  name: string;
  total: number;
  max: number;
}

export interface ScoredResponse {
  responseId: string;
  questionnaireId: string;
  instrument?: string;
  stage: Stage;
  row: number;
  timestamp: Date | null;
  /** The respondent's code; absent for a pair-level questionnaire (the rubric). */
  participant?: string;
  pair?: string;
  total: number;
  max: number;
  percent: number;
  level: Level;
  items: ItemScore[];
  /** Titles of low items, in questionnaire order. */
  lowItems: string[];
  subscales: SubscaleScore[];
}

export type ScoreOutcome =
  | { kind: 'scored'; result: ScoredResponse }
  | { kind: 'rejected'; rejection: Rejection };

type ItemReading = { value: number | null } | { problem: string };

/** Points an answer gives, or why it gives none. Blank answers are the caller's concern. */
function readItem(item: Item, cell: Exclude<ReturnType<typeof answerTo>, undefined>): ItemReading {
  const text = answerText(cell);
  if (item.type === 'scale') {
    const scale = item.scale!;
    const number = answerNumber(cell);
    // «семь» or «7.5» lies within 1–10 to a reader: say what is wrong with it, not that it is out of range.
    if (number === null || !Number.isInteger(number)) {
      return { problem: `вопрос «${item.title}»: ответ «${text}» — не целое число: нужна оценка от ${scale.min} до ${scale.max}` };
    }
    if (number < scale.min || number > scale.max) {
      return { problem: `вопрос «${item.title}»: ответ «${text}» вне шкалы ${scale.min}–${scale.max}` };
    }
    return { value: item.reverse ? scale.min + scale.max - number : number };
  }
  const range = itemRange(item);
  let points: number;
  if (item.type === 'checkbox') {
    const { choices, unknown } = splitCheckboxAnswer(item, text);
    if (unknown.length > 0) {
      return { problem: `вопрос «${item.title}»: вариантов «${unknown.join('», «')}» нет в анкете` };
    }
    points = choices.reduce((sum, choice) => sum + (choice.points ?? 0), 0);
  } else {
    const choice = matchChoice(item, text);
    if (!choice) return { problem: `вопрос «${item.title}»: варианта «${text}» нет в анкете` };
    points = choice.points ?? 0;
  }
  return { value: item.reverse ? range.min + range.max - points : points };
}

function total(spec: ScoringSpec, values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return spec.method === 'sum' ? sum : round(sum / values.length, 2);
}

function subscaleScores(spec: ScoringSpec, items: ItemScore[]): SubscaleScore[] {
  const names: string[] = [];
  for (const item of items) if (item.subscale && !names.includes(item.subscale)) names.push(item.subscale);
  return names.flatMap((name) => {
    const members = items.filter((item) => item.subscale === name);
    const values = members.map((item) => item.value).filter((value): value is number => value !== null);
    if (values.length === 0) return [];
    const max = spec.method === 'sum' ? members.reduce((sum, item) => sum + item.max, 0) : spec.max;
    return [{ name, total: total(spec, values), max }];
  });
}

export function scoreResponse(questionnaire: Questionnaire, response: FormResponse, roster: Roster): ScoreOutcome {
  const spec = questionnaire.scoring;
  if (!spec) throw new Error(`Анкета «${questionnaire.title}» не оценивается баллами.`);
  const problems: string[] = [...response.tableProblems];
  const respondent = identifyRespondent(questionnaire, response, roster);
  if (!respondent.ok) problems.push(respondent.reason);

  const items: ItemScore[] = [];
  for (const item of questionnaire.items) {
    if (item.code) continue;
    const cell = answerTo(response, item);
    const scored = isScored(item);
    if (cell === undefined) {
      if (item.required || scored) problems.push(missingColumnProblem(item));
      continue;
    }
    if (isBlank(cell)) {
      if (item.required) problems.push(missingAnswerProblem(item));
      else if (scored) items.push({ key: item.key, title: item.title, subscale: item.subscale, value: null, max: itemRange(item).max, low: false });
      continue;
    }
    if (!scored) continue;
    const reading = readItem(item, cell);
    if ('problem' in reading) {
      problems.push(reading.problem);
      continue;
    }
    items.push({
      key: item.key, title: item.title, subscale: item.subscale, value: reading.value, max: itemRange(item).max,
      low: reading.value !== null && reading.value <= spec.lowItemAtMost,
    });
  }
  const values = items.map((item) => item.value).filter((value): value is number => value !== null);
  if (problems.length === 0 && values.length === 0) problems.push('нет ни одного ответа на вопросы с баллами');
  if (problems.length > 0) {
    return {
      kind: 'rejected',
      rejection: {
        responseId: response.id, questionnaireId: questionnaire.id, row: response.row, timestamp: response.timestamp,
        code: respondent.code, reason: problems.join('; '),
      },
    };
  }
  const score = total(spec, values);
  const identity = respondent.ok ? respondent : undefined;
  return {
    kind: 'scored',
    result: {
      responseId: response.id,
      questionnaireId: questionnaire.id,
      ...(questionnaire.instrument ? { instrument: questionnaire.instrument } : {}),
      stage: questionnaire.stage,
      row: response.row,
      timestamp: response.timestamp,
      ...(identity?.person ? { participant: identity.person.code } : {}),
      ...(identity?.pair ? { pair: identity.pair } : {}),
      total: score,
      max: spec.max,
      percent: round((score / spec.max) * 100, 1),
      level: levelOf(spec, score),
      items,
      lowItems: items.filter((item) => item.low).map((item) => item.title),
      subscales: subscaleScores(spec, items),
    },
  };
}
