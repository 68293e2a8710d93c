/** Response tables laid out as Google Forms writes them: «Отметка времени», then one column per question title. */
import type { Cell, Questionnaire } from '../../../src/domain/questionnaires/model';
import { readResponses, type FormResponse, type ResponseTable } from '../../../src/domain/questionnaires/responses';

export type Answers = Record<string, Cell>;

/** Answers by item key (readable tests), timestamp as Forms writes it in a Russian locale. */
export function responseTable(questionnaire: Questionnaire, rows: Array<{ at: string; answers: Answers }>): ResponseTable {
  const items = questionnaire.items;
  return {
    header: ['Отметка времени', ...items.map((item) => item.title)],
    rows: rows.map(({ at, answers }) => [at, ...items.map((item) => answers[item.key] ?? '')]),
  };
}

export function responsesOf(questionnaire: Questionnaire, rows: Array<{ at: string; answers: Answers }>): FormResponse[] {
  return readResponses(questionnaire, responseTable(questionnaire, rows));
}

/** Same answer for every scored item of a questionnaire, plus the code. */
export function uniform(questionnaire: Questionnaire, codeKey: string, code: string, value: Cell): Answers {
  const answers: Answers = { [codeKey]: code };
  for (const item of questionnaire.items) if (item.type === 'scale' || (item.choices && item.choices.some((c) => c.points !== undefined))) answers[item.key] = value;
  return answers;
}
