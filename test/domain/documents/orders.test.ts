import type { Pair } from '../../../src/domain/bank/model';
import { buildDocuments, DOCUMENT_KINDS, DOCUMENTS } from '../../../src/domain/documents/catalog';
import type { ScoreRecord } from '../../../src/domain/documents/context';
import { outlineOf } from '../../../src/domain/documents/layout';
import { checkTemplate } from '../../../src/domain/documents/template';
import { context, mentors, pairs, renderLines } from './fixtures';

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
    const ctx = ['order-reward', 'order-completion', 'report', 'summary'].includes(kind)
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
    expect(all).toMatch(/В соответствии с Положением о системе наставничества .* участников наставнической деятельности,\nПРИКАЗЫВАЮ:/);
    expect(all).toContain('1. Закрепить наставнические пары (группы) на 2022/2023 учебный год');
    expect(all).toContain('в срок до 30 ноября 2022 г.');
    expect(all).toContain('Куратору реализации программ наставничества Гумеровой Гульсасак Манжуровне обеспечить');
    expect(text).toContain('Директор |  | Ш.Х. Хабибрахманов');
  });

  test('the table has a row per pair with mentor, mentees and positions, form, kind and period', () => {
    const header = text.findIndex((l) => l.startsWith('№ | Наставник (ФИО, должность)'));
    expect(text.slice(header + 1, header + 4)).toEqual([
      '1 | Иванова Мария Петровна, учитель математики | Петров Илья Ильич, учитель математики | Опытный педагог – молодой специалист | традиционное («один на один») | 16.11.2022 – 31.05.2023',
      '2 | Хабибуллин Рустам Ильдарович, учитель информатики | Швец Анна Сергеевна, учитель информатики | Педагог-новатор – консервативный педагог | реверсивное | 16.11.2022 – 31.05.2023',
      '3 | Коломиец Ольга Викторовна, учитель начальных классов | Гогия Нино Зурабовна, учитель начальных классов\nАлиев Рашид Гусейн оглы, учитель начальных классов | Опытный классный руководитель – молодой специалист | групповое | 21.11.2022 – 26.05.2023',
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
    expect(all).toContain('1. Назначить Гумерову Гульсасак Манжуровну куратором реализации персонализированных программ наставничества педагогических работников в МАОУ «Башкирский лицей № 136» на 2022/2023 учебный год.');
    expect(all).toContain('2. Куратору Гумеровой Г.М. обеспечить:');
  });

  test('«О поощрении»: participants of the optimal pairs, best first, thanked in the dative', () => {
    const ctx = context({ pairs: ended.map((p) => ({ ...p, status: 'завершена' })), scores: [rubric('П-001', 15, 'оптимальный'), rubric('П-003', 18, 'оптимальный'), rubric('П-002', 12, 'допустимый')], today: d(2023, 5, 29) });
    const all = lines('order-reward', ctx).join('\n');
    expect(all).toContain('1.1. Коломиец Ольге Викторовне, наставнику (учитель начальных классов);');
    expect(all).toContain('1.2. Гогии Нино Зурабовне, наставляемой (учитель начальных классов);');
    expect(all).toContain('1.3. Алиеву Рашиду Гусейн оглы, наставляемому (учитель начальных классов);');
    expect(all).toContain('1.5. Петрову Илье Ильичу, наставляемому (учитель математики).');
    expect(all).not.toContain('Хабибуллину');
  });

  test('«О поощрении» with no optimal pair is refused with the reason', () => {
    const built = buildDocuments('order-reward', context({ pairs: ended, scores: [rubric('П-001', 10, 'допустимый')] }), []);
    expect(built.documents).toEqual([]);
    expect(built.problems[0]).toContain('оптимального уровня');
  });

  test('«О завершении»: completed and terminated pairs in numbered items; a missing part renumbers the rest', () => {
    const both = lines('order-completion', context({ pairs: ended, today: d(2023, 5, 29) })).join('\n');
    expect(both).toContain('1. Считать завершённой реализацию');
    expect(both).toContain('2. Прекратить досрочно');
    expect(both).toContain('увольнение наставляемого');
    expect(both).toContain('4. Контроль за исполнением');
    const onlyTerminated = lines('order-completion', context({ pairs: ended.filter((p) => p.status === 'прекращена'), today: d(2023, 5, 29) })).join('\n');
    expect(onlyTerminated).not.toContain('Считать завершённой');
    expect(onlyTerminated).toContain('1. Прекратить досрочно');
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

  test('no proposed pairs', () => {
    expect(problemsOf(context({ pairs: ended }))).toContain('нет пар со статусом «предложена»');
  });
});
