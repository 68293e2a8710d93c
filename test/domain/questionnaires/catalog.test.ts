import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { diagnostics } from '../../../src/domain/questionnaires/catalog/diagnostics';
import { efficiencyRubric } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import { codeItem, isScored, itemRange, type Questionnaire } from '../../../src/domain/questionnaires/model';
import { questionnaireProblems } from '../../../src/domain/questionnaires/validation';

const candidates = [{ code: 'НС-1', fullName: 'Петрова Анна Ивановна' }, { code: 'НС-2', fullName: 'Сидоров Игорь Олегович' }];
const catalog = buildCatalog({ mentors: candidates, mentees: [{ code: 'НЯ-1', fullName: 'Иванов Пётр Сергеевич' }] });
const byId = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;

describe('questionnaire catalog', () => {
  it('holds every questionnaire of DESIGN §5, each valid for forms and scoring', () => {
    expect(catalog.map((q) => q.id)).toEqual([
      'mentor-intake', 'mentee-request', 'mentee-preference', 'mentor-preference', 'diagnostics-entry', 'diagnostics-final',
      'mentee-satisfaction', 'mentor-satisfaction', 'efficiency-rubric', 'fit-check',
    ]);
    for (const questionnaire of catalog) expect(questionnaireProblems(questionnaire)).toEqual([]);
  });

  it('gives every questionnaire exactly one code item, a pair code for the rubric', () => {
    for (const questionnaire of catalog) {
      const item = codeItem(questionnaire);
      expect(item.type).toBe('text');
      expect(item.code).toBe(questionnaire.id === 'efficiency-rubric' ? 'pair' : 'participant');
      // Intake goes out before people have codes; everything after needs one.
      expect(item.required).toBe(!questionnaire.kind.endsWith('intake'));
    }
    expect(codeItem(byId('efficiency-rubric')).title).toBe('Код пары');
    expect(codeItem(byId('mentee-satisfaction')).title).toBe('Код участника');
  });

  it('builds входная and итоговая диагностика from one definition: same items, different stage', () => {
    const entry = byId('diagnostics-entry');
    const final = byId('diagnostics-final');
    expect(entry.items).toEqual(final.items);
    expect([entry.stage, final.stage]).toEqual(['входная', 'итоговая']);
    expect(entry.instrument).toBe(final.instrument);
    expect(entry.items.filter((item) => item.reverse).length).toBeGreaterThanOrEqual(2);
    expect(diagnostics('входная')).toEqual(entry);
  });

  it('explains the satisfaction scale with the labels the form shows at its ends', () => {
    for (const id of ['mentee-satisfaction', 'mentor-satisfaction']) {
      expect(byId(id).description).toMatch(/^Ответьте на каждый вопрос по шкале от 1 до 10: 1 — совсем нет, 10 — в полной мере\. /);
      expect(byId(id).items.filter((item) => item.type === 'scale').every((item) => item.title.endsWith('?'))).toBe(true);
    }
  });

  it('rates satisfaction 1–10 with the wording of DESIGN §5', () => {
    for (const id of ['mentee-satisfaction', 'mentor-satisfaction']) {
      const rated = byId(id).items.filter(isScored);
      expect(rated.length).toBeGreaterThanOrEqual(6);
      for (const item of rated) expect(item.scale).toMatchObject({ min: 1, max: 10 });
      expect(byId(id).scoring).toMatchObject({ method: 'mean', max: 10 });
    }
    const titles = byId('mentee-satisfaction').items.map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Насколько комфортно было общение с наставником?',
      'Насколько понятными были задачи, поставленные наставником?',
      'Насколько оправдались Ваши ожидания?',
    ]));
  });

  it('offers the people of the other bank in the preference questionnaires, top 3, the first required', () => {
    const preference = byId('mentee-preference');
    const ranks = preference.items.filter((item) => !item.code);
    expect(ranks.map((item) => item.required)).toEqual([true, false, false]);
    expect(ranks[0].choices).toEqual([
      { label: 'Петрова Анна Ивановна (НС-1)', value: 'НС-1' },
      { label: 'Сидоров Игорь Олегович (НС-2)', value: 'НС-2' },
    ]);
    expect(byId('mentor-preference').items[1].choices?.[0].value).toBe('НЯ-1');
  });

  it('refuses a preference questionnaire with nobody to choose (empty bank)', () => {
    const empty = findQuestionnaire(buildCatalog(), 'mentee-preference') as Questionnaire;
    expect(questionnaireProblems(empty).join('\n')).toContain('нет вариантов ответа');
  });

  it('builds choice lists from the curator\'s vocabularies', () => {
    const custom = buildCatalog({
      vocabularies: { competences: ['одно', 'другое'], kinds: ['в'], menteeCategories: ['к'], qualifications: ['высшая'] },
    });
    const deficits = (findQuestionnaire(custom, 'mentee-request') as Questionnaire).items.find((item) => item.key === 'deficits');
    expect(deficits?.choices?.map((choice) => choice.label)).toEqual(['одно', 'другое']);
  });
});

describe('intake questionnaires map answers to bank columns (DESIGN §3)', () => {
  const MENTOR_COLUMNS = ['ФИО', 'Пол', 'Должность', 'Предметы', 'Стаж (лет)', 'Квалификационная категория', 'Компетенции',
    'Формы наставничества', 'Макс. наставляемых', 'Email', 'Согласие на обработку ПДн', 'Согласие быть наставником', 'Примечание'];
  const MENTEE_COLUMNS = ['ФИО', 'Пол', 'Должность', 'Предметы', 'Стаж (лет)', 'Категория', 'Дефициты (запросы)',
    'Предпочитаемая форма', 'Email', 'Согласие на обработку ПДн', 'Примечание'];

  it.each([
    ['mentor-intake', MENTOR_COLUMNS],
    ['mentee-request', MENTEE_COLUMNS],
  ])('%s fills every column a person can answer for, each once', (id, columns) => {
    const mapped = byId(id).items.flatMap((item) => (item.bank ? [item.bank.column] : []));
    expect([...mapped].sort()).toEqual([...columns].sort());
  });

  it('asks the bank\'s required columns as required questions', () => {
    const required = (id: string) => byId(id).items.filter((item) => item.required && item.bank).map((item) => item.bank!.column);
    expect(required('mentor-intake')).toEqual(expect.arrayContaining(
      ['ФИО', 'Должность', 'Стаж (лет)', 'Макс. наставляемых', 'Согласие на обработку ПДн', 'Согласие быть наставником']));
    expect(required('mentee-request')).toEqual(expect.arrayContaining(['ФИО', 'Должность', 'Стаж (лет)', 'Категория', 'Согласие на обработку ПДн']));
  });

  it('asks personal-data consent as 152-ФЗ wants it: who processes what data, what for, how to withdraw', () => {
    const named = buildCatalog({ organisation: 'МБОУ «СОШ ст. Старница»' });
    for (const id of ['mentor-intake', 'mentee-request']) {
      const consent = (findQuestionnaire(named, id) as Questionnaire).items.find((item) => item.key === 'consent_personal_data')!;
      expect(consent.required).toBe(true);
      expect(consent.help).toContain('МБОУ «СОШ ст. Старница»');
      for (const part of ['ФИО', 'адрес электронной почты', 'подобрать вам наставническую пару', 'отозвать', 'до окончания']) {
        expect(consent.help).toContain(part);
      }
    }
    // Without «Настройки» the organisation is named in general words, never left blank.
    expect(byId('mentee-request').items.find((item) => item.key === 'consent_personal_data')!.help).toMatch(/^Ответив «Да», вы даёте согласие: наша образовательная организация/);
  });
});

describe('the efficiency rubric is seed 001, section 6, word for word', () => {
  const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-001-rubric.txt'), 'utf8').split('\n');
  const rubric = efficiencyRubric();
  const rows = seed.map((line) => line.split('\t'));

  it('has the seed\'s 9 indicators, in order, under the seed\'s criteria', () => {
    let criterion = '';
    const expected: Array<{ criterion: string; indicator: string }> = [];
    for (const cells of rows) {
      if (cells.length < 2 || cells[0] === 'Критерии' || !cells[1]) continue;
      if (cells[0]) criterion = cells[0];
      expected.push({ criterion, indicator: cells[1] });
    }
    expect(expected).toHaveLength(9);
    const indicators = rubric.items.filter(isScored);
    expect(indicators.map((item) => ({ criterion: item.subscale, indicator: item.title }))).toEqual(expected);
  });

  it('scores each indicator with the seed\'s three manifestations, 2 / 1 / 0', () => {
    const header = rows.find((cells) => cells.some((cell) => cell.startsWith('Производится в полной мере')))!.filter(Boolean);
    for (const item of rubric.items.filter(isScored)) {
      expect(item.choices?.map((choice) => choice.label)).toEqual(header);
      expect(item.choices?.map((choice) => choice.points)).toEqual([2, 1, 0]);
      expect(item.required).toBe(true);
      expect(itemRange(item)).toEqual({ min: 0, max: 2 });
    }
  });

  it('has the seed\'s levels: 15–18 оптимальный, 9–14 допустимый, 0–8 недопустимый', () => {
    const levels = seed.filter((line) => line.startsWith('- ')).map((line) => {
      const match = /^- (\d+)–(\d+) баллов – (\S+) уровень/.exec(line)!;
      return { min: Number(match[1]), label: match[3] };
    });
    expect(levels).toEqual([{ min: 15, label: 'оптимальный' }, { min: 9, label: 'допустимый' }, { min: 0, label: 'недопустимый' }]);
    expect(rubric.scoring?.levels.map(({ min, label }) => ({ min, label }))).toEqual(levels);
    expect(rubric.scoring).toMatchObject({ method: 'sum', max: 18 });
  });
});

describe('questionnaire validation', () => {
  const base = (): Questionnaire => efficiencyRubric();

  it('finds a repeated question (one response column for two questions)', () => {
    const q = base();
    q.items[2] = { ...q.items[2], title: q.items[1].title };
    expect(questionnaireProblems(q).join('\n')).toContain('повторяется');
  });

  it('refuses an optional item inside a sum, a wrong maximum, an impossible scale, a missing code item', () => {
    const q = base();
    q.items[1] = { ...q.items[1], required: false };
    q.scoring = { ...q.scoring!, max: 20 };
    q.items.push({ key: 'x', type: 'scale', title: 'Шкала', required: true, scale: { min: 2, max: 11 } });
    q.items.shift();
    const problems = questionnaireProblems(q).join('\n');
    expect(problems).toContain('должен быть обязательным');
    expect(problems).toContain('не равен сумме максимумов');
    expect(problems).toContain('шкала вопроса «Шкала»');
    expect(problems).toContain('ровно один вопрос с кодом');
  });

  it('refuses levels out of order or leaving low totals without a level', () => {
    const q = base();
    q.scoring = { ...q.scoring!, levels: [{ label: 'a', min: 9, tone: 'fair' }, { label: 'b', min: 15, tone: 'good' }] };
    const problems = questionnaireProblems(q).join('\n');
    expect(problems).toContain('от высшего к низшему');
    expect(problems).toContain('самый низкий уровень должен начинаться с 0');
  });
});
