import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { preferenceFromResponse } from '../../../src/domain/questionnaires/preferences';
import { sampleRoster } from '../helpers/bank';
import { type Answers, responsesOf } from '../helpers/responses';

const roster = sampleRoster();
const catalog = buildCatalog({
  mentors: [{ code: 'НС-1', fullName: 'Петрова Анна Ивановна' }, { code: 'НС-2', fullName: 'Сидоров Игорь Олегович' }],
  mentees: [{ code: 'НЯ-1', fullName: 'Иванов Пётр Сергеевич' }],
});
const menteePreference = findQuestionnaire(catalog, 'mentee-preference') as Questionnaire;
const mentorPreference = findQuestionnaire(catalog, 'mentor-preference') as Questionnaire;

function outcome(questionnaire: Questionnaire, answers: Answers) {
  return preferenceFromResponse(questionnaire, responsesOf(questionnaire, [{ at: '05.09.2026 15:00:00', answers }])[0], roster);
}

describe('preferences after the group meeting', () => {
  it('become «who prefers whom», best first, by code', () => {
    const result = outcome(menteePreference, {
      participant_code: 'НЯ-1', choice_1: 'Сидоров Игорь Олегович (НС-2)', choice_2: 'Петрова Анна Ивановна (НС-1)',
    });
    expect(result).toMatchObject({ kind: 'preference', preference: { who: 'НЯ-1', whom: ['НС-2', 'НС-1'] } });
  });

  it('read a person added to the bank after the form was built, by the code in the label, and drop repeats', () => {
    const result = outcome(menteePreference, {
      participant_code: 'НЯ-1', choice_1: 'Орлова Вера Павловна (НС-3)', choice_2: 'Орлова Вера Павловна (НС-3)', choice_3: 'Петрова Анна Ивановна (НС-1)',
    });
    expect(result).toMatchObject({ kind: 'preference', preference: { who: 'НЯ-1', whom: ['НС-3', 'НС-1'] } });
  });

  it('work the other way round for mentors', () => {
    expect(outcome(mentorPreference, { participant_code: 'НС-1', choice_1: 'Иванов Пётр Сергеевич (НЯ-1)' }))
      .toMatchObject({ kind: 'preference', preference: { who: 'НС-1', whom: ['НЯ-1'] } });
  });

  it('are rejected with reasons for an unknown choice, a mentee named as a mentor, a missing first choice, an unknown code', () => {
    const bad = outcome(menteePreference, { participant_code: 'НЯ-1', choice_1: 'Кто-то', choice_2: 'Иванов Пётр Сергеевич (НЯ-1)' });
    expect(bad.kind === 'rejected' && bad.rejection.reason).toBe([
      'вопрос «Первый выбор: наставник»: «Кто-то» не найден среди наставников',
      'вопрос «Второй выбор: наставник»: «Иванов Пётр Сергеевич (НЯ-1)» не найден среди наставников',
    ].join('; '));
    const blank = outcome(menteePreference, { participant_code: 'НЯ-77' });
    expect(blank.kind === 'rejected' && blank.rejection.reason).toBe([
      'код участника «НЯ-77» не найден на листах «Наставники» и «Наставляемые»',
      'нет ответа на обязательный вопрос «Первый выбор: наставник»',
    ].join('; '));
  });
});
