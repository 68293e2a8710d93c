import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponses, scoreTable } from '../../../src/domain/scoring/batch';
import { newResponses } from '../../../src/domain/scoring/idempotency';
import { sampleRoster } from '../helpers/bank';
import { responsesOf, responseTable, uniform } from '../helpers/responses';

const satisfaction = findQuestionnaire(buildCatalog(), 'mentee-satisfaction') as Questionnaire;
const roster = sampleRoster();
const answer = (code: string, value: number, at = '20.11.2026 10:15:03') => ({ at, answers: uniform(satisfaction, 'participant_code', code, value) });

describe('idempotency by response id', () => {
  it('keeps responses not processed before, each id once, in order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'c' }];
    expect(newResponses(items, new Set(['b']))).toEqual([{ id: 'a' }, { id: 'c' }]);
  });

  it('processes a response delivered twice once', () => {
    const responses = responsesOf(satisfaction, [answer('НЯ-1', 9), answer('НЯ-1', 9)]);
    const batch = scoreResponses(satisfaction, responses, roster);
    expect(batch.results).toHaveLength(1);
    expect(batch.skipped).toBe(1);
  });

  it('changes nothing when the same response arrives after it was scored', () => {
    const responses = responsesOf(satisfaction, [answer('НЯ-1', 9)]);
    const first = scoreResponses(satisfaction, responses, roster);
    const again = scoreResponses(satisfaction, responses, roster, new Set(first.results.map((result) => result.responseId)));
    expect(again).toEqual({ results: [], rejected: [], skipped: 1 });
  });

  it('scores two submissions of the same second from different people, both', () => {
    const batch = scoreResponses(satisfaction, responsesOf(satisfaction, [answer('НЯ-1', 9), answer('НЯ-2', 5)]), roster);
    expect(batch.results.map((result) => [result.participant, result.total])).toEqual([['НЯ-1', 9], ['НЯ-2', 5]]);
  });

  it('does not re-list a rejected response once recorded, but keeps listing new ones', () => {
    const responses = responsesOf(satisfaction, [answer('НЯ-99', 9), answer('НЯ-1', 9, '21.11.2026 09:00:00')]);
    const first = scoreResponses(satisfaction, responses.slice(0, 1), roster);
    expect(first.rejected).toHaveLength(1);
    const recorded = new Set(first.rejected.map((rejection) => rejection.responseId));
    const second = scoreResponses(satisfaction, responses, roster, recorded);
    expect(second.rejected).toEqual([]);
    expect(second.results).toHaveLength(1);
  });
});

describe('scoring a whole table', () => {
  it('scores good rows, lists the bad ones with their sheet row, loses none', () => {
    const table = responseTable(satisfaction, [answer('НЯ-1', 9), answer('НЯ-2', 11), answer('НЯ-3', 2), answer('НЯ-1', 7, '22.11.2026 12:00:00')]);
    const batch = scoreTable(satisfaction, table, roster);
    expect(batch.results.map((result) => result.row)).toEqual([2, 4, 5]);
    expect(batch.rejected.map((rejection) => rejection.row)).toEqual([3]);
    expect(batch.results.length + batch.rejected.length).toBe(table.rows.length);
    expect(batch.header).toEqual({ missing: [], extra: [], timestamp: true });
  });

  it('rejects every response, each naming the column, when a scored question lost its column', () => {
    const table = responseTable(satisfaction, [answer('НЯ-1', 9), answer('НЯ-2', 8)]);
    const column = table.header.indexOf('Насколько оправдались Ваши ожидания?');
    const cut = { header: table.header.filter((_, i) => i !== column), rows: table.rows.map((cells) => cells.filter((_, i) => i !== column)) };
    const batch = scoreTable(satisfaction, cut, roster);
    expect(batch.results).toEqual([]);
    expect(batch.rejected.map((rejection) => rejection.reason)).toEqual([
      'в таблице ответов нет столбца «Насколько оправдались Ваши ожидания?» (вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте',
      'в таблице ответов нет столбца «Насколько оправдались Ваши ожидания?» (вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте',
    ]);
    expect(batch.header.missing.map((item) => item.title)).toEqual(['Насколько оправдались Ваши ожидания?']);
  });

  it('ignores an extra column (a question the curator added) and names it', () => {
    const table = responseTable(satisfaction, [answer('НЯ-1', 9)]);
    const extended = { header: [...table.header, 'Новый вопрос'], rows: table.rows.map((cells) => [...cells, 'ответ']) };
    const batch = scoreTable(satisfaction, extended, roster);
    expect(batch.results).toHaveLength(1);
    expect(batch.header.extra).toEqual(['Новый вопрос']);
  });
});
