import type { Pair } from '../../../src/domain/bank/model';
import { SETTING, settingSpecs } from '../../../src/domain/bank/settings';
import { COMPLETION_ORDER_TITLE } from '../../../src/domain/documents/orders/completion';
import { CURATOR_ORDER_TITLE } from '../../../src/domain/documents/orders/curator';
import { REWARD_ORDER_TITLE } from '../../../src/domain/documents/orders/reward';
import type { OrderRecord } from '../../../src/domain/documents/register';
import { buildDocuments, DOCUMENT_KINDS, DOCUMENTS } from '../../../src/domain/documents/catalog';
import type { ScoreRecord } from '../../../src/domain/documents/context';
import { outlineOf } from '../../../src/domain/documents/layout';
import { checkTemplate } from '../../../src/domain/documents/template';
import { context, mentees, mentors, pairs, renderLines } from './fixtures';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

function lines(kind: (typeof DOCUMENT_KINDS)[number], ctx = context()): string[] {
  const built = buildDocuments(kind, ctx, []);
  expect(built.problems).toEqual([]);
  const def = DOCUMENTS[kind];
  return renderLines(def.template(), def.schema, built.documents[0].data);
}

const rubric = (pairCode: string, points: number, level: string): ScoreRecord =>
  ({ questionnaire: 'Оценка эффективности программы', stage: 'итоговая', participantCode: '', pairCode, points, max: 18, level, date: d(2023, 5, 20) });

const ended: Pair[] = pairs.map((p, i) => ({ ...p, status: ['завершена', 'действует', 'прекращена'][i], endReason: i === 2 ? 'увольнение наставляемого' : undefined }));

describe('default templates', () => {
  test.each(DOCUMENT_KINDS)('%s: the default template uses only its own fields', (kind) => {
    const def = DOCUMENTS[kind];
    expect(checkTemplate(outlineOf(def.template().blocks), def.schema)).toEqual([]);
  });

  test.each(DOCUMENT_KINDS)('%s: every field is filled, nothing in braces is left', (kind) => {
    const ctx = ['order-reward', 'order-completion', 'report', 'summary', 'agreements'].includes(kind)
      ? context({ pairs: ended, scores: [rubric('П-001', 17, 'оптимальный')], today: d(2023, 5, 29) })
      : context();
    const text = lines(kind, ctx).join('\n');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.length).toBeGreaterThan(300);
  });
});

describe('приказ «О закреплении наставнических пар (групп)»', () => {
  const text = lines('order-pairs');
  const all = text.join('\n');

  test('requisites, preamble, command, items and signature after ГОСТ Р 7.0.97', () => {
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('16 ноября 2022 г. | № 1-од');
    expect(text).toContain('О закреплении наставнических пар (групп)');
    expect(all).toMatch(/В соответствии с Положением о системе наставничества .* связанных с наставнической деятельностью,\nПРИКАЗЫВАЮ:/);
    expect(all).toContain('1. Закрепить наставнические пары (группы) на 2022/2023 учебный год');
    expect(all).toContain('в срок до 30 ноября 2022 г.');
    expect(all).toContain('Куратору реализации программ наставничества Гумеровой Гульсасак Манжуровне обеспечить');
    expect(text).toContain('Директор |  | Ш.Х. Хабибрахманов');
  });

  test('the table has a row per pair with mentor, mentees and positions, form, kind and period', () => {
    const header = text.findIndex((l) => l.startsWith('№ | Наставник (ФИО, должность)'));
    expect(text.slice(header + 1, header + 4)).toEqual([
      '1 | Иванова Мария Петровна, учитель математики | Петров Илья Ильич, учитель математики | «Опытный педагог – молодой специалист» | традиционное («один на один») | 16.11.2022 – 31.05.2023',
      '2 | Хабибуллин Рустам Ильдарович, учитель информатики | Швец Анна Сергеевна, учитель информатики | «Педагог-новатор – консервативный педагог» | реверсивное | 16.11.2022 – 31.05.2023',
      '3 | Коломиец Ольга Викторовна, учитель начальных классов | Гогия Нино Зурабовна, учитель начальных классов\nАлиев Рашид Гусейн оглы, учитель начальных классов | «Опытный классный руководитель – молодой специалист» | групповое | 21.11.2022 – 26.05.2023',
    ]);
  });

  test('«С приказом ознакомлены» lists every person named, once', () => {
    const from = text.indexOf('С приказом ознакомлены:');
    const names = text.slice(from + 1).map((l) => l.split(' | ')[0]);
    expect(names).toEqual(['М.П. Иванова', 'И.И. Петров', 'Р.И. Хабибуллин', 'А.С. Швец', 'О.В. Коломиец', 'Н.З. Гогия', 'Р.Г. Алиев', 'Г.М. Гумерова']);
  });

  test('the order lists the pairs whose «Приказ» it will set', () => {
    expect(buildDocuments('order-pairs', context(), []).documents[0].pairCodes).toEqual(['П-001', 'П-002', 'П-003']);
  });
});

describe('other orders', () => {
  test('«О назначении куратора»: the curator in the accusative, then the dative short form', () => {
    const all = lines('order-curator').join('\n');
    expect(all).toContain('1. Назначить Гумерову Гульсасак Манжуровну, заместителя директора по учебно-воспитательной работе, куратором реализации персонализированных программ наставничества педагогических работников в МАОУ «Башкирский лицей № 136» на 2022/2023 учебный год.');
    expect(all).toContain('2. Куратору Гумеровой Г.М. обеспечить:');
  });

  test('«О поощрении»: participants of the optimal pairs, best first, thanked in the dative', () => {
    const ctx = context({ pairs: ended.map((p) => ({ ...p, status: 'завершена' })), scores: [rubric('П-001', 15, 'оптимальный'), rubric('П-003', 18, 'оптимальный'), rubric('П-002', 12, 'допустимый')], today: d(2023, 5, 29) });
    const all = lines('order-reward', ctx).join('\n');
    expect(all).toContain('1.1. Коломиец Ольге Викторовне, учителю начальных классов, наставнику;');
    expect(all).toContain('1.2. Ивановой Марии Петровне, учителю математики, наставнику.');
    // Mentees are thanked for taking part, not for «результаты наставнической деятельности» — the mentors' work.
    expect(all).toContain('1. Объявить благодарность за высокие результаты наставнической деятельности:\n1.1.');
    expect(all).toContain('2. Объявить благодарность за активное участие в реализации программ наставничества:\n2.1. Гогии Нино Зурабовне, учителю начальных классов, наставляемой;');
    expect(all).toContain('2.2. Алиеву Рашиду Гусейн оглы, учителю начальных классов, наставляемому;');
    expect(all).toContain('2.3. Петрову Илье Ильичу, учителю математики, наставляемому.');
    expect(all).toContain('3. Куратору Гумеровой Г.М. разместить');
    expect(all).toContain('4. Контроль за исполнением');
    expect(all).not.toContain('Хабибуллину');
  });

  test('«О поощрении» with no optimal pair: nothing to make, with the reason', () => {
    const built = buildDocuments('order-reward', context({ pairs: ended, scores: [rubric('П-001', 10, 'допустимый')] }), []);
    expect(built.documents).toEqual([]);
    expect(built.problems).toEqual([]);
    expect(built.skipped).toContain('оптимального уровня');
  });

  test('«О завершении»: completed and terminated pairs in numbered items; a missing part renumbers the rest', () => {
    const both = lines('order-completion', context({ pairs: ended, today: d(2023, 5, 29) })).join('\n');
    expect(both).toContain('1. Считать завершённой реализацию');
    expect(both).toContain('2. Считать досрочно прекращённой с указанной даты');
    expect(both).toContain('увольнение наставляемого');
    expect(both).toContain('4. Контроль за исполнением');
    const onlyTerminated = lines('order-completion', context({ pairs: ended.filter((p) => p.status === 'прекращена'), today: d(2023, 5, 29) })).join('\n');
    expect(onlyTerminated).not.toContain('Считать завершённой');
    expect(onlyTerminated).toContain('1. Считать досрочно прекращённой с указанной даты');
    expect(onlyTerminated).toContain('3. Контроль за исполнением');
  });

  test('a terminated pair without a reason is refused', () => {
    const built = buildDocuments('order-completion', context({ pairs: ended.map((p) => ({ ...p, endReason: undefined })) }), []);
    expect(built.problems.join('\n')).toContain('не указана причина');
  });
});

describe('bad input: clear message, no document', () => {
  const problemsOf = (ctx: ReturnType<typeof context>) => {
    const built = buildDocuments('order-pairs', ctx, []);
    expect(built.documents).toEqual([]);
    return built.problems.join('\n');
  };

  test('a person with only a surname, or in Latin letters', () => {
    const people = mentors.map((m, i) => (i === 0 ? { ...m, fullName: 'Иванова' } : i === 1 ? { ...m, fullName: 'Smith John' } : m));
    const message = problemsOf(context({ mentors: people }));
    expect(message).toMatch(/В ФИО «Иванова» \(лист «Наставники», строка \d+, столбец «ФИО»\) только одно слово/);
    expect(message).toContain('ФИО «Smith John»');
    expect(message).toContain('латиницей');
  });

  test('a Latin letter inside a Russian name is pointed out in that word, not as a name written in Latin', () => {
    const people = mentees.map((m) => (m.code === 'У-003' ? { ...m, fullName: 'Гогия Нинo Зурабовна' } : m));
    const message = problemsOf(context({ mentees: people }));
    expect(message).toMatch(/ФИО «Гогия Нинo Зурабовна» \(лист «Наставляемые», строка \d+, столбец «ФИО»\): В слове «Нинo» смешаны латинские и русские буквы/);
    expect(message).not.toContain('написано латиницей');
  });

  test('a double-barrelled surname is accepted', () => {
    const people = mentors.map((m, i) => (i === 0 ? { ...m, fullName: 'Петрова-Водкина Анна Ивановна' } : m));
    const built = buildDocuments('order-pairs', context({ mentors: people }), []);
    expect(built.problems).toEqual([]);
  });

  test('a missing director in «Настройки»', () => {
    expect(problemsOf(context({ settings: { ...context().settings, directorName: '' } })))
      .toContain('На листе «Настройки» не заполнен параметр «ФИО руководителя»: приказ некому подписать.');
  });

  test('a pair whose mentor has left', () => {
    const people = mentors.map((m, i) => (i === 2 ? { ...m, status: 'выбыл' } : m));
    expect(problemsOf(context({ mentors: people }))).toMatch(/Пара П-003 \(лист «Пары», строка \d+\): наставник Коломиец Ольга Викторовна выбыл/);
  });

  test('a pair whose mentee code is not in the bank', () => {
    expect(problemsOf(context({ pairs: pairs.map((p, i) => (i === 0 ? { ...p, menteeCodes: ['У-999'] } : p)) })))
      .toContain('наставляемого с кодом «У-999» нет на листе «Наставляемые»');
  });

  test('a pair whose dates are reversed or already past', () => {
    const message = problemsOf(context({ pairs: pairs.map((p, i) => (i === 0 ? { ...p, start: d(2022, 12, 1), end: d(2022, 11, 30) } : i === 1 ? { ...p, start: d(2022, 1, 10), end: d(2022, 5, 31) } : p)) }));
    expect(message).toMatch(/Пара П-001 \(лист «Пары», строка \d+\): «Окончание» не позже «Начала»/);
    expect(message).toMatch(/Пара П-002 .*«Окончание» программы уже прошло/);
  });

  test('no proposed pairs: nothing to make, and the reason', () => {
    const built = buildDocuments('order-pairs', context({ pairs: ended }), []);
    expect(built.documents).toEqual([]);
    expect(built.problems).toEqual([]);
    expect(built.skipped).toContain('нет пар со статусом «предложена»');
  });
});

describe('«С приказом ознакомлены»: every person once, namesakes apart, nobody who has left', () => {
  const namesake = { ...mentees[0], code: 'У-009', fullName: mentees[0].fullName, position: 'учитель начальных классов' };
  const acquainted = (text: string[]) => text.slice(text.indexOf('С приказом ознакомлены:') + 1).map((l) => l.split(' | ')[0]);

  test('two people of the same name are both listed, told apart by their position', () => {
    const ctx = context({
      mentees: [...mentees, namesake],
      pairs: [pairs[0], { ...pairs[1], menteeCodes: ['У-009'], menteeNames: [namesake.fullName] }],
    });
    const names = acquainted(lines('order-pairs', ctx));
    expect(names).toEqual(['М.П. Иванова', 'И.И. Петров, учитель математики', 'Р.И. Хабибуллин', 'И.И. Петров, учитель начальных классов', 'Г.М. Гумерова']);
  });

  test('namesakes with the same position are told apart by their code; the curator who mentors is one person', () => {
    const twin = { ...namesake, position: mentees[0].position };
    const ctx = context({
      mentees: [...mentees, twin],
      pairs: [pairs[0], { ...pairs[1], menteeCodes: ['У-009'], menteeNames: [twin.fullName] }],
      settings: { ...context().settings, curatorName: mentors[0].fullName },
    });
    expect(acquainted(lines('order-pairs', ctx))).toEqual(['М.П. Иванова', 'И.И. Петров (У-001)', 'Р.И. Хабибуллин', 'И.И. Петров (У-009)']);
  });

  test('a mentee who has left is named in the completion order but does not sign it', () => {
    const left = mentees.map((m) => (m.code === 'У-004' ? { ...m, status: 'выбыл' } : m));
    const text = lines('order-completion', context({ mentees: left, pairs: ended, today: d(2023, 5, 29) }));
    expect(text.join('\n')).toContain('Алиев Рашид Гусейн оглы');
    expect(acquainted(text)).not.toContain('Р.Г. Алиев');
    expect(acquainted(text)).toContain('Н.З. Гогия');
  });
});

describe('the preamble is one sentence', () => {
  const defaultBasis = settingSpecs(d(2022, 11, 16)).find((s) => s.name === SETTING.orderPreamble)?.defaultValue as string;
  test.each(['order-pairs', 'order-curator', 'order-reward', 'order-completion'] as const)('%s: the default «Основание для приказов» says «в целях» at most once', (kind) => {
    const ctx = context({ settings: { ...context().settings, orderBasis: defaultBasis }, pairs: kind === 'order-pairs' || kind === 'order-curator' ? pairs : ended, scores: [rubric('П-001', 17, 'оптимальный')], today: kind === 'order-pairs' || kind === 'order-curator' ? d(2022, 11, 16) : d(2023, 5, 29) });
    const preamble = lines(kind, ctx).find((l) => l.startsWith('В соответствии с Федеральным законом')) as string;
    expect(preamble.match(/в целях/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(preamble).toMatch(/,$/);
  });
});

describe('an order is issued once for what it covers', () => {
  const reward = (pairCodes: string[], date = d(2023, 5, 29)): OrderRecord => ({ number: '5-од', date, kind: REWARD_ORDER_TITLE, title: REWARD_ORDER_TITLE, link: '', pdf: '', status: 'проект', pairs: pairCodes });
  const completed = ended.map((p) => ({ ...p, status: p.status === 'действует' ? 'завершена' : p.status }));

  test('«О поощрении» speaks of its own school year: last year\'s assessment thanks nobody this year', () => {
    const lastYear = { ...rubric('П-001', 17, 'оптимальный'), date: d(2022, 5, 20) };
    const built = buildDocuments('order-reward', context({ pairs: ended, scores: [lastYear], today: d(2023, 5, 29) }), []);
    expect(built.documents).toEqual([]);
    expect(built.skipped).toContain('в 2022/2023 учебном году');
    const thisYear = buildDocuments('order-reward', context({ pairs: ended, scores: [lastYear, rubric('П-001', 16, 'оптимальный')], today: d(2023, 5, 29) }), []);
    expect(thisYear.documents[0].pairCodes).toEqual(['П-001']);
  });

  test('«О поощрении» leaves out pairs an earlier reward order thanked, and is not made when none is left', () => {
    const scores = [rubric('П-001', 17, 'оптимальный'), rubric('П-002', 16, 'оптимальный')];
    const ctx = context({ pairs: completed, scores, today: d(2023, 5, 29) });
    expect(buildDocuments('order-reward', ctx, [reward(['П-001'])]).documents[0].pairCodes).toEqual(['П-002']);
    const none = buildDocuments('order-reward', ctx, [reward(['П-001', 'П-002'])]);
    expect(none.documents).toEqual([]);
    expect(none.problems).toEqual([]);
    expect(none.skipped).toContain('уже поощрены (П-001, П-002');
  });

  test('«О завершении» lists only pairs no completion order has listed', () => {
    const ctx = context({ pairs: ended, today: d(2023, 5, 29) });
    const first = buildDocuments('order-completion', ctx, []).documents[0];
    expect(first.pairCodes).toEqual(['П-001', 'П-003']);
    const register: OrderRecord[] = [{ number: '6-од', date: d(2023, 5, 29), kind: COMPLETION_ORDER_TITLE, title: COMPLETION_ORDER_TITLE, link: '', pdf: '', status: 'подписан', pairs: ['П-001'] }];
    expect(buildDocuments('order-completion', ctx, register).documents[0].pairCodes).toEqual(['П-003']);
    const none = buildDocuments('order-completion', ctx, [{ ...register[0], pairs: ['П-001', 'П-003'] }]);
    expect(none.documents).toEqual([]);
    expect(none.skipped).toContain('уже есть в приказах о завершении');
  });

  test('«О назначении куратора» once per curator and school year; a new curator or a new year gets one', () => {
    const ctx = context();
    const made = buildDocuments('order-curator', ctx, []).documents[0];
    expect(made.order?.subject).toBe('Гумерова Г.М.');
    const appointed: OrderRecord = { number: '1-од', date: d(2022, 9, 1), kind: CURATOR_ORDER_TITLE, title: `${CURATOR_ORDER_TITLE} (Гумерова Г.М.)`, link: '', pdf: '', status: 'подписан' };
    const again = buildDocuments('order-curator', ctx, [appointed]);
    expect(again.documents).toEqual([]);
    expect(again.skipped).toBe('Куратор Гумерова Г.М. уже назначен на 2022/2023 учебный год приказом № 1-од от 01.09.2022 (лист «Приказы»): второй такой приказ не нужен. Если куратор сменился, укажите нового в «Настройках».');
    expect(buildDocuments('order-curator', context({ settings: { ...ctx.settings, curatorName: 'Иванова Мария Петровна' } }), [appointed]).documents).toHaveLength(1);
    expect(buildDocuments('order-curator', context({ today: d(2023, 9, 4) }), [appointed]).documents).toHaveLength(1);
  });

  test('«О закреплении» leaves out proposed pairs already in an order waiting for signature', () => {
    const waiting = pairs.map((p, i) => (i === 0 ? { ...p, order: '3-од от 10.11.2022' } : p));
    expect(buildDocuments('order-pairs', context({ pairs: waiting }), []).documents[0].pairCodes).toEqual(['П-002', 'П-003']);
    const all = buildDocuments('order-pairs', context({ pairs: pairs.map((p) => ({ ...p, order: '3-од от 10.11.2022' })) }), []);
    expect(all.documents).toEqual([]);
    expect(all.skipped).toContain('уже включены в приказ, ждущий подписи (3-од от 10.11.2022');
  });
});

describe('the curator\'s and the director\'s declension from «Настройки»', () => {
  test('«Склонение ФИО куратора» replaces the rules\' forms wherever the curator is declined', () => {
    const override = 'В: Коломиец Сашу Ивановну; Д: Коломиец Саше Ивановне';
    const ctx = context({ settings: { ...context().settings, curatorName: 'Коломиец Саша Ивановна', curatorNameOverride: override } });
    const all = lines('order-curator', ctx).join('\n');
    expect(all).toContain('1. Назначить Коломиец Сашу Ивановну, заместителя директора по учебно-воспитательной работе, куратором');
    expect(all).toContain('2. Куратору Коломиец С.И. обеспечить:');
    const plain = lines('order-pairs', context({ settings: { ...context().settings, curatorNameOverride: 'Д: Гумеровой-Тест Гульсасак Манжуровне' } })).join('\n');
    expect(plain).toContain('Куратору реализации программ наставничества Гумеровой-Тест Гульсасак Манжуровне обеспечить');
  });

  test('an override that cannot be read stops the order with the parameter named', () => {
    const built = buildDocuments('order-curator', context({ settings: { ...context().settings, directorNameOverride: 'Д Хабибрахманову' } }), []);
    expect(built.documents).toEqual([]);
    expect(built.problems[0]).toContain('На листе «Настройки» параметр «Склонение ФИО руководителя» не читается');
  });
});
