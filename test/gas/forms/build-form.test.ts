import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { CODE_PLACEHOLDER, personalLink } from '../../../src/domain/questionnaires/links';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { buildForm } from '../../../src/gas/forms/build-form';
import { matchChoice } from '../../../src/domain/questionnaires/answers';
import { readResponses } from '../../../src/domain/questionnaires/responses';
import { scoreResponse } from '../../../src/domain/scoring/score';
import { FakeFormApp } from '../../fakes/forms';
import { sampleRoster } from '../../domain/helpers/bank';

const catalog = buildCatalog({ mentors: [{ code: 'НС-1', fullName: 'Петрова Анна Ивановна' }], mentees: [{ code: 'НЯ-1', fullName: 'Иванов Пётр' }] });
const get = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;

describe('building a Google Form from a questionnaire', () => {
  it('creates it published, answering into this spreadsheet, no edits, no collected addresses', () => {
    const formApp = new FakeFormApp();
    const built = buildForm(formApp, get('mentee-satisfaction'), 'sheet-123');
    const form = formApp.forms[0];
    expect(form.title).toBe('Удовлетворённость наставляемого участием в программе наставничества');
    expect(form.published).toBe(true);
    expect(form.destination).toEqual({ type: formApp.DestinationType.SPREADSHEET, id: 'sheet-123' });
    expect([form.allowEdits, form.collectEmail]).toEqual([false, false]);
    expect(built).toMatchObject({ questionnaireId: 'mentee-satisfaction', formId: 'form1', publishedUrl: form.publishedUrl });
    // Already published by create(title, true): not published a second time.
    expect(formApp.log.count('Form.setPublished')).toBe(0);
  });

  it('publishes a form that came out as a draft anyway', () => {
    const formApp = new FakeFormApp();
    const create = formApp.create.bind(formApp);
    formApp.create = (title: string) => create(title, false);
    buildForm(formApp, get('mentor-satisfaction'), 'x');
    expect(formApp.forms[0].published).toBe(true);
    expect(formApp.log.count('Form.setPublished')).toBe(1);
  });

  it('gives every item its type, title, required flag, choices and scale', () => {
    for (const questionnaire of catalog) {
      const formApp = new FakeFormApp();
      buildForm(formApp, questionnaire, 'x');
      const questions = formApp.forms[0].questions();
      expect(questions.map((item) => [item.kind, item.title, item.required])).toEqual(questionnaire.items.map((item) => [item.type, item.title, item.required]));
      questionnaire.items.forEach((item, index) => {
        expect(questions[index].choices).toEqual((item.choices ?? []).map((choice) => choice.label));
        expect(questions[index].bounds).toEqual(item.scale ? [item.scale.min, item.scale.max] : null);
      });
    }
  });

  it('shows the teacher what the preview shows: description, help texts, scale end labels, a thank-you after sending', () => {
    for (const questionnaire of catalog) {
      const formApp = new FakeFormApp();
      buildForm(formApp, questionnaire, 'x');
      const form = formApp.forms[0];
      expect(form.description).toBe(questionnaire.description);
      expect(form.confirmation).toMatch(/^Спасибо! Ваши ответы записаны\./);
      const questions = form.questions();
      questionnaire.items.forEach((item, index) => {
        expect(questions[index].helpText).toBe(item.help ?? '');
        expect(questions[index].labels).toEqual(item.scale ? [item.scale.minLabel, item.scale.maxLabel] : null);
      });
    }
    const formApp = new FakeFormApp();
    buildForm(formApp, get('diagnostics-entry'), 'x');
    const [code, first] = formApp.forms[0].questions();
    expect([code.title, code.required]).toEqual(['Код участника', true]);
    expect(code.helpText).toContain('Пожалуйста, не изменяйте его');
    expect(first.labels).toEqual(['совсем не согласен(на)', 'полностью согласен(на)']);
  });

  it('gives every choice a label that scores back to the catalog\'s points: the form can be scored as it is', () => {
    for (const questionnaire of catalog) {
      const formApp = new FakeFormApp();
      const built = buildForm(formApp, questionnaire, 'x');
      const form = formApp.forms[0];
      expect([...built.itemIds.keys()]).toEqual(questionnaire.items.map((item) => item.key));
      for (const item of questionnaire.items) {
        const question = form.getItemById(built.itemIds.get(item.key)!)!;
        expect(question.title).toBe(item.title);
        // What Forms writes into the response sheet is the label; read back, it is the catalog's choice with its points.
        const read = question.choices.map((label) => matchChoice(item, label));
        expect(read).toEqual(item.choices ?? []);
      }
    }
    const formApp = new FakeFormApp();
    buildForm(formApp, get('efficiency-rubric'), 'x');
    const rubric = get('efficiency-rubric');
    const indicators = formApp.forms[0].questions().filter((question) => question.kind === 'choice');
    expect(indicators.map((question) => question.choices.map((label) => matchChoice(rubric.items.find((item) => item.title === question.title)!, label)?.points)))
      .toEqual(indicators.map(() => [2, 1, 0]));
    // A response made of the form's own labels: the best manifestation everywhere is 18 points, «оптимальный».
    const titles = formApp.forms[0].questions().map((question) => question.title);
    const cells = formApp.forms[0].questions().map((question) => (question.kind === 'choice' ? question.choices[0] : question.title === 'Код пары' ? 'П-1' : ''));
    const [response] = readResponses(rubric, { header: ['Отметка времени', ...titles], rows: [['20.05.2027 10:00:00', ...cells]] });
    const scored = scoreResponse(rubric, response, sampleRoster());
    expect(scored.kind === 'scored' && [scored.result.total, scored.result.level.label]).toEqual([18, 'оптимальный']);
  });

  it('builds the rubric with the seed\'s manifestations as choices, criteria as section headers', () => {
    const formApp = new FakeFormApp();
    buildForm(formApp, get('efficiency-rubric'), 'x');
    const items = formApp.forms[0].items;
    expect(items.filter((item) => item.kind === 'section').map((item) => item.title)).toEqual([
      'Оценка Программы наставничества в организации',
      'Определение эффективности участников наставнической деятельности в организации',
      'Изменения в личности наставляемого',
    ]);
    const choices = items.filter((item) => item.kind === 'choice');
    expect(choices).toHaveLength(9);
    for (const item of choices) {
      expect(item.choices).toEqual(['Производится в полной мере, 2 балла', 'Частично проявляется, 1 балл', 'Не проявляется, 0 баллов']);
      expect(item.required).toBe(true);
    }
    expect(items[0]).toMatchObject({ kind: 'text', title: 'Код пары', required: true });
  });

  it('validates numbers and addresses in the form itself', () => {
    const formApp = new FakeFormApp();
    buildForm(formApp, get('mentor-intake'), 'x');
    const byTitle = (title: string) => formApp.forms[0].items.find((item) => item.title === title)!;
    expect(byTitle('Педагогический стаж (полных лет)').validation).toEqual({ rule: 'number 0..70', helpText: 'Введите число от 0 до 70.' });
    expect(byTitle('Электронная почта').validation?.rule).toBe('email');
  });

  it('makes a personal-link template that pre-fills the code item', () => {
    const formApp = new FakeFormApp();
    const built = buildForm(formApp, get('diagnostics-entry'), 'x');
    const codeItem = formApp.forms[0].items[0];
    expect(codeItem.title).toBe('Код участника');
    expect(built.linkTemplate).toBe(`${formApp.forms[0].publishedUrl}?usp=pp_url&entry.${codeItem.id}=${CODE_PLACEHOLDER}`);
    expect(personalLink(built.linkTemplate, 'НЯ-1')).toContain(`entry.${codeItem.id}=%D0%9D%D0%AF-1%20(`);
  });

  it('refuses a broken definition before touching Google Forms', () => {
    const formApp = new FakeFormApp();
    const empty = findQuestionnaire(buildCatalog(), 'mentee-preference') as Questionnaire;
    expect(() => buildForm(formApp, empty, 'x')).toThrow('нет вариантов ответа');
    expect(formApp.log.total()).toBe(0);
  });

  it('costs a number of FormApp calls set by the questionnaire, not by anything else', () => {
    const formApp = new FakeFormApp();
    buildForm(formApp, get('efficiency-rubric'), 'x');
    const first = formApp.log.total();
    buildForm(formApp, get('efficiency-rubric'), 'x');
    expect(formApp.log.total()).toBe(2 * first);
    expect(first).toBeLessThan(80);
  });
});
