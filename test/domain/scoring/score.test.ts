import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { RUBRIC_CHOICES } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponse, type ScoreOutcome, type ScoredResponse } from '../../../src/domain/scoring/score';
import { sampleRoster } from '../helpers/bank';
import { type Answers, responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const get = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;
const rubric = get('efficiency-rubric');
const satisfaction = get('mentee-satisfaction');
const diagnosticsEntry = get('diagnostics-entry');
const roster = sampleRoster();
const [FULL, PARTIAL, NONE] = RUBRIC_CHOICES.map((choice) => choice.label);

function score(questionnaire: Questionnaire, answers: Answers): ScoreOutcome {
  return scoreResponse(questionnaire, responsesOf(questionnaire, [{ at: '20.11.2026 10:15:03', answers }])[0], roster);
}

function scored(questionnaire: Questionnaire, answers: Answers): ScoredResponse {
  const outcome = score(questionnaire, answers);
  if (outcome.kind !== 'scored') throw new Error(`rejected: ${outcome.rejection.reason}`);
  return outcome.result;
}

function reason(questionnaire: Questionnaire, answers: Answers): string {
  const outcome = score(questionnaire, answers);
  if (outcome.kind !== 'rejected') throw new Error('scored, expected a rejection');
  return outcome.rejection.reason;
}

/** Rubric answers reaching a total: as many 2s as fit, then a 1, the rest 0. */
function rubricAnswers(total: number): Answers {
  const answers: Answers = { pair_code: 'П-1' };
  let left = total;
  for (let n = 1; n <= 9; n += 1) {
    const points = Math.min(2, left);
    left -= points;
    answers[`indicator_${n}`] = points === 2 ? FULL : points === 1 ? PARTIAL : NONE;
  }
  return answers;
}

describe('the efficiency rubric', () => {
  it.each([
    [18, 'оптимальный'], [15, 'оптимальный'], [14, 'допустимый'], [9, 'допустимый'], [8, 'недопустимый'], [0, 'недопустимый'],
  ])('total %i is «%s»', (total, level) => {
    const result = scored(rubric, rubricAnswers(total));
    expect(result.total).toBe(total);
    expect(result.max).toBe(18);
    expect(result.level.label).toBe(level);
    expect(result.percent).toBe(Math.round((total / 18) * 1000) / 10);
  });

  it('is per pair: the pair code identifies it, no participant', () => {
    const result = scored(rubric, rubricAnswers(16));
    expect(result.pair).toBe('П-1');
    expect(result.participant).toBeUndefined();
    expect(result.stage).toBe('итоговая');
  });

  it('flags indicators that do not show (0 points) as low and totals each criterion', () => {
    const result = scored(rubric, rubricAnswers(10));
    expect(result.lowItems).toEqual([
      'Степень удовлетворенности всех участников наставнической деятельности',
      'Уровень удовлетворенности партнера от взаимодействия в наставнической деятельности',
      'Активность и заинтересованность в участии в мероприятиях, связанных с наставнической деятельностью',
      'Степень применения наставляемыми полученных от наставника знаний, умений и опыта в профессиональных (учебных, жизненных) ситуациях, активная гражданская позиция',
    ]);
    expect(result.subscales).toEqual([
      { name: 'Оценка Программы наставничества в организации', total: 10, max: 10 },
      { name: 'Определение эффективности участников наставнической деятельности в организации', total: 0, max: 4 },
      { name: 'Изменения в личности наставляемого', total: 0, max: 4 },
    ]);
  });

  it('accepts a choice whatever its case or spacing, refuses one that is not in the rubric', () => {
    expect(scored(rubric, { ...rubricAnswers(18), indicator_1: '  производится в полной  мере, 2 балла ' }).total).toBe(18);
    expect(reason(rubric, { ...rubricAnswers(18), indicator_1: 'Отлично' }))
      .toBe('вопрос «Соответствие наставнической деятельности цели и задачам, по которым она осуществляется»: варианта «Отлично» нет в анкете');
  });

  it('refuses an unknown pair code', () => {
    expect(reason(rubric, { ...rubricAnswers(18), pair_code: 'П-99' })).toBe('код пары «П-99» не найден на листе «Пары»');
  });
});

describe('rated questionnaires: means, reverse items, low items', () => {
  it('takes the mean of the 1–10 ratings and its level', () => {
    const answers = { ...uniform(satisfaction, 'participant_code', 'НЯ-1', 8), comfort: 10, clarity: 3 };
    const result = scored(satisfaction, answers);
    // 6 items at 8, one at 10, one at 3 → 61 / 8
    expect(result.total).toBe(7.63);
    expect(result.max).toBe(10);
    expect(result.percent).toBe(76.3);
    expect(result.level.label).toBe('средняя');
    expect(result.lowItems).toEqual(['Насколько понятными были задачи, поставленные наставником?']);
    expect(result.participant).toBe('НЯ-1');
    expect(result.pair).toBe('П-1');
  });

  it('turns reverse items round: agreeing with «emotional exhaustion» is a low value', () => {
    const answers = { ...uniform(diagnosticsEntry, 'participant_code', 'НЯ-2', 4), exhaustion: 5, anxiety: 1 };
    const result = scored(diagnosticsEntry, answers);
    const value = (key: string) => result.items.find((item) => item.key === key)?.value;
    expect(value('exhaustion')).toBe(1);
    expect(value('anxiety')).toBe(5);
    expect(value('interest')).toBe(4);
    expect(result.lowItems).toEqual(['К концу рабочего дня я чувствую эмоциональное истощение']);
    // 11 items at 4, one at 1, one at 5 → 50 / 13
    expect(result.total).toBe(3.85);
    expect(result.subscales.map((subscale) => subscale.name)).toEqual(['Мотивационно-личностный рост', 'Компетентностный рост', 'Профессиональный рост']);
    expect(result.subscales[0]).toEqual({ name: 'Мотивационно-личностный рост', total: 3.5, max: 5 });
  });

  it('accepts blank answers to optional open questions and keeps formula-like text out of the score', () => {
    const answers = { ...uniform(satisfaction, 'participant_code', 'НЯ-1', 9), most_useful: '=HYPERLINK("x")', improve: '' };
    expect(scored(satisfaction, answers).total).toBe(9);
  });

  it('reads ratings written as text (CSV) like numbers', () => {
    expect(scored(satisfaction, uniform(satisfaction, 'participant_code', 'НЯ-1', '6')).total).toBe(6);
  });
});

describe('rejections say why, all reasons at once', () => {
  it.each([
    [11, '«11» вне шкалы 1–10'], [0, '«0» вне шкалы 1–10'], ['семь', '«семь» — не целое число: нужна оценка от 1 до 10'],
    [7.5, '«7.5» — не целое число: нужна оценка от 1 до 10'],
  ])('an out-of-range rating %p', (value, message) => {
    expect(reason(satisfaction, { ...uniform(satisfaction, 'participant_code', 'НЯ-1', 8), comfort: value }))
      .toBe(`вопрос «Насколько комфортно было общение с наставником?»: ответ ${message}`);
  });

  it('an unknown participant code', () => {
    expect(reason(satisfaction, uniform(satisfaction, 'participant_code', 'НЯ-99', 8)))
      .toBe('код участника «НЯ-99» не найден на листах «Наставники» и «Наставляемые»');
  });

  it('a blank code (the form was opened without the personal link)', () => {
    expect(reason(satisfaction, uniform(satisfaction, 'participant_code', '', 8))).toContain('не заполнен «Код участника»');
  });

  it('a mentor answering the mentees\' questionnaire', () => {
    expect(reason(satisfaction, uniform(satisfaction, 'participant_code', 'НС-1', 8)))
      .toBe('код «НС-1» принадлежит наставнику, а анкета «Удовлетворённость наставляемого участием в программе наставничества» — для наставляемых');
  });

  it('a code typed in another case is the same code', () => {
    expect(scored(satisfaction, uniform(satisfaction, 'participant_code', ' ня-1 ', 8)).participant).toBe('НЯ-1');
  });

  it('a required question left blank, together with a bad value and a bad code', () => {
    const answers = { ...uniform(satisfaction, 'participant_code', 'X', 8), comfort: '', clarity: 12 };
    expect(reason(satisfaction, answers)).toBe([
      'код участника «X» не найден на листах «Наставники» и «Наставляемые»',
      'нет ответа на обязательный вопрос «Насколько комфортно было общение с наставником?»',
      'вопрос «Насколько понятными были задачи, поставленные наставником?»: ответ «12» вне шкалы 1–10',
    ].join('; '));
  });

  it('a question missing from the response table (deleted or renamed by the curator)', () => {
    const responses = responsesOf(satisfaction, [{ at: '20.11.2026 10:15:03', answers: uniform(satisfaction, 'participant_code', 'НЯ-1', 8) }]);
    const answers = new Map(responses[0].answers);
    answers.delete('Насколько оправдались Ваши ожидания?');
    const outcome = scoreResponse(satisfaction, { ...responses[0], answers }, roster);
    expect(outcome.kind === 'rejected' && outcome.rejection).toMatchObject({
      row: 2, code: 'НЯ-1',
      reason: 'в таблице ответов нет столбца «Насколько оправдались Ваши ожидания?» (вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте',
    });
  });
});
