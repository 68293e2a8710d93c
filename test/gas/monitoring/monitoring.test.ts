import { MAIL_COLUMNS, PAIR_COLUMNS, PROCESSING_COLUMNS, RESULT_COLUMNS, SHEET } from '../../../src/domain/bank/schema';
import { FIT_CHECK_FINE } from '../../../src/domain/monitoring/fitCheckMarks';
import { DO_NOT_CONTINUE, fitCheck } from '../../../src/domain/questionnaires/catalog/fit-check';
import { createFormsMessage, mailingMessage } from '../../../src/domain/monitoring/messages';
import { RUBRIC_CHOICES } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import { linkedCode } from '../../../src/domain/questionnaires/links';
import type { MailAppPort } from '../../../src/gas/forms/ports';
import { createForms } from '../../../src/gas/monitoring/create-forms';
import { recomputeAll } from '../../../src/gas/monitoring/recompute';
import { sendInvitations, sendReminders } from '../../../src/gas/monitoring/send';
import { handleSubmission } from '../../../src/gas/monitoring/submit';
import { catchUpResponses } from '../../../src/gas/monitoring/catch-up';
import { redrawOnSchedule } from '../../../src/gas/monitoring/redraw';
import { CATCH_UP_HANDLER } from '../../../src/gas/forms/triggers';
import { FakeProperties } from '../../fakes/documents';
import { createGasFakes, installGlobals } from '../../fakes/gas';
import { formsWritingInto, rewordQuestion, submitResponse } from '../../fakes/monitoring';
import { FakeMailApp, FakeScriptApp } from '../../fakes/script-app';
import type { Value } from '../../fakes/spreadsheet';
import { schoolGrids, schoolSpreadsheet } from './school';
import { world, type World } from './world';

const NOW = new Date(2027, 4, 20, 12, 0);
const at = (minute: number) => new Date(2027, 4, 20, 10, minute, 0);

function rubric(pair: string, twos: number): Record<string, Value> {
  const answers: Record<string, Value> = { 'Код пары': pair };
  const indicators = [
    'Соответствие наставнической деятельности цели и задачам, по которым она осуществляется',
    'Оценка соответствия организации наставнической деятельности принципам, заложенным в программе',
    'Соответствие наставнической деятельности современным подходам и технологиям',
    'Наличие комфортного психологического климата в организации',
    'Логичность деятельности наставника, понимание им ситуации наставляемого и правильность выбора основного направления взаимодействия',
    'Степень удовлетворенности всех участников наставнической деятельности',
    'Уровень удовлетворенности партнера от взаимодействия в наставнической деятельности',
    'Активность и заинтересованность в участии в мероприятиях, связанных с наставнической деятельностью',
    'Степень применения наставляемыми полученных от наставника знаний, умений и опыта в профессиональных (учебных, жизненных) ситуациях, активная гражданская позиция',
  ];
  indicators.forEach((title, index) => { answers[title] = RUBRIC_CHOICES[index < twos ? 0 : 2].label; });
  return answers;
}

function column(w: World, sheet: string, header: string): Value[] {
  const grid = w.spreadsheet.sheet(sheet).grid();
  const index = grid[0].indexOf(header);
  return grid.slice(1).map((row) => row[index]);
}

describe('«Создать анкеты»', () => {
  it('creates every form once, lists it in «Анкеты», names its response sheet, installs one trigger', () => {
    const w = world();
    try {
      expect(w.formApp.forms).toHaveLength(10);
      expect(w.formApp.forms.every((form) => form.published && form.destination?.id === 'fake-spreadsheet-id')).toBe(true);
      expect(column(w, SHEET.forms, 'Анкета')).toEqual([
        'mentor-intake', 'mentee-request', 'mentee-preference', 'mentor-preference', 'diagnostics-entry', 'diagnostics-final',
        'mentee-satisfaction', 'mentor-satisfaction', 'efficiency-rubric', 'fit-check',
      ]);
      expect(column(w, SHEET.forms, 'Лист ответов')).toContain('Ответы — эффективность');
      expect(column(w, SHEET.forms, 'Рассылать').every((value) => value === 'нет')).toBe(true);
      expect(w.scriptApp.triggers).toHaveLength(1);
      const again = createForms(w.spreadsheet as never, { formApp: w.formApp, scriptApp: w.scriptApp, properties: w.properties }, NOW);
      expect(again.created).toEqual([]);
      expect(again.alreadyThere).toBe(10);
      expect(w.formApp.forms).toHaveLength(10);
      expect(w.scriptApp.triggers).toHaveLength(1);
    } finally {
      w.uninstall();
    }
  });

  it('names a response sheet past a curator\'s sheet that differs only in case (Sheets names ignore case)', () => {
    const grids = { ...schoolGrids(), 'ответы — эффективность': [['заметки куратора']] };
    const w = world(grids);
    try {
      expect(w.formApp.forms).toHaveLength(10);
      expect(column(w, SHEET.forms, 'Лист ответов')).toContain('Ответы — эффективность (2)');
      expect(w.spreadsheet.responseSheetOf(w.form('efficiency-rubric')).getName()).toBe('Ответы — эффективность (2)');
      expect(w.spreadsheet.sheet('ответы — эффективность').grid()).toEqual([['заметки куратора']]);
    } finally {
      w.uninstall();
    }
  });

  it('stops before a form that might not fit in the run and lists what it made; the next run makes the rest, none twice', () => {
    const spreadsheet = schoolSpreadsheet();
    const uninstall = installGlobals(createGasFakes(spreadsheet));
    try {
      const formApp = formsWritingInto(spreadsheet);
      const scriptApp = new FakeScriptApp();
      const properties = new FakeProperties();
      let clock = 0;
      // Each form "takes" 80 s: after two, a third (with a margin for a slower one) might not end within 4.5 minutes.
      const slow = Object.assign(Object.create(formApp) as typeof formApp, {
        create: (title: string, isPublished: boolean) => { clock += 80_000; return formApp.create(title, isPublished); },
      });
      const first = createForms(spreadsheet as never, { formApp: slow, scriptApp, properties }, NOW, () => clock);
      expect(first.created).toHaveLength(2);
      expect(first.postponed).toHaveLength(8);
      expect(first.postponed[0]).toContain('не хватило времени одного запуска (не больше 6 минут) — выберите «Создать анкеты» ещё раз.');
      expect(createFormsMessage({ ...first, triggerCreated: first.trigger.created, triggerRemoved: first.trigger.removed })).toContain('Пока не созданы:');
      expect(spreadsheet.sheet(SHEET.forms).grid()).toHaveLength(3);
      const second = createForms(spreadsheet as never, { formApp, scriptApp, properties }, NOW);
      expect(second).toMatchObject({ alreadyThere: 2, postponed: [] });
      expect(second.created).toHaveLength(8);
      expect(formApp.forms).toHaveLength(10);
      expect(new Set(formApp.forms.map((form) => form.title)).size).toBe(10);
      expect(scriptApp.triggers).toHaveLength(1);
    } finally {
      uninstall();
    }
  });

  it('brings the lists of people in the preference forms made before up to date with the bank', () => {
    const grids = schoolGrids();
    const w = world(grids);
    try {
      const form = w.form('mentee-preference');
      const choices = () => form.questions().filter((item) => item.kind === 'list').map((item) => item.choices);
      expect(choices()[0]).not.toContain('Новикова Елена Викторовна (НС-004)');
      // A mentor joins the bank after the forms were made.
      const mentors = w.spreadsheet.sheet(SHEET.mentors);
      const header = mentors.grid()[0].map(String);
      const row = header.map((title) => ({ 'Код': 'НС-004', 'ФИО': 'Новикова Елена Викторовна', 'Должность': 'учитель', 'Стаж (лет)': 15,
        'Макс. наставляемых': 1, 'Согласие на обработку ПДн': 'да', 'Согласие быть наставником': 'да', 'Статус': 'активен' } as Record<string, Value>)[title] ?? '');
      mentors.putRow(5, row);
      const again = createForms(w.spreadsheet as never, { formApp: w.formApp, scriptApp: w.scriptApp, properties: w.properties }, NOW);
      expect(again.created).toEqual([]);
      expect(again.refreshed).toEqual(['С кем из наставников вы хотели бы работать?', 'С кем из наставляемых вы хотели бы работать?']);
      expect(choices()).toHaveLength(3);
      for (const list of choices()) expect(list).toContain('Новикова Елена Викторовна (НС-004)');
      expect(w.formApp.forms).toHaveLength(10);
      expect(createFormsMessage({ ...again, triggerCreated: false, triggerRemoved: 0 })).toContain('Обновлены списки выбора по банку');
      // A form made by a version that did not record item ids is matched by its titles, and recorded.
      const key = `nastavnik.formItems.${form.id}`;
      w.properties.deleteProperty(key);
      createForms(w.spreadsheet as never, { formApp: w.formApp, scriptApp: w.scriptApp, properties: w.properties }, NOW);
      expect(JSON.parse(w.properties.getProperty(key)!)).toMatchObject({ participant_code: form.questions()[0].id, choice_1: form.questions()[1].id });
    } finally {
      w.uninstall();
    }
  });

  it('postpones the preference forms while nobody can be chosen, and creates them once people are in the bank', () => {
    const grids = schoolGrids();
    grids[SHEET.mentors] = [grids[SHEET.mentors][0]];
    const w = world(grids);
    try {
      expect(w.formApp.forms).toHaveLength(9);
      expect(column(w, SHEET.forms, 'Анкета')).not.toContain('mentee-preference');
    } finally {
      w.uninstall();
    }
  });
});

describe('the submit trigger', () => {
  it('scores a rubric response into «Результаты» with its level, records it; the redraw trigger draws the dashboard with charts', () => {
    const w = world();
    try {
      const event = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-001', 8));
      const outcome = handleSubmission(w.spreadsheet as never, event as never, w.services, NOW);
      expect(outcome).toMatchObject({ ran: true, questionnaireId: 'efficiency-rubric', scored: 1, rejected: 0 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.score)).toEqual([16]);
      expect(column(w, SHEET.results, RESULT_COLUMNS.level)).toEqual(['оптимальный']);
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001']);
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.outcome)).toEqual(['результат']);
      expect(w.scriptApp.triggers.filter((trigger) => trigger.handler === 'redrawMonitoring').map((trigger) => trigger.afterMs)).toEqual([5 * 60_000]);
      expect(redrawOnSchedule(w.spreadsheet as never, w.services, NOW)).toBe(true);
      expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
      const dashboard = w.spreadsheet.sheet(SHEET.monitoring);
      expect(dashboard.grid()[0][0]).toBe('Мониторинг программы наставничества');
      expect(dashboard.charts.map((chart) => chart.kind)).toEqual(['pie', 'pie', 'pie', 'pie']);
      expect(dashboard.backgrounds).toHaveLength(1);
      // Readable as it is drawn: labels wrap instead of being cut at Sheets' default 100 px, columns widened.
      expect(dashboard.wraps).toHaveLength(1);
      const header = dashboard.grid().findIndex((row) => row[0] === 'Пара');
      expect(dashboard.wraps[0].grid[header].slice(0, 3)).toEqual([true, true, true]);
      expect(dashboard.widths.get(1)).toBe(420);
      expect(dashboard.widths.get(2)).toBe(130);
      // Every write is committed while the lock is still held.
      expect(w.lock.events).toEqual(['tryLock', 'flush', 'releaseLock', 'tryLock', 'flush', 'releaseLock']);
      expect(w.lock.unflushedAtRelease).toEqual([0, 0]);
      // The next answer's redraw changes the same charts in place (modify → updateChart): none removed or inserted.
      const ids = dashboard.charts.map((chart) => chart.id);
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(2), rubric('П-002', 2)) as never, w.services, NOW);
      w.spreadsheet.log.reset();
      redrawOnSchedule(w.spreadsheet as never, w.services, NOW);
      expect(dashboard.charts.map((chart) => chart.id)).toEqual(ids);
      expect(w.spreadsheet.log.count('Sheet.updateChart')).toBe(ids.length);
      expect([w.spreadsheet.log.count('Sheet.insertChart'), w.spreadsheet.log.count('Sheet.removeChart')]).toEqual([0, 0]);
    } finally {
      w.uninstall();
    }
  });

  it('processes a response delivered twice once', () => {
    const w = world();
    try {
      const event = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-001', 8));
      handleSubmission(w.spreadsheet as never, event as never, w.services, NOW);
      const second = handleSubmission(w.spreadsheet as never, event as never, w.services, NOW);
      expect(second).toMatchObject({ scored: 0, skipped: 1 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.responseId)).toHaveLength(1);
    } finally {
      w.uninstall();
    }
  });

  it('scores two submissions of the same moment, both and once, even when one trigger cannot get the lock', () => {
    const w = world();
    try {
      const first = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-001', 8));
      const second = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-002', 4));
      // The second trigger fires while the first holds the lock and gives up after waiting...
      w.lock.held = true;
      expect(handleSubmission(w.spreadsheet as never, second as never, w.services, NOW).ran).toBe(false);
      w.lock.held = false;
      // ...the first finds both rows unprocessed and scores them.
      expect(handleSubmission(w.spreadsheet as never, first as never, w.services, NOW)).toMatchObject({ scored: 2 });
      expect(handleSubmission(w.spreadsheet as never, second as never, w.services, NOW)).toMatchObject({ scored: 0, skipped: 2 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001', 'П-002']);
      expect(column(w, SHEET.results, RESULT_COLUMNS.level)).toEqual(['оптимальный', 'недопустимый']);
    } finally {
      w.uninstall();
    }
  });

  it('a submission that finds the lock busy schedules one catch-up a minute later, which processes it and removes itself', () => {
    const w = world();
    try {
      const catchUps = () => w.scriptApp.triggers.filter((trigger) => trigger.handler === CATCH_UP_HANDLER);
      w.lock.held = true;
      const rubricEvent = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-001', 8));
      expect(handleSubmission(w.spreadsheet as never, rubricEvent as never, w.services, NOW).ran).toBe(false);
      const intakeEvent = submitResponse(w.spreadsheet, w.form('mentor-intake'), at(2), {
        'Фамилия, имя, отчество': 'Новикова Елена Викторовна', 'Должность': 'учитель биологии', 'Педагогический стаж (полных лет)': '15',
        'В каких вопросах вы готовы помогать коллегам?': 'предметное содержание', 'Скольких наставляемых вы готовы сопровождать одновременно?': '2',
        'Согласны ли вы на обработку ваших персональных данных для организации наставничества в образовательной организации?': 'Да',
        'Готовы ли вы стать наставником в этом учебном году?': 'Да',
      });
      expect(handleSubmission(w.spreadsheet as never, intakeEvent as never, w.services, NOW).ran).toBe(false);
      expect(catchUps()).toHaveLength(1);
      expect(catchUps()[0].afterMs).toBe(60_000);
      // Still busy when the catch-up fires: it tries again a minute later, one trigger still.
      const spent = catchUps()[0];
      expect(catchUpResponses(w.spreadsheet as never, w.services, NOW)).toEqual({ ran: false, processed: 0 });
      expect(catchUps()).toHaveLength(1);
      expect(catchUps()[0]).not.toBe(spent);
      w.lock.held = false;
      expect(catchUpResponses(w.spreadsheet as never, w.services, NOW)).toEqual({ ran: true, processed: 2 });
      expect(catchUps()).toEqual([]);
      expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001']);
      expect(column(w, SHEET.mentors, 'ФИО')).toContain('Новикова Елена Викторовна');
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.outcome)).toEqual(['в банке', 'результат']);
      expect(w.spreadsheet.sheet(SHEET.monitoring).grid()[0][0]).toBe('Мониторинг программы наставничества');
      // Whatever fires later processes nothing twice.
      expect(catchUpResponses(w.spreadsheet as never, w.services, NOW)).toEqual({ ran: true, processed: 0 });
      expect(handleSubmission(w.spreadsheet as never, rubricEvent as never, w.services, NOW)).toMatchObject({ scored: 0, skipped: 1 });
      expect(w.lock.unflushedAtRelease.every((pending) => pending === 0)).toBe(true);
    } finally {
      w.uninstall();
    }
  });

  it('reads answers under a question the curator reworded in the form, opening the form only then', () => {
    const w = world();
    try {
      const form = w.form('efficiency-rubric');
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(1), rubric('П-001', 8)) as never, w.services, NOW);
      expect(w.formApp.log.count('FormApp.openById')).toBe(0);
      const climate = 'Наличие комфортного психологического климата в организации';
      rewordQuestion(w.spreadsheet, form, climate, `${climate} (уточнено)`);
      const answers = rubric('П-002', 9);
      answers[`${climate} (уточнено)`] = answers[climate];
      delete answers[climate];
      const outcome = handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(2), answers) as never, w.services, NOW);
      expect(outcome).toMatchObject({ scored: 1, rejected: 0 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.score)).toEqual([16, 18]);
      expect(w.formApp.log.count('FormApp.openById')).toBeGreaterThan(0);
      expect(recomputeAll(w.spreadsheet as never, w.services, NOW)).toMatchObject({ scored: 2, rejected: 0 });
      // Without the recorded ids (a form made by an older version) the reason says what to do.
      w.properties.values.clear();
      expect(recomputeAll(w.spreadsheet as never, w.services, NOW)).toMatchObject({ scored: 0, rejected: 2 });
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.reason)[0]).toBe(`в таблице ответов нет столбца «${climate}» `
        + '(вопрос удалён из формы или заголовок столбца изменён): верните вопрос или прежний заголовок — ответ будет учтён при пересчёте');
    } finally {
      w.uninstall();
    }
  });

  it('keeps and lists a response it cannot use, with the reason', () => {
    const w = world();
    try {
      const event = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric('П-404', 8));
      expect(handleSubmission(w.spreadsheet as never, event as never, w.services, NOW)).toMatchObject({ scored: 0, rejected: 1 });
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.outcome)).toEqual(['отклонён']);
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.reason)).toEqual(['код пары «П-404» не найден на листе «Пары»']);
      expect(w.spreadsheet.responseSheetOf(w.form('efficiency-rubric')).grid()).toHaveLength(2);
    } finally {
      w.uninstall();
    }
  });

  it('lists a response whose pre-filled code was edited, instead of scoring it for the pair the code now names', () => {
    const w = world();
    try {
      const edited = linkedCode('П-001').replace('П-001', 'П-002');
      const event = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(1), rubric(edited, 8));
      expect(handleSubmission(w.spreadsheet as never, event as never, w.services, NOW)).toMatchObject({ scored: 0, rejected: 1 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual([]);
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.code)).toEqual(['П-002']);
      expect(String(column(w, SHEET.processing, PROCESSING_COLUMNS.reason)[0])).toContain('код «П-002» не совпадает с проверочным числом');
      const intact = submitResponse(w.spreadsheet, w.form('efficiency-rubric'), at(2), rubric(linkedCode('П-001'), 8));
      expect(handleSubmission(w.spreadsheet as never, intact as never, w.services, NOW)).toMatchObject({ scored: 1, rejected: 0 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001']);
    } finally {
      w.uninstall();
    }
  });

  it('turns an intake answer into a bank row with a new code, text that looks like a formula kept as text', () => {
    const w = world();
    try {
      const event = submitResponse(w.spreadsheet, w.form('mentor-intake'), at(2), {
        'Фамилия, имя, отчество': 'Новикова Елена Викторовна', 'Должность': 'учитель биологии', 'Педагогический стаж (полных лет)': '15',
        'В каких вопросах вы готовы помогать коллегам?': 'предметное содержание, взаимодействие с родителями',
        'Скольких наставляемых вы готовы сопровождать одновременно?': '2', 'Электронная почта': 'novikova@school.ru',
        'Согласны ли вы на обработку ваших персональных данных для организации наставничества в образовательной организации?': 'Да',
        'Готовы ли вы стать наставником в этом учебном году?': 'Да', 'Что ещё вы хотели бы сообщить куратору?': '=HYPERLINK("http://x")',
      });
      expect(handleSubmission(w.spreadsheet as never, event as never, w.services, NOW)).toMatchObject({ addedToBank: 1 });
      const mentors = w.spreadsheet.sheet(SHEET.mentors);
      const last = mentors.grid()[mentors.grid().length - 1];
      const header = mentors.grid()[0];
      expect(last[header.indexOf('Код')]).toBe('НС-004');
      expect(last[header.indexOf('Компетенции')]).toBe('предметное содержание; взаимодействие с родителями');
      expect(last[header.indexOf('Примечание')]).toBe('=HYPERLINK("http://x")');
      expect(mentors.formulaWrites).toBe(0);
      expect(column(w, SHEET.log, 'Коды')).toEqual(['НС-004']);
    } finally {
      w.uninstall();
    }
  });

  it('puts a preference into «Предпочтения»', () => {
    const w = world();
    try {
      const form = w.form('mentee-preference');
      const event = submitResponse(w.spreadsheet, form, at(3), {
        'Код участника': 'НП-004', 'Первый выбор: наставник': 'Орлова Вера Павловна (НС-003)', 'Второй выбор: наставник': 'Петрова Анна Ивановна (НС-001)',
      });
      expect(handleSubmission(w.spreadsheet as never, event as never, w.services, NOW)).toMatchObject({ preferences: 1 });
      expect(w.spreadsheet.sheet(SHEET.preferences).grid()[1].slice(1, 5)).toEqual(['НП-004', 'НС-003', 'НС-001', '']);
    } finally {
      w.uninstall();
    }
  });

  it('makes the same Spreadsheet calls per submission whether the sheet holds 10 responses or 1,000', () => {
    const calls = (existing: number) => {
      const w = world();
      try {
        const form = w.form('efficiency-rubric');
        for (let i = 0; i < existing; i += 1) submitResponse(w.spreadsheet, form, new Date(2027, 3, 1, 8, 0, i), rubric(i % 2 ? 'П-001' : 'П-002', i % 10));
        handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(1), rubric('П-001', 9)) as never, w.services, NOW);
        w.spreadsheet.log.reset();
        handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(2), rubric('П-002', 9)) as never, w.services, NOW);
        return { total: w.spreadsheet.log.total(), reads: w.spreadsheet.log.count('Range.getValues'), writes: w.spreadsheet.log.count('Range.setValues') };
      } finally {
        w.uninstall();
      }
    };
    const small = calls(10);
    const large = calls(1000);
    expect(large).toEqual(small);
    // «Результаты» and «Обработка ответов»; «Мониторинг» is left to the redraw trigger.
    expect(small.writes).toBe(2);
  });
});

describe('«Пересчитать всё»', () => {
  it('rebuilds «Результаты» from the responses and scores a response whose cause of rejection was fixed', () => {
    const w = world();
    try {
      const form = w.form('efficiency-rubric');
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(1), rubric('П-001', 8)) as never, w.services, NOW);
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(2), rubric('П-003', 5)) as never, w.services, NOW);
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001']);
      // The curator adds the missing pair and wipes a result by mistake.
      w.spreadsheet.sheet(SHEET.pairs).putRow(4, ['П-003', 'НС-003', 'Орлова Вера Павловна', 'НП-004', 'Волкова Дарья Петровна', '', '', '', '', '', '', '', 'действует']);
      w.spreadsheet.sheet(SHEET.results).putRow(2, ['', '', '', '', '', '', '', '', '', '']);
      const outcome = recomputeAll(w.spreadsheet as never, w.services, NOW);
      expect(outcome).toMatchObject({ ran: true, responses: 2, scored: 2, rejected: 0 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001', 'П-003']);
      expect(column(w, SHEET.processing, PROCESSING_COLUMNS.outcome)).toEqual(['результат', 'результат']);
      expect(recomputeAll(w.spreadsheet as never, w.services, NOW)).toMatchObject({ scored: 2 });
      expect(column(w, SHEET.results, RESULT_COLUMNS.pair)).toEqual(['П-001', 'П-003']);
      // Two submissions and two recomputations, each flushing its writes before releasing the lock.
      expect(w.lock.events.join(' ')).toBe(Array(4).fill('tryLock flush releaseLock').join(' '));
      expect(w.lock.unflushedAtRelease).toEqual([0, 0, 0, 0]);
    } finally {
      w.uninstall();
    }
  });
});

describe('«Разослать анкеты» and «Напомнить»', () => {
  function markToSend(w: World, id: string) {
    const sheet = w.spreadsheet.sheet(SHEET.forms);
    const grid = sheet.grid();
    const row = grid.findIndex((cells) => cells[0] === id) + 1;
    sheet.putRow(row, grid[row - 1].map((value, index) => (grid[0][index] === 'Рассылать' ? 'да' : value)));
  }

  it('sends personal links within the quota, carries the rest over, never twice', () => {
    const w = world();
    try {
      markToSend(w, 'mentee-satisfaction');
      const mailApp = new FakeMailApp(2);
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW)).toMatchObject({ sent: 2, waiting: 1 });
      expect(mailApp.sent.map((mail) => mail.to)).toEqual(['ivanov@school.ru', 'kuznetsova@school.ru']);
      expect(mailApp.sent[0].body).toContain('entry.');
      expect(mailApp.sent[0].body).toContain(encodeURIComponent('НП-001'));
      mailApp.quota = 10;
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 21, 9))).toMatchObject({ sent: 1, waiting: 0 });
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 21, 10))).toMatchObject({ sent: 0 });
      expect(column(w, SHEET.mailing, MAIL_COLUMNS.code)).toEqual(['НП-001', 'НП-002', 'НП-003']);
    } finally {
      w.uninstall();
    }
  });

  it('a run that would outlast the time limit logs what it sent, and the next run sends only the rest', () => {
    const w = world();
    try {
      markToSend(w, 'mentee-satisfaction');
      const mailApp = new FakeMailApp(10);
      let clock = 0;
      // Each letter "takes" 100 s: the second would risk the 4-minute budget.
      const slow: MailAppPort = {
        getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
        sendEmail: (...args) => { clock += 100_000; mailApp.sendEmail(...args); },
      };
      const first = sendInvitations(w.spreadsheet as never, { ...w.services, mailApp: slow }, NOW, () => clock);
      expect(first).toMatchObject({ sent: 1, waiting: 0, deferred: 2 });
      expect(column(w, SHEET.mailing, MAIL_COLUMNS.code)).toEqual(['НП-001']);
      expect(mailingMessage('приглашения', first!)).toContain('Ещё 2 письма ждут отправки: одно выполнение скрипта ограничено 6 минутами. Выберите «Разослать анкеты» ещё раз');
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW)).toMatchObject({ sent: 2, deferred: 0 });
      expect(mailApp.sent.map((mail) => mail.to)).toEqual(['ivanov@school.ru', 'kuznetsova@school.ru', 'smirnov@school.ru']);
      expect(column(w, SHEET.mailing, MAIL_COLUMNS.code)).toEqual(['НП-001', 'НП-002', 'НП-003']);
    } finally {
      w.uninstall();
    }
  });

  it('sends the rubric to the curator, one letter with a link per pair', () => {
    const w = world();
    try {
      markToSend(w, 'efficiency-rubric');
      const mailApp = new FakeMailApp(5);
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW)).toMatchObject({ sent: 1 });
      expect(mailApp.sent[0].to).toBe('curator@school.ru');
      expect(mailApp.sent[0].body).toContain('П-001 — Петрова Анна Ивановна, Иванов Пётр Сергеевич');
      expect(column(w, SHEET.mailing, MAIL_COLUMNS.code)).toEqual(['П-001', 'П-002']);
    } finally {
      w.uninstall();
    }
  });

  it('redraws «Кто ещё не ответил» after sending, and again after reminding', () => {
    const w = world();
    try {
      markToSend(w, 'mentee-satisfaction');
      const mailApp = new FakeMailApp(10);
      const waiting = () => {
        const grid = w.spreadsheet.sheet(SHEET.monitoring).grid();
        const start = grid.findIndex((row) => row[0] === 'Кто ещё не ответил');
        return grid.slice(start + 2).filter((row) => row[0] !== '').map((row) => [row[1], row[5]]);
      };
      sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW);
      expect(waiting()).toEqual([['НП-001', 0], ['НП-002', 0], ['НП-003', 0]]);
      sendReminders(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 21, 13));
      expect(waiting()).toEqual([['НП-001', 1], ['НП-002', 1], ['НП-003', 1]]);
      expect(w.lock.unflushedAtRelease).toEqual([0, 0]);
      // Another action holding the lock (the same mailing chosen twice, a submission): nothing is sent or logged, so
      // no letter goes out twice; the menu says so (entry-points).
      w.lock.held = true;
      markToSend(w, 'mentor-satisfaction');
      const sentBefore = mailApp.sent.length;
      const logged = column(w, SHEET.mailing, MAIL_COLUMNS.code);
      expect(sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW)).toBeUndefined();
      expect(sendReminders(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 23, 13))).toBeUndefined();
      expect(mailApp.sent).toHaveLength(sentBefore);
      expect(column(w, SHEET.mailing, MAIL_COLUMNS.code)).toEqual(logged);
    } finally {
      w.uninstall();
    }
  });

  it('reminds those who have not answered, a day after the last letter', () => {
    const w = world();
    try {
      markToSend(w, 'mentee-satisfaction');
      const mailApp = new FakeMailApp(10);
      sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW);
      const satisfaction = w.formApp.forms.find((form) => form.title.startsWith('Удовлетворённость наставляемого'))!;
      const answers: Record<string, Value> = { 'Код участника': 'НП-001' };
      for (const item of satisfaction.questions()) if (item.kind === 'scale') answers[item.title] = 8;
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, satisfaction, at(5), answers) as never, w.services, NOW);
      expect(sendReminders(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 20, 20))).toMatchObject({ sent: 0 });
      const reminders = sendReminders(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 21, 13));
      expect(reminders).toMatchObject({ sent: 2 });
      expect(mailApp.sent.slice(-2).map((mail) => [mail.to, mail.subject.startsWith('Напоминание')])).toEqual([
        ['kuznetsova@school.ru', true], ['smirnov@school.ru', true],
      ]);
    } finally {
      w.uninstall();
    }
  });

  it('a new academic year waits for new answers: last year\'s answer neither spares a reminder nor keeps anyone off «Кто ещё не ответил»', () => {
    const w = world();
    try {
      markToSend(w, 'mentee-satisfaction');
      const mailApp = new FakeMailApp(20);
      const lastMay = new Date(2026, 4, 12, 12);
      sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, lastMay);
      const satisfaction = w.formApp.forms.find((form) => form.title.startsWith('Удовлетворённость наставляемого'))!;
      const answers: Record<string, Value> = { 'Код участника': 'НП-001' };
      for (const item of satisfaction.questions()) if (item.kind === 'scale') answers[item.title] = 8;
      handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, satisfaction, new Date(2026, 4, 12, 14), answers) as never, w.services, new Date(2026, 4, 12, 14));
      // This academic year: everyone is asked again, and НП-001's answer of last May is last year's.
      sendInvitations(w.spreadsheet as never, { ...w.services, mailApp }, NOW);
      const grid = w.spreadsheet.sheet(SHEET.monitoring).grid();
      const start = grid.findIndex((row) => row[0] === 'Кто ещё не ответил');
      expect(grid.slice(start + 2).filter((row) => row[0] !== '').map((row) => row[1])).toEqual(['НП-001', 'НП-002', 'НП-003']);
      const reminders = sendReminders(w.spreadsheet as never, { ...w.services, mailApp }, new Date(2027, 4, 21, 13));
      expect(reminders).toMatchObject({ sent: 3 });
      // «Пересчитать всё» dates a rescored row by its answer, so last May's answer stays last year's.
      recomputeAll(w.spreadsheet as never, w.services, new Date(2027, 4, 22, 9));
      const dates = column(w, SHEET.processing, 'Дата');
      expect(dates).toEqual([new Date(2026, 4, 12, 14)]);
    } finally {
      w.uninstall();
    }
  });
});

describe('the fit check after the first meetings (issue 12)', () => {
  /** One person's answer: code, comfort, clarity (1–10), wish to go on. */
  function fitAnswer(code: string, comfort: number, clarity: number, wish: string): Record<string, Value> {
    const [codeItem, comfortItem, clarityItem, wishItem] = fitCheck().items;
    return { [codeItem.title]: linkedCode(code), [comfortItem.title]: comfort, [clarityItem.title]: clarity, [wishItem.title]: wish };
  }

  it('«Не хочу продолжать» marks the pair «требует внимания» in «Пары» with the reason; the other side\'s good answer does not undo it; «Пересчитать всё» gives the same marks', () => {
    const w = world();
    try {
      const form = w.formApp.forms.find((candidate) => candidate.title === fitCheck().title)!;
      const submit = (minute: number, answer: Record<string, Value>) => handleSubmission(w.spreadsheet as never, submitResponse(w.spreadsheet, form, at(minute), answer) as never, w.services, NOW);
      const marks = () => column(w, SHEET.pairs, PAIR_COLUMNS.fitCheck).map((value) => String(value ?? ''));
      const attention = `требует внимания: наставляемый Иванов П.С.: ответил «${DO_NOT_CONTINUE}»`;

      submit(1, fitAnswer('НП-001', 8, 7, DO_NOT_CONTINUE));
      expect(marks().slice(0, 2)).toEqual([attention, '']);
      submit(2, fitAnswer('НС-001', 9, 9, 'Да, хочу продолжать'));
      submit(3, fitAnswer('НП-002', 9, 8, 'Да, хочу продолжать'));
      expect(marks().slice(0, 2)).toEqual([attention, FIT_CHECK_FINE]);
      // Only that column of «Пары» is written: the rest of the sheet is as it was.
      const before = w.spreadsheet.sheet(SHEET.pairs).grid();
      submit(4, fitAnswer('НП-003', 2, 3, 'Затрудняюсь ответить'));
      const after = w.spreadsheet.sheet(SHEET.pairs).grid();
      const markColumn = after[0].indexOf(PAIR_COLUMNS.fitCheck);
      expect(after.map((row) => row.filter((_, i) => i !== markColumn))).toEqual(before.map((row) => row.filter((_, i) => i !== markColumn)));
      expect(marks()[1]).toBe('требует внимания: наставляемый Смирнов О.И.: средняя оценка 2,5 ниже порога 5');

      w.spreadsheet.sheet(SHEET.pairs).putRow(2, after[1].map((value, i) => (i === markColumn ? '' : value)));
      recomputeAll(w.spreadsheet as never, w.services, NOW);
      expect(marks().slice(0, 2)).toEqual([attention, 'требует внимания: наставляемый Смирнов О.И.: средняя оценка 2,5 ниже порога 5']);
    } finally {
      w.uninstall();
    }
  });
});
