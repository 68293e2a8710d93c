import { ORDER_COLUMNS, PAIR_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import { DOCUMENT_KINDS, DOCUMENTS } from '../../src/domain/documents/catalog';
import { runProgrammes } from '../../src/gas/documents/actions';
import { generateDocument } from '../../src/gas/documents/generate';
import { CONTINUE_HANDLER, generateProgrammes, PROGRAMMES_STATE } from '../../src/gas/documents/programmes';
import { applySignedOrders, onOrdersEdited } from '../../src/gas/documents/signing';
import { createTemplates } from '../../src/gas/documents/templates';
import { mentors, pairs } from '../domain/documents/fixtures';
import { createDocFakes, FakeLock, FakeParagraph, FakeTable, type DocFakes, type FakeDocument, type FakeFolder } from '../fakes/documents';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { documentGrids, type BankOptions } from '../helpers/documentsBank';

const NOW = new Date(2022, 10, 16, 10, 30);
let sheets: GasFakes;
let docs: DocFakes;
const saved = new Map<string, unknown>();

function setUp(options: BankOptions = {}): GoogleAppsScript.Spreadsheet.Spreadsheet {
  sheets = createGasFakes(spreadsheetWith(documentGrids(options)));
  docs = createDocFakes(sheets.log);
  for (const [key, value] of Object.entries({ ...sheets.globals, ...docs.globals })) {
    saved.set(key, (globalThis as Record<string, unknown>)[key]);
    (globalThis as Record<string, unknown>)[key] = value;
  }
  return SpreadsheetApp.getActiveSpreadsheet();
}

afterEach(() => {
  for (const [key, value] of saved) (globalThis as Record<string, unknown>)[key] = value;
  saved.clear();
});

const grid = (name: string) => sheets.spreadsheet.sheet(name).grid();
const column = (name: string, header: string) => {
  const [head, ...rows] = grid(name);
  return rows.map((r) => r[head.indexOf(header)]);
};
const documentsFolder = (): FakeFolder => docs.store.root.sub('Наставничество — документы');
const docNamed = (name: string): FakeDocument => [...docs.store.documents.values()].find((d) => d.name === name) as FakeDocument;

describe('an order in Google Docs', () => {
  test('is numbered, registered as «проект», saved as PDF, mailed to the director, and its pairs reference it', () => {
    const ss = setUp();
    const outcome = generateDocument(ss, 'order-pairs', NOW);
    expect(outcome.problems).toEqual([]);
    const name = 'Приказ № 1-од от 16.11.2022 О закреплении наставнических пар (групп)';
    expect(outcome.made.map((m) => m.name)).toEqual([name]);
    const folder = documentsFolder();
    expect(folder.live().map((f) => f.name).sort()).toEqual([name, `${name}.pdf`]);
    const text = docNamed(name).lines().join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Куратору реализации программ наставничества Гумеровой Гульсасак Манжуровне обеспечить');
    expect(text).toContain('3 | Коломиец Ольга Викторовна, учитель начальных классов | Гогия Нино Зурабовна, учитель начальных классов\rАлиев Рашид Гусейн оглы');
    expect(text).not.toMatch(/\{\{/);
    const [head, row] = grid(SHEET.orders);
    expect(row[head.indexOf(ORDER_COLUMNS.number)]).toBe('1-од');
    expect(row[head.indexOf(ORDER_COLUMNS.status)]).toBe('проект');
    expect(row[head.indexOf(ORDER_COLUMNS.link)]).toMatch(/^https:\/\/docs\.google\.com\/document\//);
    expect(column(SHEET.pairs, PAIR_COLUMNS.order)).toEqual(['1-од от 16.11.2022', '1-од от 16.11.2022', '1-од от 16.11.2022']);
    expect(docs.mail.sent).toEqual([expect.objectContaining({ to: 'director@school.ru', attachments: [`${name}.pdf`] })]);
    expect(docs.mail.sent[0].subject).toBe('Проект приказа № 1-од от 16 ноября 2022 г. «О закреплении наставнических пар (групп)»');
    expect(grid(SHEET.settings).find((r) => r[0] === SETTING.documentsFolder)?.[1]).toBe(documentsFolder().getUrl());
    expect(grid(SHEET.log).length).toBe(2);
  });

  test('reads each sheet once and writes «Приказы», «Пары» and «Журнал» once each', () => {
    const ss = setUp({ settings: { [SETTING.documentsFolder]: 'https://drive.google.com/drive/folders/placeholder-id-123' } });
    const folder = docs.store.newFolder('Папка школы');
    sheets.spreadsheet.sheet(SHEET.settings).write(14, 2, folder.getUrl());
    sheets.log.reset();
    generateDocument(ss, 'order-pairs', NOW);
    expect(sheets.log.count('Range.getValues')).toBe(7);
    expect(sheets.log.count('Range.setValues')).toBe(3);
    expect(sheets.log.count('Range.setValue')).toBe(0);
    expect(folder.live()).toHaveLength(2);
  });

  test('the next order of the same year gets the next number; a new year starts again at 1', () => {
    const ss = setUp();
    generateDocument(ss, 'order-curator', NOW);
    generateDocument(ss, 'order-pairs', new Date(2022, 11, 30));
    generateDocument(ss, 'order-curator', new Date(2023, 8, 4));
    expect(column(SHEET.orders, ORDER_COLUMNS.number)).toEqual(['1-од', '2-од', '1-од']);
  });

  test('bad input: no document, nothing registered, no letter', () => {
    const ss = setUp({ settings: { [SETTING.directorName]: '' }, mentors: mentors.map((m, i) => (i === 2 ? { ...m, status: 'выбыл' } : m)) });
    const outcome = generateDocument(ss, 'order-pairs', NOW);
    expect(outcome.made).toEqual([]);
    expect(outcome.problems.join('\n')).toContain('не заполнен параметр «ФИО руководителя»');
    expect(outcome.problems.join('\n')).toMatch(/наставник Коломиец Ольга Викторовна выбыл/);
    expect(grid(SHEET.orders)).toHaveLength(1);
    expect(docs.mail.sent).toEqual([]);
    expect(docs.store.root.folders).toEqual([]);
  });

  test('an edited template missing the table row: the copy is removed, nothing is registered, the message names the list', () => {
    const ss = setUp();
    generateDocument(ss, 'order-curator', NOW);
    const templates = documentsFolder().sub('Шаблоны');
    const template = docNamed(DOCUMENTS['order-pairs'].templateName) ?? (() => {
      createTemplates(DriveApp.getFolderById(documentsFolder().id));
      return docNamed(DOCUMENTS['order-pairs'].templateName);
    })();
    template.body.children = template.body.children.filter((c) => !(c instanceof FakeTable && c.plainText().includes('{{#пары}}')));
    const before = documentsFolder().live().length;
    const outcome = generateDocument(ss, 'order-pairs', NOW);
    expect(outcome.problems[0]).toContain('нет строки таблицы с меткой {{#пары}}');
    expect(documentsFolder().live()).toHaveLength(before);
    expect(column(SHEET.orders, ORDER_COLUMNS.number)).toEqual(['1-од']);
    expect(column(SHEET.pairs, PAIR_COLUMNS.order)).toEqual(['', '', '']);
    expect(templates.live().length).toBe(DOCUMENT_KINDS.length);
  });

  test('with the mail quota spent the order is still made and the curator is told', () => {
    const ss = setUp();
    docs.mail.quota = 0;
    const outcome = generateDocument(ss, 'order-curator', NOW);
    expect(outcome.made).toHaveLength(1);
    expect(outcome.notes.join('\n')).toContain('дневной лимит писем');
    expect(docs.mail.sent).toEqual([]);
  });
});

describe('signing', () => {
  test('«подписан» typed into «Приказы» approves the proposed pairs of that order, and only them', () => {
    const ss = setUp({ pairs: pairs.map((p, i) => (i === 2 ? { ...p, order: '7-од от 01.09.2022' } : p)) });
    generateDocument(ss, 'order-pairs', NOW);
    // The third pair was re-listed; make it belong to another order again to see that only listed pairs change.
    sheets.spreadsheet.sheet(SHEET.pairs).write(4, 12, '7-од от 01.09.2022');
    const statusColumn = grid(SHEET.orders)[0].indexOf(ORDER_COLUMNS.status) + 1;
    sheets.spreadsheet.sheet(SHEET.orders).write(2, statusColumn, 'подписан');
    const range = sheets.spreadsheet.sheet(SHEET.orders).getRange(2, statusColumn);
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, NOW);
    expect(column(SHEET.pairs, PAIR_COLUMNS.status)).toEqual(['утверждена', 'утверждена', 'предложена']);
    expect(applySignedOrders(ss, NOW).approved).toEqual([]);
  });

  test('an edit elsewhere costs two calls and changes nothing', () => {
    const ss = setUp();
    const range = sheets.spreadsheet.sheet(SHEET.mentors).getRange(2, 2);
    sheets.log.reset();
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, NOW);
    expect(sheets.log.total()).toBe(2);
  });
});

describe('programmes batch', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...pairs[i % 3], code: `П-${String(i + 1).padStart(3, '0')}` }));

  test('checkpoints before the time limit, resumes from a trigger, and a rerun makes no duplicates', () => {
    const ss = setUp({ pairs: many(12) });
    let now = 0;
    // Each document "takes" 20 s on this clock; a 100 s slice fits 3 (the 4th would risk the limit).
    const clock = () => now;
    const tick = () => { now += 20_000; };
    const original = DocumentApp.openById.bind(DocumentApp);
    (globalThis as Record<string, unknown>).DocumentApp = Object.assign(Object.create(DocumentApp), { openById: (id: string) => { tick(); return original(id); } });
    const first = generateProgrammes(ss, NOW, clock, undefined, 100_000);
    expect(first.continues).toBe(true);
    expect(first.made).toHaveLength(4);
    expect(docs.scriptApp.triggers.map((t) => t.handler)).toEqual([CONTINUE_HANDLER]);
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toContain('"done":4');
    let slices = 1;
    while (docs.scriptApp.triggers.length > 0 && slices < 10) {
      now = 0;
      generateProgrammes(ss, NOW, clock, undefined, 100_000);
      slices++;
    }
    const folder = documentsFolder().sub('Программы наставничества 2022–2023');
    expect(folder.live()).toHaveLength(12);
    expect(new Set(folder.live().map((f) => f.name)).size).toBe(12);
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toBeNull();
    now = 0;
    const rerun = generateProgrammes(ss, NOW, clock, undefined, 100_000);
    expect(rerun.made).toEqual([]);
    expect(rerun.notes.join('\n')).toContain('готово 12 из 12 (ранее созданных: 12)');
    expect(folder.live()).toHaveLength(12);
    expect(slices).toBe(3);
  });

  // runProgrammes reads the real clock: pairs without dates get a period from today.
  const undated = (list: typeof pairs) => list.map(({ start: _start, end: _end, ...pair }) => pair);

  /** A continuation trigger as an earlier slice left it: it has fired, and Apps Script keeps it until deleted. */
  const spentContinuation = () => {
    docs.scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(60_000).create();
    docs.documentProperties.setProperty(PROGRAMMES_STATE, JSON.stringify({ kind: 'programmes', total: 9, done: 4, skipped: 0, failed: [], startedAt: '2022-11-16T07:30:00.000Z', slices: 1 }));
    return docs.scriptApp.triggers[0];
  };

  test('a continuation with nothing left to make removes its spent trigger and the saved progress', () => {
    const ss = setUp({ pairs: [] });
    spentContinuation();
    const outcome = generateProgrammes(ss, NOW, () => 0);
    expect(outcome.made).toEqual([]);
    expect(docs.scriptApp.triggers).toEqual([]);
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toBeNull();
  });

  test('a continuation that finds another document action running tries again a minute later, keeping one trigger', () => {
    setUp({ pairs: undated(many(6)) });
    const spent = spentContinuation();
    docs.lock.held = true;
    runProgrammes(true);
    expect(docs.scriptApp.triggers).toHaveLength(1);
    expect(docs.scriptApp.triggers[0]).not.toBe(spent);
    expect(docs.scriptApp.triggers[0]).toMatchObject({ handler: CONTINUE_HANDLER, afterMs: 60_000 });
    expect(() => documentsFolder()).toThrow(/no subfolder/);
    // The progress is kept for the retry; the trigger runs without a user interface.
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toContain('"done":4');
    expect(sheets.app.ui.alerts).toEqual([]);
    docs.lock.held = false;
    runProgrammes(true);
    expect(docs.scriptApp.triggers).toEqual([]);
    expect(documentsFolder().sub('Программы наставничества 2022–2023').live()).toHaveLength(6);
  });

  test('where getDocumentLock() gives null (no document context), the script lock serialises the batch', () => {
    setUp({ pairs: undated(pairs) });
    const scriptLock = new FakeLock();
    let scriptLocks = 0;
    (globalThis as Record<string, unknown>).LockService = {
      getDocumentLock: () => null,
      getScriptLock: () => { scriptLocks++; return scriptLock; },
    };
    runProgrammes(false);
    expect(scriptLocks).toBe(1);
    expect(scriptLock.held).toBe(false);
    expect(sheets.app.ui.alerts[0]).toContain('Программы наставничества: готово 3 из 3.');
  });

  test('each programme is filled: plan rows with dates, participants, signatures', () => {
    const ss = setUp();
    const outcome = generateProgrammes(ss, NOW, () => 0);
    expect(outcome.problems).toEqual([]);
    expect(outcome.made.map((m) => m.name)).toEqual(['Программа П-001 (И.И. Петров)', 'Программа П-002 (А.С. Швец)', 'Программа П-003 (Н.З. Гогия, Р.Г. Алиев)']);
    const lines = docNamed('Программа П-003 (Н.З. Гогия, Р.Г. Алиев)').lines().map((l) => l.replace(/\u00a0/g, ' '));
    expect(lines).toContain('Наставляемый | Алиев Рашид Гусейн оглы | учитель начальных классов | 1 год');
    expect(lines.some((l) => /^1 \| Встреча-знакомство.* \| 21\.11\.2022 \| Наставник, наставляемый \| $/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\{\{/);
  });
});

describe('«Создать шаблоны»', () => {
  test('creates every template once and never overwrites an edited one', () => {
    setUp();
    const folder = DriveApp.getFolderById(docs.store.newFolder('Документы').id);
    const first = createTemplates(folder);
    expect(first.created).toHaveLength(DOCUMENT_KINDS.length);
    const edited = docNamed(DOCUMENTS['order-curator'].templateName);
    edited.body.children.unshift(new FakeParagraph(docs.store, 'ЛОГОТИП ШКОЛЫ'));
    const second = createTemplates(folder);
    expect(second.created).toEqual([]);
    expect(second.existing).toHaveLength(DOCUMENT_KINDS.length);
    expect(edited.lines()[0]).toBe('ЛОГОТИП ШКОЛЫ');
  });
});
