import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { RUBRIC_CHOICES } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponses } from '../../../src/domain/scoring/batch';
import { summariseMonitoring } from '../../../src/domain/scoring/monitoring';
import type { ScoredResponse } from '../../../src/domain/scoring/score';
import { sampleRoster } from '../helpers/bank';
import { type Answers, responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const roster = sampleRoster();
const get = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;

function score(id: string, rows: Answers[]): ScoredResponse[] {
  const questionnaire = get(id);
  const responses = responsesOf(questionnaire, rows.map((answers, index) => ({ at: `1${index}.05.2027 10:00:00`, answers })));
  const batch = scoreResponses(questionnaire, responses, roster);
  expect(batch.rejected).toEqual([]);
  return batch.results;
}

const rubric = (pair: string, twos: number, ones: number): Answers => {
  const answers: Answers = { pair_code: pair };
  for (let n = 1; n <= 9; n += 1) answers[`indicator_${n}`] = RUBRIC_CHOICES[n <= twos ? 0 : n <= twos + ones ? 1 : 2].label;
  return answers;
};
const rated = (id: string, code: string, value: number, extra: Answers = {}) => ({ ...uniform(get(id), 'participant_code', code, value), ...extra });
const diag = (id: string, code: string, value: number) => ({ ...rated(id, code, value), exhaustion: 6 - value, anxiety: 6 - value });

describe('the monitoring summary', () => {
  const results = [
    ...score('efficiency-rubric', [rubric('П-1', 8, 1), rubric('П-2', 3, 4)]),
    ...score('mentee-satisfaction', [rated('mentee-satisfaction', 'НЯ-1', 9), rated('mentee-satisfaction', 'НЯ-2', 6, { clarity: 2 }), rated('mentee-satisfaction', 'НЯ-3', 8)]),
    ...score('mentor-satisfaction', [rated('mentor-satisfaction', 'НС-1', 10)]),
    ...score('diagnostics-entry', [diag('diagnostics-entry', 'НЯ-1', 2), diag('diagnostics-entry', 'НЯ-2', 3)]),
    ...score('diagnostics-final', [diag('diagnostics-final', 'НЯ-1', 4), diag('diagnostics-final', 'НЯ-2', 3)]),
  ];
  const summary = summariseMonitoring(catalog, results, roster);
  const instrument = (name: string) => summary.instruments.find((candidate) => candidate.instrument === name)!;

  it('lists the pairs that exist (not the proposed one) with their people', () => {
    expect(summary.pairs).toEqual([
      { pair: 'П-1', mentor: 'Петрова Анна Ивановна', mentees: ['Иванов Пётр Сергеевич'], status: 'действует' },
      { pair: 'П-2', mentor: 'Сидоров Игорь Олегович', mentees: ['Кузнецова Мария Андреевна', 'Смирнов Олег Игоревич'], status: 'действует' },
      { pair: 'П-3', mentor: 'Орлова Вера Павловна', mentees: ['Волкова Дарья Петровна'], status: 'завершена' },
    ]);
  });

  it('has one section per scored instrument, diagnostics as before → after', () => {
    expect(summary.instruments.map((section) => [section.instrument, section.stages])).toEqual([
      ['diagnostics', 'before-after'], ['satisfaction-mentee', 'single'], ['satisfaction-mentor', 'single'], ['efficiency', 'single'], ['fit-check', 'single'],
    ]);
  });

  it('gives the rubric total and level per pair and the levels distribution', () => {
    const efficiency = instrument('efficiency');
    expect(efficiency.pairs.get('П-1')).toMatchObject({ value: 17, level: { label: 'оптимальный' }, lowItems: [] });
    expect(efficiency.pairs.get('П-2')).toMatchObject({ value: 10, level: { label: 'допустимый' }, respondents: 1 });
    expect(efficiency.pairs.get('П-2')?.lowItems).toHaveLength(2);
    expect(efficiency.pairs.has('П-3')).toBe(false);
    expect(efficiency.distribution.map(({ level, count }) => [level.label, count])).toEqual([['оптимальный', 1], ['допустимый', 1], ['недопустимый', 0]]);
    expect(efficiency.overall).toMatchObject({ mean: 13.5, count: 2, level: { label: 'допустимый' } });
  });

  it('gives satisfaction means per pair (a group averages its members), per item and overall', () => {
    const mentees = instrument('satisfaction-mentee');
    expect(mentees.pairs.get('П-1')).toMatchObject({ value: 9, respondents: 1 });
    // НЯ-2 mean (7·6 + 2) / 8 = 5.5, НЯ-3 8 → 6.75
    expect(mentees.pairs.get('П-2')).toMatchObject({ value: 6.75, level: { label: 'средняя' }, respondents: 2, lowItems: [] });
    expect(mentees.items.find((item) => item.key === 'clarity')).toMatchObject({ mean: 6.33, count: 3 });
    expect(mentees.overall).toMatchObject({ mean: 7.5, count: 3 });
    expect(instrument('satisfaction-mentor').pairs.get('П-1')).toMatchObject({ value: 10 });
  });

  it('gives diagnostics before → after per pair and for the programme', () => {
    const diagnostics = instrument('diagnostics');
    expect(diagnostics.pairs.get('П-1')?.change).toEqual({ before: 2, after: 4, delta: 2 });
    expect(diagnostics.pairs.get('П-2')?.change).toEqual({ before: 3, after: 3, delta: 0 });
    expect(diagnostics.comparison?.programme).toEqual({ people: 2, before: 2.5, after: 3.5, delta: 1 });
    expect(diagnostics.title).toBe('Входная диагностика → Итоговая диагностика');
  });

  it('is complete and empty without any result', () => {
    const empty = summariseMonitoring(catalog, [], roster);
    expect(empty.instruments).toHaveLength(5);
    for (const section of empty.instruments) {
      expect(section.respondents).toBe(0);
      expect(section.overall.mean).toBeNull();
      expect(section.pairs.size).toBe(0);
    }
  });
});
