import { ORDER_COLUMNS, PAIR_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import { DOCUMENT_KINDS, DOCUMENTS } from '../../src/domain/documents/catalog';
import { runProgrammes } from '../../src/gas/documents/actions';
import { generateAgreements } from '../../src/gas/documents/agreements';
import { generateDocument } from '../../src/gas/documents/generate';
import { CONTINUE_HANDLER, generateProgrammes, PROGRAMMES_STATE } from '../../src/gas/documents/programmes';
import { applySignedOrders, onOrdersEdited } from '../../src/gas/documents/signing';
import { createTemplates } from '../../src/gas/documents/templates';
import { mentors, pairs } from '../domain/documents/fixtures';
import { outcomeMessage, outcomeTitle } from '../../src/domain/documents/outcome';
import { createDocFakes, FakeLock, FakeParagraph, FakeTable, type DocFakes, type FakeDocument, type FakeFile, type FakeFolder } from '../fakes/documents';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { FakeLockService } from '../fakes/script-app';
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
    // Seven sheets read whole, and the header row of «Журнал», whose entry goes under its headers.
    expect(sheets.log.count('Range.getValues')).toBe(8);
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
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, () => NOW, new FakeLockService());
    expect(column(SHEET.pairs, PAIR_COLUMNS.status)).toEqual(['утверждена', 'утверждена', 'предложена']);
    expect(applySignedOrders(ss, NOW).approved).toEqual([]);
  });

  test('«подписан» pasted or filled down over several cells of «Приказы» (the event has no value) approves those orders too', () => {
    const ss = setUp();
    generateDocument(ss, 'order-pairs', NOW);
    const statusColumn = grid(SHEET.orders)[0].indexOf(ORDER_COLUMNS.status) + 1;
    const orders = sheets.spreadsheet.sheet(SHEET.orders);
    orders.write(2, statusColumn, 'подписан');
    const pasted = orders.getRange(2, statusColumn - 1, 1, 2);
    onOrdersEdited({ range: pasted, source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, () => NOW, new FakeLockService());
    expect(column(SHEET.pairs, PAIR_COLUMNS.status)).toEqual(['утверждена', 'утверждена', 'утверждена']);
  });

  test('«подписан» while another action holds the script lock: nothing approved, a toast points to the menu item', () => {
    const ss = setUp();
    generateDocument(ss, 'order-pairs', NOW);
    const statusColumn = grid(SHEET.orders)[0].indexOf(ORDER_COLUMNS.status) + 1;
    sheets.spreadsheet.sheet(SHEET.orders).write(2, statusColumn, 'подписан');
    const range = sheets.spreadsheet.sheet(SHEET.orders).getRange(2, statusColumn);
    const lock = new FakeLockService();
    lock.held = true;
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, () => NOW, lock);
    expect(column(SHEET.pairs, PAIR_COLUMNS.status)).toEqual(['предложена', 'предложена', 'предложена']);
    expect(sheets.spreadsheet.toasts.join('\n')).toContain('Применить подписанные приказы');
    lock.held = false;
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, () => NOW, lock);
    expect(column(SHEET.pairs, PAIR_COLUMNS.status)).toEqual(['утверждена', 'утверждена', 'утверждена']);
    expect(lock.events).toEqual(['tryLock', 'tryLock', 'flush', 'releaseLock']);
  });

  test('an edit elsewhere costs two calls and changes nothing', () => {
    const ss = setUp();
    const range = sheets.spreadsheet.sheet(SHEET.mentors).getRange(2, 2);
    sheets.log.reset();
    onOrdersEdited({ range, value: 'подписан', source: ss } as unknown as GoogleAppsScript.Events.SheetsOnEdit, () => NOW, new FakeLockService());
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
    // A programme is filled by one Docs API batchUpdate: that is where the time goes.
    const documents = (globalThis as unknown as { Docs: GoogleAppsScript.Docs }).Docs.Documents;
    const original = documents.batchUpdate.bind(documents);
    (globalThis as Record<string, unknown>).Docs = { Documents: Object.assign(Object.create(documents), { batchUpdate: (...args: Parameters<typeof original>) => { tick(); return original(...args); } }) };
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

  test('document actions take the script lock, the one form submissions and pairing take, and flush before releasing it', () => {
    setUp({ pairs: undated(pairs) });
    const scriptLock = new FakeLock();
    let scriptLocks = 0;
    const order: string[] = [];
    (globalThis as Record<string, unknown>).LockService = {
      getDocumentLock: () => { throw new Error('one lock for every action: the script lock'); },
      getScriptLock: () => { scriptLocks++; return { tryLock: () => scriptLock.tryLock(), releaseLock: () => { order.push('releaseLock'); scriptLock.releaseLock(); } }; },
    };
    const app = (globalThis as unknown as { SpreadsheetApp: { flush(): void } }).SpreadsheetApp;
    const flush = app.flush;
    app.flush = () => { order.push('flush'); };
    try {
      runProgrammes(false);
    } finally {
      app.flush = flush;
    }
    expect(scriptLocks).toBe(1);
    expect(scriptLock.held).toBe(false);
    expect(order).toEqual(['flush', 'releaseLock']);
    expect(sheets.app.ui.alerts[0]).toContain('Программы наставничества: готово 3 из 3.');
  });

  test('each programme is filled: plan rows with dates, participants, signatures', () => {
    const ss = setUp();
    const outcome = generateProgrammes(ss, NOW, () => 0);
    expect(outcome.problems).toEqual([]);
    expect(outcome.made.map((m) => m.name)).toEqual(['Программа П-001 (И.И. Петров)', 'Программа П-002 (А.С. Швец)', 'Программа П-003 (Н.З. Гогия, Р.Г. Алиев)']);
    const lines = docNamed('Программа П-003 (Н.З. Гогия, Р.Г. Алиев)').lines().map((l) => l.replace(/\u00a0/g, ' '));
    expect(lines).toContain('Наставляемый | Алиев Рашид Гусейн оглы | учитель начальных классов | 1 год');
    expect(lines.some((l) => /^1 \| Встреча-знакомство наставника и наставляемых.* \| 21\.11\.2022 \| Наставник, наставляемые \| $/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\{\{/);
  });
});

describe('«Создать шаблоны»', () => {
  test('stops before a template that might not fit in the run, so none is left half-written; the next run makes the rest', () => {
    setUp();
    const folder = DriveApp.getFolderById(docs.store.newFolder('Документы').id);
    let clock = 0;
    const realCreate = docs.documentApp.create.bind(docs.documentApp);
    // Each new template "takes" 100 s: after two, a third (with a margin for a slower one) might not end in 4.5 minutes.
    docs.documentApp.create = (name: string) => { clock += 100_000; return realCreate(name); };
    try {
      const first = createTemplates(folder, () => clock);
      expect(first.created).toHaveLength(2);
      expect(first.postponed).toHaveLength(DOCUMENT_KINDS.length - 2);
      const second = createTemplates(folder);
      expect(second.created).toEqual(first.postponed);
      expect(second.existing).toHaveLength(2);
      expect(second.postponed).toEqual([]);
    } finally {
      docs.documentApp.create = realCreate;
    }
  });

  test('a template cut short by a Google service error is not left under its name: the next run writes it whole', () => {
    setUp();
    const documents = docs.store.newFolder('Документы');
    const folder = DriveApp.getFolderById(documents.id);
    const proto = FakeTable.prototype as unknown as { setColumnWidth(this: FakeTable, i: number, w: number): unknown };
    const realSetWidth = proto.setColumnWidth;
    proto.setColumnWidth = () => { throw new Error('Exception: Service Documents failed while accessing document.'); };
    try {
      expect(() => createTemplates(folder)).toThrow(/Service Documents failed/);
    } finally {
      proto.setColumnWidth = realSetWidth;
    }
    expect(documents.sub('Шаблоны').live()).toEqual([]);
    const again = createTemplates(folder);
    expect(again.created).toHaveLength(DOCUMENT_KINDS.length);
    expect(docNamed(DOCUMENTS['order-pairs'].templateName).lines().join('\n')).toContain('{{');
  });

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

describe('what must not happen twice, or silently', () => {
  const orderRows = () => grid(SHEET.orders).length - 1;
  const logRows = () => grid(SHEET.log).length - 1;
  /** DocumentApp.openById fails with `message` for the calls `when` picks (1-based). */
  const failingOpen = (message: string, when: (call: number) => boolean) => {
    const original = DocumentApp.openById.bind(DocumentApp);
    let calls = 0;
    (globalThis as Record<string, unknown>).DocumentApp = Object.assign(Object.create(DocumentApp), {
      openById: (id: string) => {
        calls++;
        if (when(calls)) throw new Error(message);
        return original(id);
      },
    });
  };

  /** Docs.Documents.batchUpdate (a programme's one fill) fails with `message` for the calls `when` picks (1-based). */
  const failingFill = (message: string, when: (call: number) => boolean) => {
    const documents = (globalThis as unknown as { Docs: GoogleAppsScript.Docs }).Docs.Documents;
    const original = documents.batchUpdate.bind(documents);
    let calls = 0;
    (globalThis as Record<string, unknown>).Docs = {
      Documents: Object.assign(Object.create(documents), {
        batchUpdate: (...args: Parameters<typeof original>) => {
          calls++;
          if (when(calls)) throw new Error(message);
          return original(...args);
        },
      }),
    };
  };

  test('a second click on an order already issued makes nothing and says why', () => {
    const ss = setUp();
    expect(generateDocument(ss, 'order-curator', NOW).made).toHaveLength(1);
    expect(generateDocument(ss, 'order-pairs', NOW).made).toHaveLength(1);
    const curator = generateDocument(ss, 'order-curator', NOW);
    const pairsAgain = generateDocument(ss, 'order-pairs', NOW);
    for (const outcome of [curator, pairsAgain]) {
      expect(outcome.made).toEqual([]);
      expect(outcome.problems).toEqual([]);
      expect(outcomeTitle(outcome)).toBe('Новый документ не нужен');
    }
    expect(outcomeMessage(curator)).toContain('Куратор Гумерова Г.М. уже назначен на 2022/2023 учебный год приказом № 1-од от 16.11.2022');
    expect(outcomeMessage(pairsAgain)).toContain('уже включены в приказ, ждущий подписи (2-од от 16.11.2022');
    expect(column(SHEET.orders, ORDER_COLUMNS.pairs)).toEqual(['', 'П-001; П-002; П-003']);
    expect(orderRows()).toBe(2);
  });

  test('a bad director email: the order is registered once, the curator told in Russian, «Журнал» written', () => {
    const ss = setUp({ settings: { [SETTING.directorEmail]: 'директор школа.ru' } });
    const outcome = generateDocument(ss, 'order-curator', NOW);
    expect(outcome.made).toHaveLength(1);
    expect(outcome.notes.join('\n')).toContain('«Email руководителя» на листе «Настройки» («директор школа.ru») — не адрес электронной почты');
    expect(outcome.notes.join('\n')).not.toMatch(/Invalid/);
    expect(docs.mail.sent).toEqual([]);
    expect(orderRows()).toBe(1);
    expect(logRows()).toBe(1);
  });

  test('MailApp refusing the letter is a note, not a failure after registration; a good address gets viewer access', () => {
    const ss = setUp();
    const send = docs.mail.sendEmail.bind(docs.mail);
    docs.mail.sendEmail = () => { throw new Error('Exception: Invalid email: director@school.ru'); };
    const refused = generateDocument(ss, 'order-curator', NOW);
    expect(refused.made).toHaveLength(1);
    expect(refused.notes.join('\n')).toContain('Письмо директору (director@school.ru) не отправлено: почта Google отказала в отправке.');
    expect(logRows()).toBe(1);
    docs.mail.sendEmail = send;
    generateDocument(ss, 'order-pairs', NOW);
    const file = [...docs.store.files.values()].find((f) => f.name.startsWith('Приказ № 2-од') && !f.name.endsWith('.pdf'));
    expect(file?.viewers).toEqual(['director@school.ru']);
    expect(docs.mail.sent).toHaveLength(1);
  });

  test('the fake MailApp refuses what MailApp refuses', () => {
    setUp();
    expect(() => MailApp.sendEmail({ to: 'директор школа.ru', subject: 'x', body: 'y' })).toThrow('Invalid email: директор школа.ru');
  });

  test('a service error while filling: no half-made document under any name, nothing registered, a Russian message', () => {
    const ss = setUp();
    failingOpen('Exception: Service error: Docs', () => true);
    const outcome = generateDocument(ss, 'order-curator', NOW);
    expect(outcome.made).toEqual([]);
    expect(outcome.problems[0]).toMatch(/^Документ «Приказ № 1-од от 16\.11\.2022 О назначении куратора.*» не создан: сервис Google не ответил \(Service error: Docs\)/);
    expect(documentsFolder().live()).toEqual([]);
    expect(orderRows()).toBe(0);
  });

  test('a template the curator deleted (in the trash) is made again; a trashed programme is made again', () => {
    const ss = setUp();
    generateProgrammes(ss, NOW, () => 0);
    const templates = documentsFolder().sub('Шаблоны');
    const template = templates.files.find((f) => f.name === DOCUMENTS.programmes.templateName);
    template?.setTrashed(true);
    const programmes = documentsFolder().sub('Программы наставничества 2022–2023');
    programmes.files.find((f) => f.name.startsWith('Программа П-001'))?.setTrashed(true);
    const again = generateProgrammes(ss, NOW, () => 0);
    expect(again.notes.join('\n')).toContain(`Создан шаблон «${DOCUMENTS.programmes.templateName}»`);
    expect(again.made.map((m) => m.name)).toEqual(['Программа П-001 (И.И. Петров)']);
    expect(templates.live().filter((f) => f.name === DOCUMENTS.programmes.templateName)).toHaveLength(1);
    expect(programmes.live()).toHaveLength(3);
  });

  test('a programme a cut-off run left half-made is trashed and made properly; the folder is listed once per slice', () => {
    const ss = setUp();
    generateProgrammes(ss, NOW, () => 0);
    const folder = documentsFolder().sub('Программы наставничества 2022–2023');
    const done = folder.files.find((f) => f.name.startsWith('Программа П-002')) as FakeFile;
    done.setName(`${done.name} — не готов (создаётся)`);
    docs.store.log.reset();
    const again = generateProgrammes(ss, NOW, () => 0);
    expect(again.made.map((m) => m.name)).toEqual(['Программа П-002 (А.С. Швец)']);
    expect(done.trashed).toBe(true);
    expect(folder.live().map((f) => f.name).sort()).toEqual(['Программа П-001 (И.И. Петров)', 'Программа П-002 (А.С. Швец)', 'Программа П-003 (Н.З. Гогия, Р.Г. Алиев)']);
    expect(docs.store.log.count('Folder.getFiles')).toBe(1);
    expect(docs.store.log.count('Folder.getFilesByName')).toBe(1);
  });

  test('a passing service error in a slice: progress saved, next slice scheduled, «Журнал» told; the next slice finishes', () => {
    const ss = setUp({ pairs: Array.from({ length: 6 }, (_, i) => ({ ...pairs[i % 3], code: `П-${String(i + 1).padStart(3, '0')}` })) });
    failingFill('Exception: Service error: Drive', (call) => call === 3);
    const first = generateProgrammes(ss, NOW, () => 0);
    expect(first.made).toHaveLength(2);
    expect(first.continues).toBe(true);
    expect(first.problems[0]).toContain('сервис Google не ответил (Service error: Drive)');
    expect(docs.scriptApp.triggers.map((t) => t.handler)).toEqual([CONTINUE_HANDLER]);
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toContain('"done":2');
    // «Журнал» speaks of «порции», as the README and the curator's messages do.
    expect(column(SHEET.log, 'Подробности').at(-1)).toContain('сбой сервиса Google, продолжение через минуту: создано за пакет: 2, были раньше: 0, порций: 1');
    const second = generateProgrammes(ss, NOW, () => 0);
    expect(second.made).toHaveLength(4);
    expect(column(SHEET.log, 'Подробности').at(-1)).toBe('создано за пакет: 6, были раньше: 0, порций: 2');
    expect(second.continues).toBe(false);
    expect(docs.scriptApp.triggers).toEqual([]);
    expect(documentsFolder().sub('Программы наставничества 2022–2023').live()).toHaveLength(6);
  });

  test('a spent daily quota stops the batch with a note, no retry trigger, and a «Журнал» row', () => {
    const ss = setUp();
    failingFill('Exception: Service invoked too many times for one day: docs create.', (call) => call === 2);
    const outcome = generateProgrammes(ss, NOW, () => 0);
    expect(outcome.made).toHaveLength(1);
    expect(outcome.problems[0]).toContain('исчерпан дневной лимит Google на создание документов');
    expect(outcome.notes.join('\n')).toContain('(завтра)');
    expect(docs.scriptApp.triggers).toEqual([]);
    expect(column(SHEET.log, 'Коды').at(-1)).toBe('П-002');
    expect(documentsFolder().sub('Программы наставничества 2022–2023').live()).toHaveLength(1);
  });

  test('a service that keeps failing stops after three slices instead of retrying forever', () => {
    const ss = setUp();
    failingFill('API call to docs.documents.batchUpdate failed with error: Internal error encountered.', () => true);
    const outcomes = [1, 2, 3].map(() => generateProgrammes(ss, NOW, () => 0));
    expect(outcomes.map((o) => o.continues)).toEqual([true, true, false]);
    expect(outcomes[2].notes.join('\n')).toContain('не отвечает 3 раза подряд');
    expect(docs.scriptApp.triggers).toEqual([]);
    expect(docs.documentProperties.getProperty(PROGRAMMES_STATE)).toBeNull();
  });

  test('a documents folder the curator moved to the trash is not written to', () => {
    const ss = setUp();
    const folder = docs.store.newFolder('Старая папка');
    folder.setTrashed(true);
    sheets.spreadsheet.sheet(SHEET.settings).write(14, 2, folder.getUrl());
    const outcome = generateDocument(ss, 'order-curator', NOW);
    expect(outcome.problems[0]).toContain('в корзине Google Диска');
    expect(folder.files).toEqual([]);
    expect(orderRows()).toBe(0);
  });

  test('a declension in doubt is told with the outcome, with where to fix it', () => {
    const unsure = { ...mentors[0], fullName: 'Коломиец Саша', gender: undefined };
    const ss = setUp({
      mentors: [unsure, ...mentors.slice(1)],
      pairs: pairs.map((p, i) => (i === 0 ? { ...p, status: 'завершена', mentorName: unsure.fullName } : p)),
      scores: [{ questionnaire: 'Оценка эффективности программы', stage: 'итоговая', participantCode: '', pairCode: 'П-001', points: 17, max: 18, level: 'оптимальный', date: new Date(2022, 10, 10) }],
    });
    const outcome = generateDocument(ss, 'order-reward', NOW);
    expect(outcome.made).toHaveLength(1);
    expect(outcome.notes.join('\n')).toMatch(/Проверьте склонение: Коломиец Саша \(лист «Наставники», строка 2\): Пол не определяется .*«Коломийцу Саше» или «Коломиец Саше».*укажите пол или «Склонение ФИО»/);
  });
});

describe('соглашения с наставниками (ст. 351.8 ТК РФ) in Google Docs', () => {
  const approved = pairs.map((p) => ({ ...p, status: 'утверждена', order: '1-од от 16.11.2022' }));

  test('a consent and an agreement per mentor in their own folder; a rerun makes nothing twice', () => {
    const ss = setUp({ pairs: approved });
    const outcome = generateAgreements(ss, NOW, () => 0);
    expect(outcome.problems).toEqual([]);
    expect(outcome.made).toHaveLength(6);
    const folder = documentsFolder().sub('Соглашения с наставниками 2022–2023');
    expect(folder.live().map((f) => f.name)).toContain('Дополнительное соглашение о работе наставника (М.П. Иванова)');
    const text = docNamed('Дополнительное соглашение о работе наставника (О.В. Коломиец)').lines().join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('6. Работодатель или Работник вправе досрочно прекратить выполнение Работником работы наставника');
    expect(text).not.toMatch(/\{\{|СОГЛАСИЕ|УВЕДОМЛЕНИЕ/);
    expect(grid(SHEET.orders).length).toBe(1);
    const rerun = generateAgreements(ss, NOW, () => 0);
    expect(rerun.made).toEqual([]);
    expect(rerun.notes.join('\n')).toContain('Уже были в папке и не созданы повторно: 6.');
    expect(folder.live()).toHaveLength(6);
  });

  test('proposed pairs only: nothing to make, and why', () => {
    const outcome = generateAgreements(setUp(), NOW, () => 0);
    expect(outcome.made).toEqual([]);
    expect(outcome.skipped?.join('\n')).toContain('после приказа о закреплении пар');
  });
});
