/** What a director would correct in the generated text (issue 11, defects 1–19): each checked on the rendered lines. */
import type { Pair } from '../../../src/domain/bank/model';
import { buildDocuments, DOCUMENTS, type DocumentKind } from '../../../src/domain/documents/catalog';
import { preambleOf, type DocumentContext, type ScoreRecord } from '../../../src/domain/documents/context';
import { CURATOR_ORDER_TITLE } from '../../../src/domain/documents/orders/curator';
import type { OrderRecord } from '../../../src/domain/documents/register';
import { earlyEndReason } from '../../../src/domain/demo/pairEnds';
import { declinePosition } from '../../../src/domain/language/position';
import { organisationGenitive } from '../../../src/domain/language/organisation';
import { context, mentees, mentors, pairs, renderLines, settings } from './fixtures';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

function lines(kind: DocumentKind, ctx: DocumentContext, register: readonly OrderRecord[] = []): string[] {
  const built = buildDocuments(kind, ctx, register);
  expect(built.problems).toEqual([]);
  const def = DOCUMENTS[kind];
  return renderLines(def.template(), def.schema, built.documents[0].data);
}

const rubric = (pairCode: string, points: number, level: string): ScoreRecord =>
  ({ questionnaire: 'Оценка эффективности программы', stage: 'итоговая', participantCode: '', pairCode, points, max: 18, level, date: d(2023, 5, 20) });
const diagnostic = (stage: string, participantCode: string, pairCode: string, points: number): ScoreRecord =>
  ({ questionnaire: 'Диагностика', stage, participantCode, pairCode, points, max: 100, level: '', date: d(2023, stage === 'входная' ? 1 : 5, 10) });

const yearEnd: Pair[] = pairs.map((p, i) => ({
  ...p, status: ['завершена', 'завершена', 'прекращена'][i], start: d(2022, 11, 16), end: i === 2 ? d(2023, 2, 10) : d(2023, 5, 31),
  endReason: i === 2 ? 'перевод наставляемой в другую организацию' : undefined,
}));
const may = (overrides: Partial<DocumentContext> = {}) => context({ pairs: yearEnd, today: d(2023, 5, 26), ...overrides });

describe('Сведения', () => {
  test('1: the organisation stands in the genitive under the title', () => {
    const text = lines('summary', may());
    expect(text.slice(0, 3)).toEqual(['СВЕДЕНИЯ', 'о реализации системы наставничества педагогических работников',
      'муниципального автономного общеобразовательного учреждения «Башкирский лицей № 136 имени М. Искужина» городского округа город Уфа']);
    expect(organisationGenitive('Средняя общеобразовательная школа № 5')).toBe('средней общеобразовательной школы № 5');
    expect(organisationGenitive('МБОУ «СОШ № 1»')).toBe('МБОУ «СОШ № 1»');
  });

  test('13: categories are groups of people, a blank category is no row', () => {
    const people = mentees.map((m, i) => (i === 4 ? { ...m, category: '' } : m));
    const text = lines('summary', may({ mentees: [...people, { ...mentees[4], code: 'У-006' }] }));
    expect(text).toContain('педагоги с признаками эмоционального выгорания | 1 | 0 | 0,0 %');
    expect(text).toContain('педагоги, осваивающие цифровые навыки | 1 | 1 | 100,0 %');
    expect(text.join('\n')).not.toMatch(/не указана|^эмоциональное выгорание/m);
  });

  test('14: the director signs with the organisation; «тел.» never parts from its number', () => {
    const built = buildDocuments('summary', may({ settings: { ...settings, curatorPhone: '+7 (347) 234-89-92' } }), []);
    const text = renderLines(DOCUMENTS.summary.template(), DOCUMENTS.summary.schema, built.documents[0].data);
    expect(text).toContain('Директор МАОУ «Башкирский лицей № 136» |  | Ш.Х. Хабибрахманов');
    const data = JSON.stringify(built.documents[0].data);
    expect(data).not.toContain('тел. ');
    expect(DOCUMENTS.summary.template().blocks.some((b) => b.kind === 'paragraph' && b.spans.some((s) => s.text.includes('тел.\u00a0{{куратор_телефон}}')))).toBe(true);
  });
});

describe('Приказ о завершении', () => {
  const text = lines('order-completion', may()).join('\n');

  test('2: an early stop is recorded from its date, with the reason, the initiative and the notice', () => {
    expect(text).not.toContain('Прекратить досрочно');
    expect(text).toContain('2. Считать досрочно прекращённой с указанной даты реализацию');
    expect(text).toContain('| 10.02.2023 | перевод наставляемой в другую организацию; по инициативе работодателя, письменное уведомление от 07.02.2023');
  });

  test('3: an order of 26 May does not call terms running to 31 May over', () => {
    expect(text).not.toContain('в связи с окончанием срока реализации программ');
    expect(text).toContain('в связи с завершением мероприятий, предусмотренных планами программ');
    const june = lines('order-completion', may({ today: d(2023, 6, 1) })).join('\n');
    expect(june).toContain('в связи с окончанием срока реализации программ');
  });
});

describe('Приказ о закреплении', () => {
  test('4: a pair proposed before the order works from the order\'s date', () => {
    const early = pairs.map((p) => ({ ...p, start: d(2022, 11, 9), end: d(2023, 5, 31) }));
    const text = lines('order-pairs', context({ pairs: early }));
    expect(text.filter((l) => /^\d \|/.test(l)).every((l) => l.endsWith('16.11.2022 – 31.05.2023'))).toBe(true);
  });

  test('19: the form stands in quotes, as the seeds write it', () => {
    expect(lines('order-pairs', context()).join('\n')).toContain('| «Опытный педагог – молодой специалист» | традиционное');
  });

  test('the order refers to the mentors\' consents and the supplementary agreements (ст. 351.8 ТК РФ)', () => {
    const text = lines('order-pairs', context()).join('\n');
    expect(text).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    expect(text).toContain('с письменного согласия участников наставнической деятельности на возложение на них дополнительных обязанностей');
    expect(text).toContain('согласий на выполнение работы наставника) и дополнительных соглашений к трудовым договорам');
  });
});

describe('5: every preamble names the school\'s own Положение and the order that approved it', () => {
  const generic = 'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», Положением о системе наставничества педагогических работников образовательной организации';
  const own = { ...settings, orderBasis: generic, regulationOrder: '№ 348/1 от 16.11.2022' };

  test.each(['order-pairs', 'order-curator'] as const)('%s', (kind) => {
    const text = lines(kind, context({ settings: own })).join('\n');
    expect(text).toContain('Положением о системе наставничества педагогических работников МАОУ «Башкирский лицей № 136», утверждённым приказом № 348/1 от 16.11.2022');
    expect(text).not.toContain('образовательной организации');
  });

  test('without the reference the Положение is still the school\'s; a preamble of the curator\'s own stays', () => {
    expect(preambleOf({ ...own, regulationOrder: '' }).replace(/\u00a0/g, ' ')).toMatch(/Положением о системе наставничества педагогических работников МАОУ «Башкирский лицей № 136»$/);
    expect(preambleOf(settings)).toBe(settings.orderBasis);
    expect(preambleOf({ ...settings, orderBasis: 'В соответствии с Уставом', regulationOrder: '№ 5 от 01.09.2024' }).replace(/\u00a0/g, ' '))
      .toBe('В соответствии с Уставом, Положением о системе наставничества педагогических работников МАОУ «Башкирский лицей № 136», утверждённым приказом № 5 от 01.09.2024');
  });
});

describe('Программа', () => {
  const text = lines('programmes', context());
  const all = text.join('\n');

  test('6: a numbered deficit starts with a capital letter', () => {
    expect(all).toContain('1. Методика преподавания и образовательные технологии.');
    expect(all).not.toMatch(/^\d+\. [а-яё]/m);
  });

  test('7: the signatures keep together with their heading', () => {
    const layout = DOCUMENTS.programmes.template();
    const last = layout.blocks[layout.blocks.length - 1];
    expect(last.kind === 'table' && last.keepWithNext).toBe(true);
    const heading = layout.blocks[layout.blocks.length - 2];
    expect(heading.kind === 'paragraph' && heading.keepWithNext).toBe(true);
  });

  test('strengths of the mentee, and the evaluation of efficiency by the seed 001 rubric', () => {
    const strong = mentees.map((m) => (m.code === 'У-001' ? { ...m, strengths: ['владение предметом', 'цифровые инструменты'] } : m));
    const withStrengths = lines('programmes', context({ mentees: strong })).join('\n');
    expect(withStrengths).toContain('5. Сильные стороны наставляемого, на поддержку которых направлена программа\n1. Владение предметом.\n2. Цифровые инструменты.');
    expect(withStrengths).toContain('– поддержать сильные стороны наставляемого (владение предметом; цифровые инструменты) и опираться на них в работе');
    expect(all).toContain('Уточняются на встрече-знакомстве и по итогам входной диагностики');
    expect(all).toContain('8. Оценка эффективности программы');
    expect(all).toContain('15–18 баллов — оптимальный, 9–14 баллов — допустимый, 0–8 баллов — недопустимый');
    const indicators = text.slice(text.indexOf('№ | Показатель эффективности | Баллы (0–2)') + 1).filter((l) => /^\d \| /.test(l));
    expect(indicators).toHaveLength(9);
    expect(indicators[0]).toBe('1 | Соответствие наставнической деятельности цели и задачам, по которым она осуществляется | ');
  });
});

describe('Аналитическая справка', () => {
  const scores = [
    diagnostic('входная', 'У-001', 'П-001', 50), diagnostic('итоговая', 'У-001', 'П-001', 80),
    diagnostic('входная', 'У-002', 'П-002', 40), diagnostic('итоговая', 'У-002', 'П-002', 60),
    rubric('П-001', 17, 'оптимальный'), rubric('П-003', 6, 'недопустимый'),
  ];
  const built = buildDocuments('report', may({ scores }), []);
  const text = renderLines(DOCUMENTS.report.template(), DOCUMENTS.report.schema, built.documents[0].data).join('\n');

  test('8: when everyone improved the conclusion says so, as section 2 does', () => {
    expect(text).toContain('результат улучшился у всех 2 наставляемых, прошедших входную и итоговую диагностику');
    expect(text).toContain('Положительная динамика результатов диагностики у всех 2 наставляемых, прошедших входную и итоговую диагностику, подтверждает');
    expect(text).not.toContain('у большинства');
  });

  test('9: a group is called a group, and a completed programme is not to be corrected', () => {
    expect(text).toContain('Причины недопустимого уровня эффективности программы наставнической группы П-003 рекомендуется проанализировать и учесть');
    expect(text).not.toMatch(/Паре \(группе\)|скорректировать программу/);
  });

  test('10: chart labels never break at the hyphen, the axis says what it counts', () => {
    const charts = built.documents[0].data.charts ?? {};
    expect(charts.диаграмма_динамика.categories).toEqual(['П\u2011001', 'П\u2011002']);
    expect(charts.диаграмма_уровни.unit).toBe('Число пар (групп)');
    expect(charts.диаграмма_уровни.series[0].name).toBe('Число пар (групп)');
  });

  test('11: the wording of a report, not of a conversation', () => {
    expect(text).toContain('по входной диагностике — 45,0 %, по итоговой — 70,0 %');
    expect(text).not.toMatch(/на входе|с входной и итоговой диагностикой/);
  });

  test('12: the curator signs with the position from «Настройки»', () => {
    expect(text).toContain('Заместитель директора по учебно-воспитательной работе |  | Г.М. Гумерова');
    expect(text).not.toContain('Куратор программ наставничества |');
  });
});

describe('Приказ о поощрении', () => {
  test('15: feminine job titles are declined', () => {
    expect(declinePosition('заведующая библиотекой', 'дательный')).toBe('заведующей библиотекой');
    expect(declinePosition('старшая вожатая', 'дательный')).toBe('старшей вожатой');
    expect(declinePosition('старшая вожатая', 'винительный')).toBe('старшую вожатую');
    const librarian = mentors.map((m) => (m.code === 'Н-003' ? { ...m, position: 'заведующая библиотекой', gender: 'ж' as const } : m));
    const text = lines('order-reward', may({ mentors: librarian, scores: [rubric('П-003', 17, 'оптимальный')], pairs: yearEnd.map((p) => ({ ...p, status: 'завершена' })) })).join('\n');
    expect(text).toContain('1.1. Коломиец Ольге Викторовне, заведующей библиотекой, наставнику.');
    expect(text).not.toContain('занимающей должность');
  });

  test('16: mentees are thanked for taking part, mentors for the results', () => {
    const text = lines('order-reward', may({ scores: [rubric('П-001', 17, 'оптимальный')], pairs: yearEnd.map((p) => ({ ...p, status: 'завершена' })) })).join('\n');
    expect(text).toContain('1. Объявить благодарность за высокие результаты наставнической деятельности:\n1.1. Ивановой Марии Петровне, учителю математики, наставнику.');
    expect(text).toContain('2. Объявить благодарность за активное участие в реализации программ наставничества:\n2.1. Петрову Илье Ильичу, учителю математики, наставляемому.');
  });
});

test('17: the demo\'s reason agrees with the mentee', () => {
  expect(earlyEndReason('ж')).toBe('перевод наставляемой в другую организацию');
  expect(earlyEndReason('м')).toBe('перевод наставляемого в другую организацию');
});

describe('Приказ о назначении куратора', () => {
  test('18: «С приказом ознакомлена» over one woman', () => {
    expect(lines('order-curator', context())).toContain('С приказом ознакомлена:');
    expect(lines('order-pairs', context())).toContain('С приказом ознакомлены:');
  });

  test('18: a mid-year replacement relieves the curator appointed earlier', () => {
    const earlier: OrderRecord = { number: '2-од', date: d(2022, 9, 10), kind: CURATOR_ORDER_TITLE, title: `${CURATOR_ORDER_TITLE} (Орлова Н.П.)`, link: '', pdf: '', status: 'подписан', pairs: [] };
    const text = lines('order-curator', context(), [earlier]).join('\n');
    expect(text).toContain('2. Освободить Орлову Н.П. от обязанностей куратора реализации персонализированных программ наставничества педагогических работников, возложенных приказом № 2-од от 10.09.2022, с 16 ноября 2022 г.');
    expect(text).toContain('3. Куратору Гумеровой Г.М. обеспечить:\n3.1. ведение банка');
    expect(text).toContain('4. Контроль за исполнением');
    expect(text).toContain('С приказом ознакомлены:\nГ.М. Гумерова');
    expect(text).toContain('Н.П. Орлова');
  });
});
