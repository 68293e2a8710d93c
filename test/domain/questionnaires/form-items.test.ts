import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { asWorded, itemIdsByTitle, keysWithoutColumn, parseItemIds, serialiseItemIds } from '../../../src/domain/questionnaires/form-items';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { readResponses } from '../../../src/domain/questionnaires/responses';
import { responseTable } from '../helpers/responses';

const satisfaction = findQuestionnaire(buildCatalog(), 'mentee-satisfaction') as Questionnaire;
const comfort = 'Насколько комфортно было общение с наставником?';

describe('form items', () => {
  it('reads a reworded question under its new column title, keeping its key, choices and scale', () => {
    const table = responseTable(satisfaction, [{ at: '20.11.2026 10:15:03', answers: { participant_code: 'НЯ-1', comfort: 9 } }]);
    const header = table.header.map((title) => (title === comfort ? 'Насколько комфортным было общение с наставником?' : title));
    expect(keysWithoutColumn(satisfaction, header)).toEqual(['comfort']);
    const worded = asWorded(satisfaction, header, new Map([['comfort', 'Насколько комфортным было общение с наставником?'], ['help', 'не та колонка']]));
    const item = worded.items.find((candidate) => candidate.key === 'comfort')!;
    expect(item).toMatchObject({ title: 'Насколько комфортным было общение с наставником?', scale: { min: 1, max: 10 } });
    expect(worded.items.find((candidate) => candidate.key === 'help')!.title).toBe('Насколько наставник помогал вам в решении конкретных задач?');
    expect(readResponses(worded, { header, rows: table.rows })[0].answers.get('Насколько комфортным было общение с наставником?')).toBe(9);
    // Nothing to reword: the same questionnaire.
    expect(asWorded(satisfaction, table.header, new Map([['comfort', 'x']]))).toBe(satisfaction);
  });

  it('keeps ids as text and reads back only what is well formed', () => {
    const ids = new Map([['comfort', 101], ['help', 102]]);
    expect(parseItemIds(serialiseItemIds(ids))).toEqual(ids);
    expect(parseItemIds('{"comfort": "101", "help": 102}')).toEqual(new Map([['help', 102]]));
    expect(parseItemIds('не json')).toEqual(new Map());
    expect(parseItemIds(null)).toEqual(new Map());
  });

  it('finds the ids of a form made before they were recorded by titles that still match', () => {
    const ids = itemIdsByTitle(satisfaction, [{ id: 7, title: ` ${comfort}` }, { id: 8, title: 'Вопрос куратора' }]);
    expect(ids).toEqual(new Map([['comfort', 7]]));
  });
});
