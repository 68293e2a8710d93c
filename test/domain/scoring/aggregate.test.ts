import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { itemMeans, latestPerRespondent, levelDistribution, overallMean } from '../../../src/domain/scoring/aggregate';
import { scoreResponses } from '../../../src/domain/scoring/batch';
import { sampleRoster } from '../helpers/bank';
import { responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const satisfaction = findQuestionnaire(catalog, 'mentee-satisfaction') as Questionnaire;
const roster = sampleRoster();

function results(rows: Array<{ code: string; value: number; at: string; comfort?: number }>) {
  const responses = responsesOf(satisfaction, rows.map(({ code, value, at, comfort }) => ({
    at, answers: { ...uniform(satisfaction, 'participant_code', code, value), ...(comfort ? { comfort } : {}) },
  })));
  return scoreResponses(satisfaction, responses, roster).results;
}

describe('figures over many responses', () => {
  const all = results([
    { code: 'НЯ-1', value: 4, at: '20.11.2026 10:00:00' },
    { code: 'НЯ-2', value: 9, at: '20.11.2026 11:00:00', comfort: 3 },
    { code: 'НЯ-1', value: 8, at: '21.11.2026 10:00:00', comfort: 2 },
    { code: 'НЯ-3', value: 6, at: '19.11.2026 10:00:00' },
  ]);

  it('counts each respondent once, by their latest response', () => {
    const latest = latestPerRespondent(all);
    expect(latest.map((result) => [result.participant, result.total]).sort()).toEqual([['НЯ-1', 7.25], ['НЯ-2', 8.25], ['НЯ-3', 6]]);
  });

  it('gives the mean of each item and flags low ones', () => {
    const means = itemMeans(satisfaction, latestPerRespondent(all));
    expect(means).toHaveLength(8);
    const comfort = means.find((item) => item.key === 'comfort')!;
    // НЯ-1 latest 2, НЯ-2 3, НЯ-3 6 → 11 / 3
    expect(comfort).toMatchObject({ mean: 3.67, count: 3, low: true });
    expect(means.find((item) => item.key === 'clarity')).toMatchObject({ mean: 7.67, count: 3, low: false });
  });

  it('gives the overall mean with its level and the levels distribution', () => {
    const latest = latestPerRespondent(all);
    const overall = overallMean(satisfaction.scoring!, latest);
    expect(overall.mean).toBe(7.17);
    expect(overall.level?.label).toBe('средняя');
    expect(levelDistribution(satisfaction.scoring!, latest).map(({ level, count }) => [level.label, count]))
      .toEqual([['высокая', 1], ['средняя', 2], ['низкая', 0]]);
    expect(overallMean(satisfaction.scoring!, [])).toEqual({ mean: null, count: 0 });
  });
});
