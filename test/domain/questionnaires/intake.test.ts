import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { LIST_SEPARATOR as BANK_LIST_SEPARATOR } from '../../../src/domain/bank/vocabulary';
import { intakeRows } from '../../../src/domain/questionnaires/intake';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { type Answers, responsesOf } from '../helpers/responses';

const catalog = buildCatalog();
const mentorIntake = findQuestionnaire(catalog, 'mentor-intake') as Questionnaire;
const menteeRequest = findQuestionnaire(catalog, 'mentee-request') as Questionnaire;
const code = (index: number) => `НС-${String(10 + index).padStart(3, '0')}`;
const noOne = { codes: [], emails: [] };

const petrova: Answers = {
  full_name: 'Петрова Анна Ивановна', gender: 'Женский', position: 'учитель математики', subjects: 'математика, информатика',
  experience: '23', qualification: 'высшая',
  competences: 'предметное содержание, проектная и исследовательская деятельность, одарённые дети',
  accepted_kinds: 'групповое, традиционное («один на один»)',
  capacity: '2', email: 'Petrova@school.ru', consent_personal_data: 'Да', consent_to_mentor: 'Да', note: '=СУММ(1;2) — шучу',
};

describe('intake answers become bank rows', () => {
  it('maps a mentor\'s answers to the columns of «Наставники», with a new code and the initial status', () => {
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [{ at: '01.09.2026 09:00:00', answers: petrova }]), noOne, code, 'активен');
    expect(batch.rejected).toEqual([]);
    expect(batch.rows).toHaveLength(1);
    expect(batch.rows[0].values).toEqual({
      'Код': 'НС-010', 'ФИО': 'Петрова Анна Ивановна', 'Пол': 'ж', 'Должность': 'учитель математики', 'Предметы': 'математика, информатика',
      'Стаж (лет)': 23, 'Квалификационная категория': 'высшая',
      'Компетенции': ['предметное содержание', 'проектная и исследовательская деятельность, одарённые дети'].join(BANK_LIST_SEPARATOR),
      'Формы наставничества': ['групповое', 'традиционное («один на один»)'].join(BANK_LIST_SEPARATOR),
      'Макс. наставляемых': 2, 'Email': 'Petrova@school.ru', 'Согласие на обработку ПДн': 'да', 'Согласие быть наставником': 'да',
      // Text that looks like a formula stays text here; the Sheets adapter writes it so that it is not evaluated.
      'Примечание': '=СУММ(1;2) — шучу',
      'Статус': 'активен',
    });
    expect(batch.rows[0].responseRow).toBe(2);
  });

  it('maps a mentee\'s request to the columns of «Наставляемые», leaving blank optional answers out', () => {
    const answers: Answers = {
      full_name: 'Иванов Пётр Сергеевич', position: 'учитель истории', experience: 1, category: 'молодой специалист (стаж 0–3 года)',
      deficits: 'организация урока и управление классом, взаимодействие с родителями', consent_personal_data: 'Да',
    };
    const batch = intakeRows(menteeRequest, responsesOf(menteeRequest, [{ at: '01.09.2026 09:00:00', answers }]), noOne, () => 'НЯ-001', 'активен');
    expect(batch.rows[0].values).toEqual({
      'Код': 'НЯ-001', 'ФИО': 'Иванов Пётр Сергеевич', 'Должность': 'учитель истории', 'Стаж (лет)': 1,
      'Категория': 'молодой специалист (стаж 0–3 года)',
      'Дефициты (запросы)': `организация урока и управление классом${BANK_LIST_SEPARATOR}взаимодействие с родителями`,
      'Согласие на обработку ПДн': 'да', 'Статус': 'активен',
    });
  });

  it('adds nobody who answered «Нет» to personal-data consent, and says why without naming them', () => {
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: { ...petrova, consent_personal_data: 'Нет', experience: 'много' } },
      { at: '01.09.2026 09:05:00', answers: { ...petrova, full_name: 'Сидоров Игорь Олегович', email: 'sidorov@school.ru' } },
    ]), noOne, code, 'активен');
    expect(batch.rows.map((row) => row.values['ФИО'])).toEqual(['Сидоров Игорь Олегович']);
    expect(batch.rows[0].code).toBe('НС-010');
    expect(batch.rejected).toEqual([expect.objectContaining({ row: 2, code: '', reason: 'нет согласия на обработку персональных данных: в банк не добавлен' })]);
  });

  it('numbers new codes through the batch and never takes one twice', () => {
    const other = { ...petrova, full_name: 'Сидоров Игорь Олегович', email: 'sidorov@school.ru' };
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: petrova }, { at: '01.09.2026 09:05:00', answers: other },
    ]), noOne, code, 'активен');
    expect(batch.rows.map((row) => row.code)).toEqual(['НС-010', 'НС-011']);
  });

  it('never overwrites the bank: a known email or code is listed as rejected, not merged', () => {
    const existing = { codes: ['НС-001'], emails: [['petrova@school.ru', 'НС-001']] as Array<[string, string]> };
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: petrova },
      { at: '01.09.2026 09:01:00', answers: { ...petrova, email: 'new@school.ru', participant_code: 'нс-001' } },
    ]), existing, code, 'активен');
    expect(batch.rows).toEqual([]);
    expect(batch.rejected.map((rejection) => rejection.reason)).toEqual([
      'адрес «petrova@school.ru» уже есть на листе «Наставники» (код «НС-001»); анкета не меняет данные банка',
      'участник с кодом «НС-001» уже есть на листе «Наставники»; анкета не меняет данные банка',
    ]);
  });

  it('lists the second of two intake answers with one email instead of creating a duplicate', () => {
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: petrova }, { at: '02.09.2026 09:00:00', answers: petrova },
    ]), noOne, code, 'активен');
    expect(batch.rows).toHaveLength(1);
    expect(batch.rejected[0]).toMatchObject({ row: 3, reason: expect.stringContaining('(код «НС-010»)') });
  });

  it('rejects answers the bank cannot hold, naming the question', () => {
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: { ...petrova, experience: 'много', consent_to_mentor: 'Может быть', full_name: '' } },
    ]), noOne, code, 'активен');
    expect(batch.rejected[0].reason).toBe([
      'нет ответа на обязательный вопрос «Фамилия, имя, отчество»',
      'вопрос «Педагогический стаж (полных лет)»: «много» — не число (от 0 до 70)',
      'вопрос «Готовы ли вы стать наставником в этом учебном году?»: варианта «Может быть» нет в анкете',
    ].join('; '));
  });

  it('keeps checkbox entries outside the list (an «Другое» answer) in the cell', () => {
    const batch = intakeRows(mentorIntake, responsesOf(mentorIntake, [
      { at: '01.09.2026 09:00:00', answers: { ...petrova, competences: 'шахматный кружок, предметное содержание' } },
    ]), noOne, code, 'активен');
    expect(batch.rows[0].values['Компетенции']).toBe(`предметное содержание${BANK_LIST_SEPARATOR}шахматный кружок`);
  });
});
