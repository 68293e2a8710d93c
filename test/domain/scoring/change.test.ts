import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponses } from '../../../src/domain/scoring/batch';
import { compareStages } from '../../../src/domain/scoring/change';
import { sampleRoster } from '../helpers/bank';
import { responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const entry = findQuestionnaire(catalog, 'diagnostics-entry') as Questionnaire;
const final = findQuestionnaire(catalog, 'diagnostics-final') as Questionnaire;
const roster = sampleRoster();

function stage(questionnaire: Questionnaire, rows: Array<[string, number]>) {
  const responses = responsesOf(questionnaire, rows.map(([code, value], index) => ({
    at: `0${index + 1}.09.2026 10:00:00`,
    // exhaustion is reverse-scored: answering (6 − value) keeps every item's value equal to `value`
    answers: { ...uniform(questionnaire, 'participant_code', code, value), exhaustion: 6 - value, anxiety: 6 - value },
  })));
  return scoreResponses(questionnaire, responses, roster).results;
}

describe('before → after', () => {
  const before = stage(entry, [['НЯ-1', 2], ['НЯ-2', 3], ['НЯ-3', 3], ['НЯ-4', 4]]);
  const after = stage(final, [['НЯ-1', 4], ['НЯ-2', 4], ['НЯ-3', 5], ['НС-1', 5]]);
  const comparison = compareStages(before, after);

  it('per person, with people who answered once shown without a change', () => {
    expect(comparison.people.map(({ participant, before: b, after: a, delta }) => [participant, b, a, delta])).toEqual([
      ['НС-1', null, 5, null], ['НЯ-1', 2, 4, 2], ['НЯ-2', 3, 4, 1], ['НЯ-3', 3, 5, 2], ['НЯ-4', 4, null, null],
    ]);
    expect(comparison.people.find((person) => person.participant === 'НЯ-1')?.items.find((item) => item.key === 'exhaustion'))
      .toEqual({ key: 'exhaustion', title: 'К концу рабочего дня я чувствую эмоциональное истощение', before: 2, after: 4, delta: 2 });
  });

  it('per pair, over members with both results (П-2 is a group)', () => {
    expect(comparison.pairs).toEqual([
      { pair: 'П-1', people: 1, before: 2, after: 4, delta: 2 },
      { pair: 'П-2', people: 2, before: 3, after: 4.5, delta: 1.5 },
    ]);
  });

  it('for the programme and per item, over people with both results only', () => {
    expect(comparison.programme).toEqual({ people: 3, before: 2.67, after: 4.33, delta: 1.67 });
    expect(comparison.items).toHaveLength(13);
    expect(comparison.items[0]).toEqual({ key: 'interest', title: 'Мне интересна моя педагогическая работа', before: 2.67, after: 4.33, delta: 1.67 });
  });

  it('compares the latest response of each stage when someone answered twice', () => {
    const again = stage(final, [['НЯ-1', 4], ['НЯ-1', 3]]);
    expect(compareStages(before, again).people.find((person) => person.participant === 'НЯ-1')?.after).toBe(3);
  });

  it('is empty, not wrong, without results', () => {
    expect(compareStages([], [])).toEqual({ people: [], pairs: [], programme: { people: 0, before: null, after: null, delta: null }, items: [] });
  });
});
