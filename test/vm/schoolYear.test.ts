/**
 * A whole school year in Google Sheets, through build/Code.js only: the curator's menu items, the sidebars' server
 * functions and the triggers, called as Apps Script calls them, on one spreadsheet from «Настроить банк» on an empty
 * one to the end-of-year documents. Each step checks what the curator sees (alerts, toasts) and what lands in the
 * sheets, the Drive and the mail.
 */
import {
  FORM_COLUMNS, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, ORDER_COLUMNS as O, PAIR_COLUMNS as P, RESULT_COLUMNS as R, SHEET, SHEETS,
} from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import { createDocFakes, FakeBlob, FakeProperties, type FakeDocument } from '../fakes/documents';
import { FakeResponderAccess, type FakeForm, type FakeItem } from '../fakes/forms';
import { createGasFakes } from '../fakes/gas';
import { FakeMonitoringSpreadsheet, formsWritingInto, submitResponse } from '../fakes/monitoring';
import { FakeLockService, FakeScriptApp } from '../fakes/script-app';
import type { FakeMenu, FakeSheet, Value } from '../fakes/spreadsheet';
import { call, fire, loadBundle, unpassable } from './loadBundle';

jest.setTimeout(60_000);

// ------------------------------------------------------------------------------------------------ the world

/** The script's clock: `new Date()` and `Date.now()` in the bundle read it; dates built from parts are untouched. */
class Clock {
  now = new Date(2026, 8, 1, 9, 0, 0);
  /** How far each Date.now() moves the clock: a slow Apps Script run, to make a batch checkpoint. */
  stepMs = 0;
  set(year: number, month: number, day: number, hours = 10): void {
    this.now = new Date(year, month - 1, day, hours, 0, 0);
  }
  tick(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

/** A Date the bundle sees as the real one (same prototype, so `instanceof Date` holds for the fakes' dates), on the clock. */
function clockedDate(clock: Clock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(clock.now.getTime()) : new (target as unknown as new (...a: unknown[]) => Date)(...args);
    },
    apply(target) {
      return new target(clock.now.getTime()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') {
        return () => {
          clock.tick(clock.stepMs);
          return clock.now.getTime();
        };
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

interface Letter {
  to: string;
  subject: string;
  body: string;
  attachments: string[];
}

/**
 * MailApp as both callers use it: documents send one message object, questionnaires send (to, subject, body, options).
 * MailApp has both signatures.
 */
class YearMail {
  sent: Letter[] = [];
  quota = 100;
  getRemainingDailyQuota(): number {
    return this.quota;
  }
  sendEmail(...args: unknown[]): void {
    const message = (typeof args[0] === 'object' ? args[0] : { to: args[0], subject: args[1], body: args[2], ...(args[3] as object) }) as GoogleAppsScript.Mail.MailAdvancedParameters;
    if (this.quota <= 0) throw new Error('Exception: Service invoked too many times for one day: email.');
    this.quota -= 1;
    const attachments = ((message.attachments ?? []) as unknown as FakeBlob[]).map((blob) => ((blob as unknown as { __raw?: FakeBlob }).__raw ?? blob).name);
    this.sent.push({ to: String(message.to), subject: String(message.subject ?? ''), body: String(message.body ?? ''), attachments });
  }
}

function schoolYearWorld(timeZone?: string) {
  const clock = new Clock();
  const spreadsheet = new FakeMonitoringSpreadsheet(undefined, undefined, timeZone);
  const sheets = createGasFakes(spreadsheet);
  const docs = createDocFakes(sheets.log);
  const formApp = formsWritingInto(spreadsheet);
  const scriptApp = new FakeScriptApp();
  const lockService = new FakeLockService();
  const mail = new YearMail();
  const properties = new FakeProperties();
  const context = loadBundle({
    ...sheets.globals, ...docs.globals,
    Date: clockedDate(clock),
    FormApp: formApp, ScriptApp: scriptApp, LockService: lockService, MailApp: mail, Drive: new FakeResponderAccess().asDriveGlobal(),
    PropertiesService: { getDocumentProperties: () => properties },
  });
  return { clock, spreadsheet, sheets, docs, formApp, scriptApp, lockService, mail, properties, context };
}

type World = ReturnType<typeof schoolYearWorld>;

// ------------------------------------------------------------------------------------------------ what the curator sees

/** Everything a curator has been shown so far: alerts and toasts, in order. */
function shown(w: World): string[] {
  // The fake alert records the button set's name after the texts; the curator sees buttons, not that name.
  return [...w.sheets.app.ui.alerts.map((text) => text.replace(/\n(OK|YES_NO|OK_CANCEL|YES_NO_CANCEL)$/, '')), ...w.spreadsheet.toasts];
}

/** A message a Russian curator can read: no English words (links aside), no stack traces, no leaked values. */
function unreadable(text: string): string[] {
  const problems: string[] = [];
  const withoutLinks = text.replace(/https?:\/\/\S+/g, '').replace(/[\w.+-]+@[\w.-]+/g, '');
  for (const leak of ['undefined', 'NaN', '[object Object]', 'null', 'Error', 'Exception', '    at ']) if (withoutLinks.includes(leak)) problems.push(`«${leak}»`);
  const latin = withoutLinks.match(/\b[A-Za-z]{3,}\b/g)?.filter((word) => !['PDF', 'Email', 'Google', 'Excel', 'Apps', 'Script', 'README', 'Drive', 'Docs'].includes(word));
  if (latin?.length) problems.push(`латиница: ${latin.join(', ')}`);
  return problems;
}

function expectReadable(w: World): void {
  const bad = shown(w).map((text) => ({ text, problems: unreadable(text) })).filter((entry) => entry.problems.length > 0);
  expect(bad).toEqual([]);
}

/** The alert the last call showed. */
function lastAlert(w: World): string {
  const alerts = w.sheets.app.ui.alerts;
  return (alerts[alerts.length - 1] ?? '').replace(/\n(OK|YES_NO|OK_CANCEL|YES_NO_CANCEL)$/, '');
}

// ------------------------------------------------------------------------------------------------ the sheets

function rows(sheet: FakeSheet): Record<string, Value>[] {
  const [header, ...body] = sheet.grid();
  return body.map((row) => Object.fromEntries(header.map((title, index) => [String(title), row[index]])));
}

/** A sheet as the curator reads it: dates as Sheets shows them, cells separated by « | ». */
function sheetText(w: World, name: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const cell = (value: Value) => (value instanceof Date ? `${two(value.getDate())}.${two(value.getMonth() + 1)}.${value.getFullYear()}` : String(value));
  return w.spreadsheet.sheet(name).grid().map((cells) => cells.map(cell).join(' | ').replace(/( \| )+$/, '')).join('\n');
}

function table(w: World, name: string): Record<string, Value>[] {
  return rows(w.spreadsheet.sheet(name));
}

/** The curator types a row under the header of a sheet, by column name (as typing: Sheets parses it). */
function typeRow(w: World, name: string, values: Record<string, string | number>): number {
  const sheet = w.spreadsheet.sheet(name);
  const header = sheet.grid()[0].map(String);
  const row = sheet.getLastRow() + 1;
  for (const [column, value] of Object.entries(values)) {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${name}`);
    sheet.write(row, index + 1, value);
  }
  return row;
}

/** The curator types a value into the cell of a row (1-based sheet row) found by column name. */
function typeCell(w: World, name: string, row: number, column: string, value: string): void {
  const sheet = w.spreadsheet.sheet(name);
  const index = sheet.grid()[0].map(String).indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${name}`);
  sheet.write(row, index + 1, value);
}

function typeSetting(w: World, setting: string, value: string): void {
  const sheet = w.spreadsheet.sheet(SHEET.settings);
  const row = sheet.grid().findIndex((cells) => cells[0] === setting);
  if (row < 0) throw new Error(`no setting ${setting}`);
  sheet.write(row + 1, 2, value);
}

// ------------------------------------------------------------------------------------------------ documents

function documentsNamed(w: World, pattern: RegExp): FakeDocument[] {
  return [...w.docs.store.documents.values()].filter((doc) => {
    const file = w.docs.store.files.get(doc.id);
    return file !== undefined && !file.isTrashed() && pattern.test(file.getName());
  });
}

function fullText(doc: FakeDocument): string {
  return doc.lines().join('\n');
}

// ------------------------------------------------------------------------------------------------ forms

/** The code a personal link pre-fills, as the form shows it: the entry of the link decoded. */
function prefilled(link: string, form: FakeForm): { item: FakeItem; value: string } {
  const url = new URL(link);
  const entries = [...url.searchParams.entries()].filter(([key]) => key.startsWith('entry.'));
  expect(entries).toHaveLength(1);
  const [key, value] = entries[0];
  const item = form.items.find((candidate) => candidate.id === Number(key.slice('entry.'.length)));
  if (!item) throw new Error(`link ${link} names no item of «${form.title}»`);
  return { item, value };
}

function linksIn(body: string): string[] {
  return body.match(/https:\/\/docs\.google\.com\/forms\/\S+/g) ?? [];
}

/** A respondent's answers: the pre-filled code kept, every other question answered by `pick`. */
function answersFor(form: FakeForm, code: { item: FakeItem; value: string }, pick: (item: FakeItem, index: number) => string | number): Record<string, Value> {
  const answers: Record<string, Value> = {};
  form.questions().forEach((item, index) => {
    answers[item.title] = item === code.item ? code.value : pick(item, index);
  });
  return answers;
}

/** Submits the response and fires the installable trigger with the event a spreadsheet form-submit trigger gets. */
function submit(w: World, form: FakeForm, answers: Record<string, Value>): void {
  const { range } = submitResponse(w.spreadsheet, form, w.clock.now, answers);
  const sheet = w.spreadsheet.responseSheetOf(form);
  const header = sheet.grid()[0].map(String);
  const values = sheet.grid()[range.getRow() - 1].map((cell) => (cell instanceof Date ? cell.toLocaleString('ru-RU') : String(cell)));
  const namedValues = Object.fromEntries(header.map((title, index) => [title, [values[index]]]));
  const trigger = w.scriptApp.triggers.find((candidate) => candidate.handler === 'onFormSubmit');
  expect(trigger).toBeDefined();
  fire(w.context, w.sheets.app, 'onFormSubmit', { authMode: 'FULL', triggerUid: trigger!.uniqueId, range, values, namedValues });
  // A scored answer asks for «Мониторинг» to be redrawn a few minutes later; here those minutes pass at once.
  if (w.scriptApp.triggers.some((candidate) => candidate.handler === 'redrawMonitoring')) fire(w.context, w.sheets.app, 'redrawMonitoring');
}

function formTitled(w: World, pattern: RegExp): FakeForm {
  const found = w.formApp.forms.filter((form) => pattern.test(form.title));
  expect(found).toHaveLength(1);
  return found[0];
}

// ------------------------------------------------------------------------------------------------ the year

/** The year in a spreadsheet of the script's zone, and in one set to the school's own (Ufa, UTC+5). */
describe.each([
  ['the script\'s time zone', undefined],
  ['a spreadsheet set to Ufa time (UTC+5)', 'Asia/Yekaterinburg'],
])('a school year in Google Sheets, through build/Code.js, in %s', (_zone: string, timeZone: string | undefined) => {
  const w = schoolYearWorld(timeZone);

  afterEach(() => {
    expectReadable(w);
    expect(w.lockService.held).toBe(false);
  });

  it('September: onOpen shows the menu; «Настроить банк» on an empty spreadsheet makes the bank', () => {
    call(w.context, 'onOpen', { authMode: 'NONE' });
    const menu = w.sheets.app.ui.menus[0] as FakeMenu;
    expect(menu.items).toContainEqual({ caption: 'Настроить банк', functionName: 'menuSetUpBank' });
    call(w.context, 'menuSetUpBank');
    expect(lastAlert(w)).toMatch(/^Настройка банка\nСозданы листы/);
    expect(w.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(SHEETS.map((spec) => spec.name)));
    expect(table(w, SHEET.settings).map((row) => row['Параметр'])).toEqual(expect.arrayContaining(Object.values(SETTING).filter((name) => name !== SETTING.documentsFolder)));
  });

  it('the curator fills «Настройки» and the bank; «Настроить банк» gives the new rows codes', () => {
    typeSetting(w, SETTING.orgFullName, 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 30»');
    typeSetting(w, SETTING.orgShortName, 'МБОУ «СОШ № 30»');
    typeSetting(w, SETTING.locality, 'г. Уфа');
    typeSetting(w, SETTING.directorName, 'Хабибрахманов Шамиль Хамитович');
    typeSetting(w, SETTING.directorEmail, 'director@school30.ru');
    typeSetting(w, SETTING.curatorName, 'Гумерова Гульсасак Манжуровна');
    typeSetting(w, SETTING.curatorEmail, 'curator@school30.ru');
    typeSetting(w, SETTING.academicYear, '2026/2027');

    const mentor = (values: Record<string, string | number>) => typeRow(w, SHEET.mentors, {
      [M.position]: 'учитель', [M.consentData]: 'да', [M.consentMentor]: 'да', [M.status]: 'активен', [M.capacity]: 1, ...values,
    });
    mentor({ [M.fullName]: 'Орлова Вера Павловна', [M.gender]: 'ж', [M.position]: 'учитель математики', [M.subjects]: 'математика', [M.experience]: 24,
      [M.qualification]: 'высшая', [M.competences]: 'цифровые инструменты и ИКТ; организация урока и управление классом', [M.capacity]: 2, [M.email]: 'orlova@school30.ru' });
    mentor({ [M.fullName]: 'Белов Игорь Сергеевич', [M.gender]: 'м', [M.position]: 'учитель русского языка', [M.subjects]: 'русский язык', [M.experience]: 15,
      [M.qualification]: 'первая', [M.competences]: 'взаимодействие с родителями; классное руководство и воспитательная работа', [M.email]: 'belov@school30.ru' });
    // A text in «Стаж (лет)»: «Проверить банк» must name the cell.
    mentor({ [M.fullName]: 'Кузнецова Елена Андреевна', [M.gender]: 'ж', [M.position]: 'учитель биологии', [M.subjects]: 'биология', [M.experience]: 'пять',
      [M.qualification]: 'первая', [M.competences]: 'предметное содержание', [M.email]: 'kuznetsova@school30.ru' });
    mentor({ [M.fullName]: 'Морозов Павел Ильич', [M.gender]: 'м', [M.position]: 'учитель истории', [M.subjects]: 'история', [M.experience]: 18,
      [M.qualification]: 'высшая', [M.competences]: 'оценивание и подготовка к ГИА; методика преподавания и образовательные технологии', [M.email]: 'morozov@school30.ru' });

    const mentee = (values: Record<string, string | number>) => typeRow(w, SHEET.mentees, {
      [E.position]: 'учитель', [E.consentData]: 'да', [E.status]: 'активен', [E.category]: 'молодой специалист (стаж 0–3 года)', ...values,
    });
    mentee({ [E.fullName]: 'Сидорова Анна Викторовна', [E.gender]: 'ж', [E.position]: 'учитель математики', [E.subjects]: 'математика', [E.experience]: 1,
      [E.deficits]: 'цифровые инструменты и ИКТ; организация урока и управление классом', [E.email]: 'sidorova@school30.ru' });
    // Namesakes: two teachers of the same name, told apart by the e-mail.
    mentee({ [E.fullName]: 'Иванова Мария Олеговна', [E.gender]: 'ж', [E.position]: 'учитель русского языка', [E.subjects]: 'русский язык', [E.experience]: 2,
      [E.deficits]: 'взаимодействие с родителями', [E.email]: 'ivanova.mo@school30.ru' });
    mentee({ [E.fullName]: 'Иванова Мария Олеговна', [E.gender]: 'ж', [E.position]: 'учитель истории', [E.subjects]: 'история', [E.experience]: 0,
      [E.deficits]: 'оценивание и подготовка к ГИА', [E.email]: 'ivanova.history@school30.ru' });
    // No consent to personal data: never paired, never written to.
    mentee({ [E.fullName]: 'Котов Денис Петрович', [E.gender]: 'м', [E.position]: 'учитель физики', [E.subjects]: 'физика', [E.experience]: 1,
      [E.deficits]: 'цифровые инструменты и ИКТ', [E.email]: 'kotov@school30.ru', [E.consentData]: 'нет' });

    call(w.context, 'menuSetUpBank');
    expect(lastAlert(w)).toMatch(/^Настройка банка\n/);
    expect(table(w, SHEET.mentors).map((row) => row[M.code])).toEqual(['НС-001', 'НС-002', 'НС-003', 'НС-004']);
    expect(table(w, SHEET.mentees).map((row) => row[E.code])).toEqual(['НП-001', 'НП-002', 'НП-003', 'НП-004']);
    // Typed values are kept: the text in «Стаж (лет)» is not rewritten.
    expect(table(w, SHEET.mentors)[2][M.experience]).toBe('пять');
  });

  it('«Проверить банк»: the sidebar, and issues in Russian naming sheet, row and column', () => {
    call(w.context, 'menuCheckBank');
    expect(w.sheets.app.ui.sidebars[w.sheets.app.ui.sidebars.length - 1].getTitle()).toBe('Проверка банка');
    const report = call(w.context, 'checkBankReport') as { errors: { sheet: string; row: number; column: string; message: string }[]; warnings: { sheet: string; row: number; column: string; message: string }[] };
    expect(unpassable(report)).toEqual([]);
    expect(report.errors).toEqual([expect.objectContaining({ sheet: SHEET.mentors, row: 4, column: M.experience })]);
    // «Перейти» in the sidebar selects the cell.
    call(w.context, 'goToCell', { sheet: report.errors[0].sheet, row: report.errors[0].row, column: report.errors[0].column });
    expect(w.spreadsheet.activeRange).toMatchObject({ sheet: SHEET.mentors, row: 4, column: SHEETS[1].columns.findIndex((c) => c.header === M.experience) + 1 });
    for (const issue of [...report.errors, ...report.warnings]) {
      expect(unreadable(issue.message)).toEqual([]);
      expect(issue.sheet).toBeTruthy();
    }
    expect(report.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: SHEET.mentees, column: E.fullName }),
      expect.objectContaining({ sheet: SHEET.mentees, row: 5, column: E.consentData }),
    ]));
  });

  it('«Подбор пар»: load, suggest, propose all, confirm with a period', () => {
    w.clock.set(2026, 9, 10);
    call(w.context, 'menuPairing');
    expect(w.sheets.app.ui.sidebars[w.sheets.app.ui.sidebars.length - 1].getTitle()).toBe('Подбор пар');
    const state = call(w.context, 'pairingLoad') as { mentees: { code: string; name: string; blockers: string[] }[]; mentors: { code: string }[]; period: { start: string; end: string }; problems: string[] };
    expect(unpassable(state)).toEqual([]);
    expect(state.period).toEqual({ start: '2026-09-10', end: '2027-05-31' });
    for (const text of [...state.problems, ...state.mentees.flatMap((m) => m.blockers)]) expect(unreadable(text)).toEqual([]);
    expect(state.mentees.find((m) => m.code === 'НП-004')?.blockers.join(' ')).toContain('согласия');

    const suggestions = call(w.context, 'pairingSuggest', 'НП-001', []) as { mentors: { mentorCode: string; score: number; reasons: { text: string }[] }[] };
    expect(unpassable(suggestions)).toEqual([]);
    expect(suggestions.mentors[0].mentorCode).toBe('НС-001');
    for (const card of suggestions.mentors) for (const reason of card.reasons) expect(unreadable(reason.text)).toEqual([]);

    const proposal = call(w.context, 'pairingProposeAll', []) as {
      pairs: { mentorCode: string; mentees: { menteeCode: string; pinned: boolean; reasons: string[] }[]; reasons: string[] }[];
      unpaired: { menteeCode: string; reason: string }[];
      excludedMentors: { mentorCode: string; reason: string }[];
    };
    expect(unpassable(proposal)).toEqual([]);
    const placed = Object.fromEntries(proposal.pairs.flatMap((pair) => pair.mentees.map((m) => [m.menteeCode, pair.mentorCode])));
    expect(placed).toEqual({ 'НП-001': 'НС-001', 'НП-002': 'НС-002', 'НП-003': 'НС-004' });
    expect(proposal.unpaired.map((m) => m.menteeCode)).toEqual(['НП-004']);
    for (const text of [...proposal.unpaired.map((m) => m.reason), ...proposal.excludedMentors.map((m) => m.reason), ...proposal.pairs.flatMap((p) => p.reasons)]) {
      expect(unreadable(text)).toEqual([]);
    }
    // The mentor whose «Стаж (лет)» is a text is not proposed.
    expect(Object.values(placed)).not.toContain('НС-003');

    const lines = proposal.pairs.flatMap((pair) => pair.mentees.map((m) => ({ mentorCode: pair.mentorCode, menteeCode: m.menteeCode, pinned: m.pinned })));
    const result = call(w.context, 'pairingConfirm', lines, { start: '2026-09-15', end: '2027-05-31' }) as {
      written: { code: string; mentorName: string; menteeNames: string[] }[]; refused: unknown[]; message: string; problem: string;
    };
    expect(unpassable(result)).toEqual([]);
    expect(result.problem).toBe('');
    expect(result.refused).toEqual([]);
    expect(unreadable(result.message)).toEqual([]);
    expect(result.written.map((pair) => pair.code)).toEqual(['П-001', 'П-002', 'П-003']);

    const pairs = table(w, SHEET.pairs);
    expect(pairs.map((pair) => [pair[P.code], pair[P.mentorCode], pair[P.menteeCodes], pair[P.status]])).toEqual([
      ['П-001', 'НС-001', 'НП-001', 'предложена'],
      ['П-002', 'НС-002', 'НП-002', 'предложена'],
      ['П-003', 'НС-004', 'НП-003', 'предложена'],
    ]);
    const sheet = w.spreadsheet.sheet(SHEET.pairs);
    const header = sheet.grid()[0].map(String);
    expect(sheet.shownDate(2, header.indexOf(P.start) + 1)).toBe('15.09.2026 00:00');
    expect(sheet.shownDate(2, header.indexOf(P.end) + 1)).toBe('31.05.2027 00:00');
    for (const pair of pairs) {
      expect(String(pair[P.form])).not.toBe('');
      expect(String(pair[P.kind])).not.toBe('');
      expect(unreadable(String(pair[P.reasons]))).toEqual([]);
    }
    // Namesakes stay apart in «Пары»: each pair has its own mentee code.
    expect(pairs.filter((pair) => pair[P.menteeNames] === 'Иванова Мария Олеговна').map((pair) => pair[P.menteeCodes])).toEqual(['НП-002', 'НП-003']);
  });

  it('the orders: the curator\'s and the pairs\', registered, made from templates, mailed to the director with the PDF', () => {
    w.clock.set(2026, 9, 16);
    call(w.context, 'menuOrderCurator');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 1-од от 16\.09\.2026 О назначении куратора/);
    call(w.context, 'menuOrderPairs');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 2-од от 16\.09\.2026 О закреплении наставнических пар \(групп\)»/);

    const orders = table(w, SHEET.orders);
    expect(orders.map((order) => [order[O.number], order[O.status], order[O.pairs]])).toEqual([
      ['1-од', 'проект', ''],
      ['2-од', 'проект', 'П-001; П-002; П-003'],
    ]);
    for (const order of orders) {
      expect(String(order[O.link])).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
      expect(String(order[O.pdf])).toMatch(/^https:\/\//);
    }
    expect(table(w, SHEET.pairs).map((pair) => pair[P.order])).toEqual(['2-од от 16.09.2026', '2-од от 16.09.2026', '2-од от 16.09.2026']);

    const [curatorOrder] = documentsNamed(w, /^Приказ № 1-од/);
    const [pairsOrder] = documentsNamed(w, /^Приказ № 2-од/);
    for (const doc of [curatorOrder, pairsOrder]) {
      expect(fullText(doc)).not.toMatch(/\{\{|\}\}/);
      expect(fullText(doc)).toContain('ПРИКАЗЫВАЮ');
      expect(unreadable(fullText(doc))).toEqual([]);
    }
    expect(fullText(curatorOrder)).toContain('Гумерову Гульсасак Манжуровну');
    expect(fullText(pairsOrder)).toContain('Орлова Вера Павловна');
    // Pairs proposed on the 15th work from the order of the 16th: an order does not fix a term already begun.
    expect(fullText(pairsOrder)).toContain('16.09.2026 – 31.05.2027');
    // The namesakes are told apart in the order too.
    expect(fullText(pairsOrder)).toMatch(/Иванова Мария Олеговна,? учитель русского языка/);
    expect(fullText(pairsOrder)).toMatch(/Иванова Мария Олеговна,? учитель истории/);

    const toDirector = w.mail.sent.filter((letter) => letter.to === 'director@school30.ru');
    expect(toDirector).toHaveLength(2);
    for (const letter of toDirector) {
      expect(letter.attachments).toHaveLength(1);
      expect(letter.attachments[0]).toMatch(/\.pdf$/);
      expect(unreadable(letter.subject + letter.body)).toEqual([]);
    }
  });

  it('onEdit «подписан» in «Приказы» approves the pairs', () => {
    w.clock.set(2026, 9, 18);
    const sheet = w.spreadsheet.sheet(SHEET.orders);
    const header = sheet.grid()[0].map(String);
    const row = sheet.grid().findIndex((cells) => cells[0] === '2-од') + 1;
    sheet.write(row, header.indexOf(O.status) + 1, 'подписан');
    const range = sheet.getRange(row, header.indexOf(O.status) + 1);
    call(w.context, 'onEdit', { authMode: 'LIMITED', range, value: 'подписан', oldValue: 'проект', source: w.spreadsheet.wrap(w.spreadsheet, 'Spreadsheet'), user: {} });
    expect(table(w, SHEET.pairs).map((pair) => pair[P.status])).toEqual(['утверждена', 'утверждена', 'утверждена']);
    // Nothing left to apply by hand.
    call(w.context, 'menuApplySignedOrders');
    expect(lastAlert(w)).toContain('Новых подписанных приказов о закреплении пар нет.');
  });

  it('«Программы наставничества» for all pairs: a slow run checkpoints, the continuation trigger finishes the batch', () => {
    w.clock.set(2026, 9, 21);
    // Each Date.now() in the bundle takes 100 s of the 4.5-minute slice: one programme a slice.
    w.clock.stepMs = 100_000;
    call(w.context, 'menuProgrammes');
    expect(lastAlert(w)).toContain('Продолжение начнётся автоматически через минуту');
    let continuations = w.scriptApp.triggers.filter((trigger) => trigger.handler === 'continueProgrammes');
    expect(continuations).toHaveLength(1);
    const alerts = w.sheets.app.ui.alerts.length;
    for (let slice = 0; slice < 5 && continuations.length > 0; slice++) {
      w.clock.tick(60_000);
      fire(w.context, w.sheets.app, 'continueProgrammes');
      continuations = w.scriptApp.triggers.filter((trigger) => trigger.handler === 'continueProgrammes');
    }
    w.clock.stepMs = 0;
    expect(continuations).toHaveLength(0);
    // The trigger has no user interface: it does not alert.
    expect(w.sheets.app.ui.alerts).toHaveLength(alerts);
    const programmes = documentsNamed(w, /^Программа П-\d+/);
    expect(programmes.map((doc) => w.docs.store.files.get(doc.id)!.getName()).sort()).toEqual([expect.stringContaining('П-001'), expect.stringContaining('П-002'), expect.stringContaining('П-003')]);
    for (const doc of programmes) {
      expect(fullText(doc)).not.toMatch(/\{\{|\}\}/);
      expect(unreadable(fullText(doc))).toEqual([]);
    }
    const log = table(w, SHEET.log).map((entry) => String(entry['Действие']) + ': ' + String(entry['Подробности']));
    // The journal counts what the batch made, not what its last slice did: the two programmes earlier slices made
    // were not «already there».
    expect(log[log.length - 1]).toBe('Документы: программы наставничества: создано за пакет: 3, были раньше: 0, порций: 3');
    // A second run makes no copies, and says so.
    call(w.context, 'menuProgrammes');
    expect(documentsNamed(w, /^Программа П-\d+/)).toHaveLength(3);
    expect(lastAlert(w)).toContain('Программы наставничества: готово 3 из 3 (ранее созданных: 3).');
    const again = table(w, SHEET.log).map((entry) => String(entry['Подробности']));
    expect(again[again.length - 1]).toBe('создано за пакет: 0, были раньше: 3, порций: 1');
  });

  it('«Создать анкеты»: the forms, «Анкеты», exactly one submit trigger', () => {
    w.clock.set(2026, 9, 22);
    call(w.context, 'menuCreateForms');
    expect(lastAlert(w)).toMatch(/^Анкеты\nСозданы формы/);
    expect(w.scriptApp.triggers.filter((trigger) => trigger.handler === 'onFormSubmit')).toHaveLength(1);
    call(w.context, 'menuCreateForms');
    expect(w.scriptApp.triggers.filter((trigger) => trigger.handler === 'onFormSubmit')).toHaveLength(1);
    const forms = table(w, SHEET.forms);
    expect(forms.map((row) => row[FORM_COLUMNS.questionnaire])).toEqual([
      'mentor-intake', 'mentee-request', 'mentee-preference', 'mentor-preference', 'diagnostics-entry', 'diagnostics-final',
      'mentee-satisfaction', 'mentor-satisfaction', 'efficiency-rubric', 'fit-check',
    ]);
    for (const row of forms) expect(String(row[FORM_COLUMNS.url])).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
  });

  /** The curator puts «да» in «Рассылать» of a questionnaire and no other. */
  function sendOnly(questionnaire: string): void {
    const sheet = w.spreadsheet.sheet(SHEET.forms);
    const header = sheet.grid()[0].map(String);
    sheet.grid().forEach((cells, index) => {
      if (index === 0) return;
      sheet.write(index + 1, header.indexOf(FORM_COLUMNS.send) + 1, cells[header.indexOf(FORM_COLUMNS.questionnaire)] === questionnaire ? 'да' : 'нет');
    });
  }

  /** Letters sent since `from` with a link to `form`, by addressee. */
  function invitations(from: number, form: FakeForm): Map<string, string> {
    const out = new Map<string, string>();
    for (const letter of w.mail.sent.slice(from)) {
      const link = linksIn(letter.body).find((candidate) => candidate.startsWith(form.publishedUrl));
      if (link) out.set(letter.to, link);
    }
    return out;
  }

  /** A diagnostics answer: every statement rated `level` (1–5). */
  const rate = (level: number) => (item: FakeItem) => (item.kind === 'scale' ? level : item.choices.length ? item.choices[0] : 'ответ');

  it('«Разослать анкеты»: the entry diagnostics to every pair member with consent, a personal link each', () => {
    w.clock.set(2026, 9, 23);
    sendOnly('diagnostics-entry');
    const before = w.mail.sent.length;
    call(w.context, 'menuSendForms');
    expect(lastAlert(w)).toMatch(/^Рассылка анкет\n/);
    const entry = formTitled(w, /^Входная диагностика/);
    const links = invitations(before, entry);
    expect([...links.keys()].sort()).toEqual([
      'belov@school30.ru', 'ivanova.history@school30.ru', 'ivanova.mo@school30.ru', 'morozov@school30.ru', 'orlova@school30.ru', 'sidorova@school30.ru',
    ]);
    // Nobody without consent, nobody outside a pair is written to.
    expect(w.mail.sent.some((letter) => letter.to === 'kotov@school30.ru' || letter.to === 'kuznetsova@school30.ru')).toBe(false);
    for (const letter of w.mail.sent.slice(before)) expect(unreadable(letter.subject + '\n' + letter.body)).toEqual([]);
    const codes = [...links.values()].map((link) => prefilled(link, entry).value);
    expect(codes.every((code) => /^Н[СП]-\d{3} \(проверка \d{4}\)$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(6);
    expect(table(w, SHEET.mailing)).toHaveLength(6);
    // Sent again: nobody gets it twice.
    call(w.context, 'menuSendForms');
    expect(w.mail.sent.length).toBe(before + 6);
  });

  it('the teachers answer through the form: onFormSubmit scores each response into «Результаты»', () => {
    const entry = formTitled(w, /^Входная диагностика/);
    const links = invitations(0, entry);
    const alertsBefore = w.sheets.app.ui.alerts.length;
    const answered = ['orlova@school30.ru', 'sidorova@school30.ru', 'belov@school30.ru', 'ivanova.mo@school30.ru', 'ivanova.history@school30.ru'];
    answered.forEach((to, index) => {
      w.clock.set(2026, 9, 24 + index, 15);
      submit(w, entry, answersFor(entry, prefilled(links.get(to)!, entry), rate(to.startsWith('sidorova') || to.startsWith('ivanova') ? 2 : 4)));
    });
    const results = table(w, SHEET.results);
    expect(results).toHaveLength(5);
    expect(results.map((row) => [row[R.participant], row[R.pair], row[R.stage]])).toEqual([
      ['НС-001', 'П-001', 'входная'], ['НП-001', 'П-001', 'входная'], ['НС-002', 'П-002', 'входная'], ['НП-002', 'П-002', 'входная'], ['НП-003', 'П-003', 'входная'],
    ]);
    expect(table(w, SHEET.processing).map((row) => row['Итог'])).toEqual(['результат', 'результат', 'результат', 'результат', 'результат']);
    // Delivered twice (Apps Script may retry a trigger): counted once.
    const sheet = w.spreadsheet.responseSheetOf(entry);
    const range = sheet.getRange(2, 1, 1, sheet.getLastColumn());
    fire(w.context, w.sheets.app, 'onFormSubmit', { authMode: 'FULL', triggerUid: '1', range, values: [], namedValues: {} });
    expect(table(w, SHEET.results)).toHaveLength(5);
    // The trigger has no user interface.
    expect(w.sheets.app.ui.alerts.length).toBe(alertsBefore);
  });

  it('«Мониторинг» shows the levels; «Напомнить» writes to who has not answered; «Пересчитать всё» gives the same «Результаты»', () => {
    const monitoring = sheetText(w, SHEET.monitoring);
    expect(monitoring).toContain('П-001');
    // The entry diagnostics, by participant, before any final one; and who has not answered yet.
    expect(monitoring).toContain('Входная диагностика → Итоговая диагностика: по участникам');
    expect(monitoring).toMatch(/НП-001 \| Сидорова Анна Викторовна \| П-001 \| 2[.,]31/);
    expect(monitoring).toContain('Кто ещё не ответил');
    expect(monitoring).toContain('НС-004');
    expect(unreadable(monitoring)).toEqual([]);

    w.clock.set(2026, 10, 5);
    const before = w.mail.sent.length;
    call(w.context, 'menuRemind');
    expect(lastAlert(w)).toMatch(/^Напоминания\n/);
    expect(w.mail.sent.slice(before).map((letter) => letter.to)).toEqual(['morozov@school30.ru']);
    const entry = formTitled(w, /^Входная диагностика/);
    const reminder = w.mail.sent[before];
    expect(prefilled(linksIn(reminder.body).find((link) => link.startsWith(entry.publishedUrl))!, entry).value).toMatch(/^НС-004 \(проверка \d{4}\)$/);
    // Not twice a day.
    call(w.context, 'menuRemind');
    expect(w.mail.sent.length).toBe(before + 1);

    const results = table(w, SHEET.results);
    call(w.context, 'menuRecomputeAll');
    expect(lastAlert(w)).toMatch(/^Пересчёт\n/);
    expect(lastAlert(w)).toContain('Оценено: 5.');
    expect(table(w, SHEET.results)).toEqual(results);
  });

  /** Everyone invited to `form` since `from` answers, rated by `pick`. */
  function everyoneAnswers(from: number, form: FakeForm, pick: (to: string) => (item: FakeItem, index: number) => string | number): number {
    const links = invitations(from, form);
    [...links.entries()].forEach(([to, link], index) => {
      w.clock.tick(3_600_000 * (index + 1));
      submit(w, form, answersFor(form, prefilled(link, form), pick(to)));
    });
    return links.size;
  }

  it('January: the curator corrects «Стаж (лет)», a new teacher asks for a mentor through the form; a second round of pairing, its order, its programme', () => {
    w.clock.set(2027, 1, 20);
    typeCell(w, SHEET.mentors, 4, M.experience, '9');
    // A new teacher fills in the mentee request through the general link on «Анкеты»: a row in «Наставляемые» with a code.
    const request = formTitled(w, /^Анкета-запрос наставляемого/);
    const general = table(w, SHEET.forms).find((row) => row[FORM_COLUMNS.questionnaire] === 'mentee-request')![FORM_COLUMNS.url];
    expect(general).toBe(request.publishedUrl);
    const typed: Record<string, string> = {
      'Фамилия, имя, отчество': 'Лебедева Ольга Николаевна', 'Пол': 'Женский', 'Должность': 'учитель биологии', 'Преподаваемые предметы': 'биология',
      'Педагогический стаж (полных лет)': '0', 'Что лучше всего описывает вашу ситуацию?': 'молодой специалист (стаж 0–3 года)',
      'В каких вопросах вам нужна поддержка наставника?': 'предметное содержание', 'Электронная почта': 'lebedeva@school30.ru',
    };
    const answers: Record<string, Value> = {};
    for (const item of request.questions()) {
      if (typed[item.title] !== undefined) answers[item.title] = typed[item.title];
      else if (/^Согласны ли вы на обработку/.test(item.title)) answers[item.title] = item.choices[0];
    }
    expect(request.questions().find((item) => /^Согласны ли вы/.test(item.title))?.choices[0]).toMatch(/^Да/);
    submit(w, request, answers);
    const added = table(w, SHEET.mentees)[4];
    expect([added[E.code], added[E.fullName], added[E.gender], added[E.experience], added[E.consentData], added[E.status]])
      .toEqual(['НП-005', 'Лебедева Ольга Николаевна', 'ж', 0, 'да', 'активен']);
    call(w.context, 'menuSetUpBank');
    expect(lastAlert(w)).not.toContain('присвоено');
    const report = call(w.context, 'checkBankReport') as { errors: unknown[] };
    expect(report.errors).toEqual([]);

    const state = call(w.context, 'pairingLoad') as { mentees: { code: string }[]; period: { start: string; end: string } };
    // Only those without a working pair are offered.
    expect(state.mentees.map((m) => m.code).sort()).toEqual(['НП-004', 'НП-005']);
    const proposal = call(w.context, 'pairingProposeAll', []) as { pairs: { mentorCode: string; mentees: { menteeCode: string; pinned: boolean }[] }[] };
    const lines = proposal.pairs.flatMap((pair) => pair.mentees.map((m) => ({ mentorCode: pair.mentorCode, menteeCode: m.menteeCode, pinned: m.pinned })));
    expect(lines).toEqual([{ mentorCode: 'НС-003', menteeCode: 'НП-005', pinned: false }]);
    const result = call(w.context, 'pairingConfirm', lines, state.period) as { written: { code: string }[]; problem: string };
    expect(result.problem).toBe('');
    expect(result.written.map((pair) => pair.code)).toEqual(['П-004']);

    // The order covers the new pair only; the numbers of the new calendar year start from 1.
    call(w.context, 'menuOrderPairs');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 1-од от 20\.01\.2027 О закреплении наставнических пар \(групп\)»/);
    const orders = table(w, SHEET.orders);
    expect(orders[orders.length - 1][O.pairs]).toBe('П-004');
    const [order] = documentsNamed(w, /^Приказ № 1-од от 20\.01\.2027/);
    expect(fullText(order)).toContain('Лебедева Ольга Николаевна');
    expect(fullText(order)).not.toContain('Сидорова');

    // Signed: this time applied from the menu.
    const sheet = w.spreadsheet.sheet(SHEET.orders);
    typeCell(w, SHEET.orders, sheet.getLastRow(), O.status, 'подписан');
    call(w.context, 'menuApplySignedOrders');
    expect(lastAlert(w)).toContain('Утверждены пары: П-004.');
    expect(table(w, SHEET.pairs).map((pair) => pair[P.status])).toEqual(['утверждена', 'утверждена', 'утверждена', 'утверждена']);

    call(w.context, 'menuProgrammes');
    expect(lastAlert(w)).toContain('Программы наставничества: готово 4 из 4 (ранее созданных: 3).');
    expect(documentsNamed(w, /^Программа П-\d+/)).toHaveLength(4);
    const [programme] = documentsNamed(w, /^Программа П-004/);
    expect(fullText(programme)).not.toMatch(/\{\{|\}\}/);
    expect(fullText(programme)).toContain('Кузнецова Елена Андреевна');

    // The entry diagnostics again: only the new pair has not had it.
    sendOnly('diagnostics-entry');
    const before = w.mail.sent.length;
    call(w.context, 'menuSendForms');
    expect(w.mail.sent.slice(before).map((letter) => letter.to).sort()).toEqual(['kuznetsova@school30.ru', 'lebedeva@school30.ru']);
  });

  it('March: the new pair ends early, with a reason', () => {
    w.clock.set(2027, 3, 10);
    typeCell(w, SHEET.pairs, 5, P.status, 'прекращена');
    typeCell(w, SHEET.pairs, 5, P.endReason, 'перевод наставляемого в другую организацию');
    typeCell(w, SHEET.pairs, 5, P.end, '10.03.2027');
    typeCell(w, SHEET.mentees, 6, E.status, 'выбыл');
    // Кузнецова has a new address; Морозов withdraws his consent to personal data.
    typeCell(w, SHEET.mentors, 4, M.email, 'kuznetsova.ea@school30.ru');
    typeCell(w, SHEET.mentors, 5, M.consentData, 'нет');

    // The entry diagnostics is still marked «да»: «Напомнить» writes to who has not answered it — but not to a teacher
    // who has left, nor to one who withdrew consent (152-ФЗ: no more letters), though the invitations went out before.
    const before = w.mail.sent.length;
    call(w.context, 'menuRemind');
    expect(lastAlert(w)).toMatch(/^Напоминания\n/);
    // Written to at the address the bank has now.
    expect(w.mail.sent.slice(before).map((letter) => letter.to)).toEqual(['kuznetsova.ea@school30.ru']);
    expect(table(w, SHEET.mailing).slice(-1).map((row) => [row['Код'], row['Email'], row['Вид']])).toEqual([['НС-003', 'kuznetsova.ea@school30.ru', 'напоминание']]);
    // April: Морозов gives his consent again.
    w.clock.set(2027, 4, 1);
    typeCell(w, SHEET.mentors, 5, M.consentData, 'да');
  });

  it('May: the final diagnostics, the satisfaction forms and the curator\'s efficiency rubric, answered', () => {
    w.clock.set(2027, 5, 12);
    sendOnly('diagnostics-final');
    const final = formTitled(w, /^Итоговая диагностика/);
    let from = w.mail.sent.length;
    // Today's mail quota is nearly spent: four letters go now, the rest with the next run, nobody twice.
    w.mail.quota = 4;
    call(w.context, 'menuSendForms');
    expect(w.mail.sent.length - from).toBe(4);
    expect(lastAlert(w)).toMatch(/^Рассылка анкет\nОтправлено писем: 4\./);
    expect(lastAlert(w)).toMatch(/3/);
    w.clock.tick(86_400_000);
    w.mail.quota = 100;
    call(w.context, 'menuSendForms');
    expect(lastAlert(w)).toMatch(/^Рассылка анкет\nОтправлено писем: 3\./);
    // Every active participant of a pair that has worked this year, the mentor of the pair that ended early too; not
    // the mentee who left the school.
    expect([...invitations(from, final).keys()]).not.toContain('lebedeva@school30.ru');
    expect(everyoneAnswers(from, final, (to) => rate(to.startsWith('morozov') ? 4 : 5))).toBe(7);

    for (const questionnaire of ['mentee-satisfaction', 'mentor-satisfaction']) {
      sendOnly(questionnaire);
      const form = formTitled(w, questionnaire === 'mentee-satisfaction' ? /^Удовлетворённость наставляемого/ : /^Удовлетворённость наставника/);
      from = w.mail.sent.length;
      w.clock.tick(86_400_000);
      call(w.context, 'menuSendForms');
      expect(lastAlert(w)).toMatch(/^Рассылка анкет\n/);
      expect(everyoneAnswers(from, form, () => (item) => (item.kind === 'scale' ? 9 : item.choices[0] ?? 'Всё понравилось'))).toBe(questionnaire === 'mentee-satisfaction' ? 3 : 4);
    }

    // The rubric: one letter to the curator, a personal link for each pair that ran its course (not the one stopped).
    sendOnly('efficiency-rubric');
    const rubric = formTitled(w, /^Показатели эффективности/);
    from = w.mail.sent.length;
    w.clock.tick(86_400_000);
    call(w.context, 'menuSendForms');
    const letters = w.mail.sent.slice(from);
    expect(letters.map((letter) => letter.to)).toEqual(['curator@school30.ru']);
    const rubricLinks = linksIn(letters[0].body).filter((link) => link.startsWith(rubric.publishedUrl));
    expect(rubricLinks).toHaveLength(3);
    // П-001 and П-002 optimal (2 on every indicator), П-003 acceptable (1 on every indicator).
    rubricLinks.forEach((link, index) => {
      const code = prefilled(link, rubric);
      const best = !code.value.startsWith('П-003');
      w.clock.tick(3_600_000);
      // The last one arrives while another execution holds the script lock: it waits for the catch-up trigger.
      w.lockService.held = index === rubricLinks.length - 1;
      submit(w, rubric, answersFor(rubric, code, (item) => item.choices[best ? 0 : 1]));
    });
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit', 'catchUpResponses']);
    expect(table(w, SHEET.results).filter((row) => row[R.questionnaire] === 'Эффективность программы')).toHaveLength(2);
    w.lockService.held = false;
    w.clock.tick(60_000);
    fire(w.context, w.sheets.app, 'catchUpResponses');
    expect(w.scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit']);
    const levels = table(w, SHEET.results).filter((row) => row[R.questionnaire] === 'Эффективность программы');
    expect(levels.map((row) => [row[R.pair], row[R.level]]).sort()).toEqual([['П-001', 'оптимальный'], ['П-002', 'оптимальный'], ['П-003', 'допустимый']]);
    const rejected = table(w, SHEET.processing).filter((row) => !['результат', 'в банке'].includes(String(row['Итог'])));
    expect(rejected).toEqual([]);
  });

  it('end of year: the pairs «завершена», the orders of reward and completion, the report and the summary', () => {
    w.clock.set(2027, 5, 31);
    const sheet = w.spreadsheet.sheet(SHEET.pairs);
    for (let row = 2; row <= 4; row++) typeCell(w, SHEET.pairs, row, P.status, 'завершена');
    expect(sheet.grid().slice(1).map((cells) => cells[sheet.grid()[0].indexOf(P.status)])).toEqual(['завершена', 'завершена', 'завершена', 'прекращена']);

    // «Мониторинг» after a recount: the levels of every pair, before → after. The recount gives the same «Результаты»
    // and does not add the teacher who came through the request form a second time.
    const results = table(w, SHEET.results);
    call(w.context, 'menuRecomputeAll');
    expect(lastAlert(w)).toMatch(/^Пересчёт\n/);
    expect(table(w, SHEET.results)).toEqual(results);
    expect(table(w, SHEET.mentees).map((row) => row[E.code])).toEqual(['НП-001', 'НП-002', 'НП-003', 'НП-004', 'НП-005']);
    const monitoring = sheetText(w, SHEET.monitoring);
    expect(monitoring).toMatch(/П-001 \|[^\n]*оптимальный/);
    expect(monitoring).toMatch(/П-003 \|[^\n]*допустимый/);
    expect(monitoring).toMatch(/Эффективность программы: уровни\nУровень \| Количество\nоптимальный \| 2\nдопустимый \| 1\nнедопустимый \| 0/);
    expect(unreadable(monitoring.replace(/\d\d\.\d\d\.\d{4}/g, ''))).toEqual([]);

    const mailBefore = w.mail.sent.length;
    call(w.context, 'menuOrderReward');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 2-од от 31\.05\.2027 О поощрении участников наставнической деятельности»/);
    call(w.context, 'menuOrderCompletion');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 3-од от 31\.05\.2027 О завершении реализации персонализированных программ наставничества»/);
    // Each order once: a second «Приказ о поощрении» has nobody new.
    call(w.context, 'menuOrderReward');
    expect(lastAlert(w)).toContain('Новый документ не нужен');

    const [reward] = documentsNamed(w, /^Приказ № 2-од от 31\.05\.2027/);
    const [completion] = documentsNamed(w, /^Приказ № 3-од от 31\.05\.2027/);
    for (const doc of [reward, completion]) {
      expect(fullText(doc)).not.toMatch(/\{\{|\}\}/);
      expect(unreadable(fullText(doc))).toEqual([]);
    }
    expect(fullText(reward)).toContain('Орловой Вере Павловне');
    expect(fullText(reward)).toContain('Сидоровой Анне Викторовне');
    expect(fullText(reward)).not.toContain('Морозов');
    expect(fullText(completion)).toContain('в связи с выполнением плана мероприятий в полном объёме');
    expect(fullText(completion)).toContain('Морозов Павел Ильич');
    // The pair stopped early, with its reason; the mentee who left is named in the order but not asked to sign it.
    expect(fullText(completion)).toContain('перевод наставляемого в другую организацию');
    const acquainted = fullText(completion).slice(fullText(completion).indexOf('С приказом ознакомлен'));
    expect(acquainted).toMatch(/Е\.А\.\s*Кузнецова/);
    expect(acquainted).not.toContain('Лебедева');

    const orders = table(w, SHEET.orders);
    expect(orders.map((order) => [order[O.number], order[O.status]])).toEqual([['1-од', 'проект'], ['2-од', 'подписан'], ['1-од', 'подписан'], ['2-од', 'проект'], ['3-од', 'проект']]);
    expect(orders[3][O.pairs]).toBe('П-001; П-002');
    expect(orders[4][O.pairs]).toBe('П-001; П-002; П-003; П-004');
    const toDirector = w.mail.sent.slice(mailBefore).filter((letter) => letter.to === 'director@school30.ru');
    expect(toDirector.map((letter) => letter.attachments.length)).toEqual([1, 1]);

    call(w.context, 'menuReport');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Аналитическая справка/);
    call(w.context, 'menuSummary');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Сведения/);
    const [report] = documentsNamed(w, /^Аналитическая справка/);
    const [summary] = documentsNamed(w, /^Сведения/);
    for (const doc of [report, summary]) {
      expect(fullText(doc)).not.toMatch(/\{\{|\}\}/);
      expect(unreadable(fullText(doc))).toEqual([]);
    }
  });
  it('the next September: a new pair of a mentor from last year gets the entry diagnostics again', () => {
    w.clock.set(2027, 9, 6);
    typeSetting(w, SETTING.academicYear, '2027/2028');
    typeRow(w, SHEET.mentees, {
      [E.fullName]: 'Новикова Ксения Игоревна', [E.gender]: 'ж', [E.position]: 'учитель математики', [E.subjects]: 'математика', [E.experience]: 0,
      [E.category]: 'молодой специалист (стаж 0–3 года)', [E.deficits]: 'цифровые инструменты и ИКТ', [E.email]: 'novikova@school30.ru',
      [E.consentData]: 'да', [E.status]: 'активен',
    });
    call(w.context, 'menuSetUpBank');
    // The curator picks the newcomer and «Принять» her best mentor: Орлова, whose pair of last year has finished.
    const suggestions = call(w.context, 'pairingSuggest', 'НП-006', []) as { mentors: { mentorCode: string }[] };
    expect(suggestions.mentors[0].mentorCode).toBe('НС-001');
    const lines = [{ mentorCode: 'НС-001', menteeCode: 'НП-006', pinned: false }];
    const state = call(w.context, 'pairingLoad') as { period: { start: string; end: string } };
    expect(state.period).toEqual({ start: '2027-09-06', end: '2028-05-31' });
    expect((call(w.context, 'pairingConfirm', lines, state.period) as { written: { code: string }[] }).written.map((pair) => pair.code)).toEqual(['П-005']);
    call(w.context, 'menuOrderPairs');
    expect(lastAlert(w)).toMatch(/^Готово\nСоздан документ «Приказ № 4-од от 06\.09\.2027 О закреплении наставнических пар \(групп\)»/);
    typeCell(w, SHEET.orders, w.spreadsheet.sheet(SHEET.orders).getLastRow(), O.status, 'подписан');
    call(w.context, 'menuApplySignedOrders');
    expect(lastAlert(w)).toContain('Утверждены пары: П-005.');

    // Last year's invitation was for last year's pair: both members of the new pair are invited now.
    sendOnly('diagnostics-entry');
    const before = w.mail.sent.length;
    call(w.context, 'menuSendForms');
    expect(w.mail.sent.slice(before).map((letter) => letter.to).sort()).toEqual(['novikova@school30.ru', 'orlova@school30.ru']);
    const entry = formTitled(w, /^Входная диагностика/);
    const links = invitations(before, entry);
    w.clock.tick(3_600_000);
    submit(w, entry, answersFor(entry, prefilled(links.get('orlova@school30.ru')!, entry), rate(4)));
    const latest = table(w, SHEET.results).slice(-1)[0];
    expect([latest[R.participant], latest[R.pair], latest[R.stage]]).toEqual(['НС-001', 'П-005', 'входная']);
    // Last year's answers stay with last year's pair.
    expect(table(w, SHEET.results).filter((row) => row[R.participant] === 'НС-001').map((row) => row[R.pair])).toEqual(['П-001', 'П-001', 'П-001', 'П-005']);
  });
});

describe('the curator clicks ahead: every menu item on a bank just set up', () => {
  it('answers in Russian, throws nothing and leaves the lock free', () => {
    const w = schoolYearWorld();
    call(w.context, 'onOpen', { authMode: 'LIMITED' });
    call(w.context, 'menuSetUpBank');
    const menu = w.sheets.app.ui.menus[0] as FakeMenu;
    const thrown: string[] = [];
    for (const item of menu.items) {
      if (item === 'separator') continue;
      const alerts = w.sheets.app.ui.alerts.length;
      try {
        call(w.context, item.functionName);
      } catch (error) {
        thrown.push(`${item.caption}: ${String(error)}`);
      }
      const opened = w.sheets.app.ui.sidebars.length > 0 && ['menuCheckBank', 'menuPairing'].includes(item.functionName);
      if (!opened) expect({ item: item.caption, answered: w.sheets.app.ui.alerts.length > alerts }).toEqual({ item: item.caption, answered: true });
      expect(w.lockService.held).toBe(false);
    }
    const answers: unknown[] = [];
    for (const [name, ...args] of [['pairingLoad'], ['checkBankReport'], ['pairingProposeAll', []], ['pairingConfirm', [], { start: '2026-09-01', end: '2027-05-31' }]] as [string, ...unknown[]][]) {
      try {
        const answer = call(w.context, name, ...args);
        answers.push(answer);
        expect(unpassable(answer)).toEqual([]);
      } catch (error) {
        thrown.push(`${name}: ${String(error)}`);
      }
    }
    expect(thrown).toEqual([]);
    expect((answers[3] as { message: string }).message).toBe('Ничего не записано.');
    expectReadable(w);
    // The preference forms wait for people to choose from, and the curator is told so once, in words.
    const forms = shown(w).find((text) => text.startsWith('Анкеты\n'))!;
    expect(forms).toContain('«С кем из наставников вы хотели бы работать?»: в банке пока нет наставников, которых можно выбрать');
    expect(forms).toContain('«С кем из наставляемых вы хотели бы работать?»: в банке пока нет наставляемых, которых можно выбрать');
    expect(forms).not.toContain('нет вариантов ответа');
  });
});
