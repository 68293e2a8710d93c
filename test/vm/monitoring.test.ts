import { RESULT_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { RUBRIC_CHOICES, RUBRIC_CRITERIA } from '../../src/domain/questionnaires/catalog/efficiency-rubric';
import { MENU } from '../../src/gas/menu';
import { createGasFakes } from '../fakes/gas';
import { FakeResponderAccess } from '../fakes/forms';
import { formsWritingInto, submitResponse } from '../fakes/monitoring';
import { FakeProperties } from '../fakes/documents';
import { FakeLockService, FakeMailApp, FakeScriptApp } from '../fakes/script-app';
import type { FakeMenu } from '../fakes/spreadsheet';
import { schoolSpreadsheet } from '../gas/monitoring/school';
import { call, fire, loadBundle, topLevelFunctions } from './loadBundle';

const ENTRY_POINTS = ['onFormSubmit', 'catchUpResponses', 'redrawMonitoring', 'menuCreateForms', 'menuSendForms', 'menuRemind', 'menuRecomputeAll'];

function bundleWorld() {
  const spreadsheet = schoolSpreadsheet();
  const fakes = createGasFakes(spreadsheet);
  const formApp = formsWritingInto(spreadsheet);
  const scriptApp = new FakeScriptApp();
  const lockService = new FakeLockService();
  const mailApp = new FakeMailApp(100);
  const properties = new FakeProperties();
  const PropertiesService = { getDocumentProperties: () => properties };
  const context = loadBundle({ ...fakes.globals, FormApp: formApp, ScriptApp: scriptApp, LockService: lockService, MailApp: mailApp, PropertiesService, Drive: new FakeResponderAccess().asDriveGlobal() });
  return { spreadsheet, fakes, formApp, scriptApp, lockService, mailApp, properties, context };
}

describe('monitoring in build/Code.js', () => {
  it('«Создать анкеты» by a second curator asks before adding a second submit trigger, and adds it only on «Да»', () => {
    const w = bundleWorld();
    call(w.context, 'menuCreateForms');
    // Another user of the same spreadsheet: the same document properties, a ScriptApp that lists only their triggers.
    const mine = loadBundle({
      ...w.fakes.globals, FormApp: w.formApp, ScriptApp: new FakeScriptApp(), LockService: w.lockService, MailApp: w.mailApp, Drive: new FakeResponderAccess().asDriveGlobal(),
      PropertiesService: { getDocumentProperties: () => w.properties },
    });
    call(mine, 'menuCreateForms');
    const alerts = w.fakes.app.ui.alerts;
    expect(alerts[1]).toContain('включил другой пользователь этой таблицы');
    expect(alerts[2]).toContain('Включить обработку и от вашего имени?');
    expect(alerts).toHaveLength(3);
    w.fakes.app.ui.reply = 'YES';
    const second = new FakeScriptApp();
    const asked = loadBundle({
      ...w.fakes.globals, FormApp: w.formApp, ScriptApp: second, LockService: w.lockService, MailApp: w.mailApp, Drive: new FakeResponderAccess().asDriveGlobal(),
      PropertiesService: { getDocumentProperties: () => w.properties },
    });
    call(asked, 'menuCreateForms');
    expect(second.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
    expect(alerts[alerts.length - 1]).toContain('Обработка ответов\nВключена автоматическая обработка ответов от вашего имени.');
  });

  it('declares the trigger and the menu items as top-level functions and lists them in the menu', () => {
    expect(topLevelFunctions()).toEqual(expect.arrayContaining(ENTRY_POINTS));
    const w = bundleWorld();
    call(w.context, 'onOpen', { authMode: 'NONE' });
    const items = (w.fakes.app.ui.menus[0] as FakeMenu).items;
    expect(items).toEqual(expect.arrayContaining([
      { caption: 'Создать анкеты', functionName: 'menuCreateForms' },
      { caption: 'Пересчитать всё', functionName: 'menuRecomputeAll' },
    ]));
    for (const entry of MENU) if (entry !== 'separator') expect(topLevelFunctions()).toContain(entry.functionName);
  });

  it('creates the forms, then onFormSubmit scores a submission once, however often it is delivered', () => {
    const w = bundleWorld();
    call(w.context, 'menuCreateForms');
    expect(w.formApp.forms).toHaveLength(10);
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
    expect(w.fakes.app.ui.alerts[0]).toContain('Созданы формы (10)');
    call(w.context, 'menuCreateForms');
    expect(w.scriptApp.triggers).toHaveLength(1);

    const rubric = w.formApp.forms.find((form) => form.title === 'Показатели эффективности реализации Программы наставничества')!;
    const answers: Record<string, string> = { 'Код пары': 'П-002' };
    RUBRIC_CRITERIA.flatMap((criterion) => criterion.indicators).forEach((title, index) => { answers[title] = RUBRIC_CHOICES[index < 6 ? 0 : 1].label; });
    const event = submitResponse(w.spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 0), answers);
    fire(w.context, w.fakes.app, 'onFormSubmit', event);
    fire(w.context, w.fakes.app, 'onFormSubmit', event);
    const results = w.spreadsheet.sheet(SHEET.results).grid();
    expect(results).toHaveLength(2);
    expect(results[1][results[0].indexOf(RESULT_COLUMNS.score)]).toBe(15);
    expect(results[1][results[0].indexOf(RESULT_COLUMNS.level)]).toBe('оптимальный');
    expect(w.lockService.held).toBe(false);
    // The trigger runs without a user interface: it never alerts.
    expect(w.fakes.app.ui.alerts).toHaveLength(2);
    // «Мониторинг» is not redrawn by the submission: one redraw trigger is pending (not two for two deliveries), and
    // the bundle's redrawMonitoring draws the sheet and removes its trigger.
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit', 'redrawMonitoring']);
    expect(w.spreadsheet.sheets.some((sheet) => sheet.name === SHEET.monitoring)).toBe(false);
    fire(w.context, w.fakes.app, 'redrawMonitoring');
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
    expect(w.spreadsheet.sheet(SHEET.monitoring).charts.length).toBeGreaterThan(0);

    // A submission that finds the lock busy leaves a catch-up trigger; the bundle's catchUpResponses processes it and
    // removes the trigger.
    w.lockService.held = true;
    const late = submitResponse(w.spreadsheet, rubric, new Date(2027, 4, 20, 10, 5, 0), { ...answers, 'Код пары': 'П-001' });
    fire(w.context, w.fakes.app, 'onFormSubmit', late);
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit', 'catchUpResponses']);
    w.lockService.held = false;
    fire(w.context, w.fakes.app, 'catchUpResponses');
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
    expect(w.spreadsheet.sheet(SHEET.results).grid()).toHaveLength(3);

    call(w.context, 'menuRecomputeAll');
    expect(w.fakes.app.ui.alerts[2]).toContain('Оценено: 2.');
    call(w.context, 'menuSendForms');
    expect(w.fakes.app.ui.alerts[3]).toContain('Отправлять некому');
    call(w.context, 'menuRemind');
    expect(w.fakes.app.ui.alerts[4]).toContain('Напоминать некому');
  });
});
