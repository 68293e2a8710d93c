import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { questionnaireJson } from '../../../src/domain/questionnaires/export';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';

describe('questionnaire JSON (CLI forms)', () => {
  const catalog = buildCatalog();

  it('has the issue\'s shape: id, title, items with title, type, required, choices with points or null, scale or null', () => {
    const json = questionnaireJson(findQuestionnaire(catalog, 'efficiency-rubric') as Questionnaire);
    expect(Object.keys(json)).toEqual(['id', 'title', 'items']);
    expect(json.items[0]).toEqual({ title: 'Код пары', type: 'text', required: true, choices: null, scale: null });
    expect(json.items[1].choices).toEqual([
      { label: 'Производится в полной мере, 2 балла', points: 2 },
      { label: 'Частично проявляется, 1 балл', points: 1 },
      { label: 'Не проявляется, 0 баллов', points: 0 },
    ]);
    const rating = questionnaireJson(findQuestionnaire(catalog, 'mentor-satisfaction') as Questionnaire).items[1];
    expect(rating).toMatchObject({ type: 'scale', required: true, choices: null, scale: { min: 1, max: 10 } });
    const intake = questionnaireJson(findQuestionnaire(catalog, 'mentor-intake') as Questionnaire);
    expect(intake.items.find((item) => item.title === 'Пол')?.choices).toEqual([{ label: 'Мужской', points: null }, { label: 'Женский', points: null }]);
  });

  it('round-trips through JSON text unchanged', () => {
    for (const questionnaire of catalog) {
      const json = questionnaireJson(questionnaire);
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    }
  });
});
