/** ст. 351.8 ТК РФ: the mentor's consent, the supplementary agreement, the notice of an early stop. */
import type { Pair } from '../../../src/domain/bank/model';
import { buildDocuments, DOCUMENTS, type BuiltDocument } from '../../../src/domain/documents/catalog';
import { initiativeOf, noticeDate } from '../../../src/domain/documents/agreements/termination';
import { shortDate } from '../../../src/domain/documents/russian';
import { context, mentors, pairs, renderLines, settings } from './fixtures';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const render = (doc: BuiltDocument) => renderLines(DOCUMENTS.agreements.template(), DOCUMENTS.agreements.schema, doc.data).join('\n');

const approved: Pair[] = pairs.map((p) => ({ ...p, status: 'утверждена', order: '3-од от 18.11.2022', start: d(2022, 11, 16), end: d(2023, 5, 31) }));
const ctx = context({ pairs: approved, today: d(2022, 11, 21) });
const built = buildDocuments('agreements', ctx, []);
const byKey = (key: string) => built.documents.find((doc) => doc.key === key) as BuiltDocument;

describe('согласие и дополнительное соглашение для каждого наставника утверждённых пар', () => {
  test('two papers per mentor, none for a proposed pair', () => {
    expect(built.problems).toEqual([]);
    expect(built.documents.map((doc) => doc.key)).toEqual(['consent:Н-001', 'agreement:Н-001', 'consent:Н-002', 'agreement:Н-002', 'consent:Н-003', 'agreement:Н-003']);
    expect(built.documents[1].name).toBe('Дополнительное соглашение о работе наставника (М.П. Иванова)');
    const proposed = buildDocuments('agreements', context(), []);
    expect(proposed.documents).toEqual([]);
    expect(proposed.skipped).toContain('после приказа о закреплении пар');
  });

  test('the agreement: mentees, form and kind, term from the pairs order, content, payment, early termination', () => {
    const text = render(byKey('agreement:Н-003'));
    expect(text).not.toMatch(/\{\{|\}\}|СОГЛАСИЕ|УВЕДОМЛЕНИЕ/);
    expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____\nк трудовому договору № ________ от «___» ____________ 20___ г.');
    expect(text).toContain('(далее — Работодатель) в лице директора Хабибрахманова Шамиля Халиловича, действующего на основании Устава, с одной стороны, и Коломиец Ольга Викторовна, учитель начальных классов (далее — Работник)');
    expect(text).toContain('(наставляемых) (приказ о закреплении наставнических пар (групп) № 3-од от 18.11.2022):');
    expect(text).toContain('1 | Гогия Нино Зурабовна, учитель начальных классов\nАлиев Рашид Гусейн оглы, учитель начальных классов | «Опытный классный руководитель – молодой специалист», групповое | 18.11.2022 – 31.05.2023');
    expect(text).toContain('2. Срок выполнения работы наставника: с 18 ноября 2022 г. по 31 мая 2023 г.');
    expect(text).toContain('3. Содержание работы наставника — реализация персонализированной программы наставничества');
    expect(text).toContain('5. За выполнение работы наставника Работнику устанавливается доплата в размере ____________ ______________________________ на срок');
    expect(text).toContain('6. Работодатель или Работник вправе досрочно прекратить выполнение Работником работы наставника, предупредив об этом другую сторону в письменной форме не менее чем за три рабочих дня.');
  });

  test('payment from «Настройки», the contract from «Наставники»', () => {
    const paid = context({
      pairs: approved, today: d(2022, 11, 21),
      settings: { ...settings, mentorPay: '3000 руб.', mentorPayBasis: 'за каждого наставляемого в месяц' },
      mentors: mentors.map((m) => (m.code === 'Н-001' ? { ...m, contractNumber: '47', contractDate: d(2015, 8, 28) } : m)),
    });
    const text = render(buildDocuments('agreements', paid, []).documents[1]);
    expect(text).toContain('к трудовому договору № 47 от 28.08.2015');
    expect(text).toContain('доплата в размере 3000 руб. за каждого наставляемого в месяц на срок выполнения работы наставника');
  });

  test('the consent: the mentor\'s own words, addressed to the director', () => {
    const text = render(byKey('consent:Н-001'));
    expect(text).not.toMatch(/\{\{|ДОПОЛНИТЕЛЬНОЕ|УВЕДОМЛЕНИЕ/);
    expect(text).toContain('Директору МАОУ «Башкирский лицей № 136» Хабибрахманову Ш.Х.');
    expect(text).toContain('от учителя математики');
    expect(text).toContain('Ивановой Марии Петровны');
    expect(text).toContain('Я, Иванова Мария Петровна, учитель математики, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю согласие');
    expect(text).toContain('С Положением ознакомлена.');
  });
});

describe('уведомление о досрочном прекращении', () => {
  test('three working days before the stop by the production calendar', () => {
    expect(shortDate(noticeDate(d(2027, 2, 12)))).toBe('09.02.2027');
    // 23 February and the weekend are not working days: a stop on Thursday 25.02.2027 is noticed on Friday 19.02.
    expect(shortDate(noticeDate(d(2027, 2, 25)))).toBe('19.02.2027');
    // The May holidays: 1 May 2027 is a Saturday, its day off moves to Monday 3 May: 5, 4 May and 30 April.
    expect(shortDate(noticeDate(d(2027, 5, 6)))).toBe('30.04.2027');
  });

  test('whose initiative: the column, else the reason', () => {
    const pair = approved[0];
    expect(initiativeOf({ ...pair, endReason: 'перевод наставляемой в другую организацию' })).toBe('работодатель');
    expect(initiativeOf({ ...pair, endReason: 'по желанию наставника' })).toBe('наставник');
    expect(initiativeOf({ ...pair, endReason: 'отказ наставника от работы' })).toBe('наставник');
    expect(initiativeOf({ ...pair, endReason: 'по желанию наставника', endInitiative: 'работодатель' })).toBe('работодатель');
    expect(initiativeOf({ ...pair, endReason: 'болезнь', endInitiative: 'Наставник' })).toBe('наставник');
  });

  const stopped = approved.map((p, i) => (i === 0 ? { ...p, status: 'прекращена', end: d(2023, 2, 10), endReason: 'увольнение наставляемого' } : p));

  test('the employer\'s notice to the mentor', () => {
    const docs = buildDocuments('agreements', context({ pairs: stopped, today: d(2023, 2, 10) }), []);
    const notice = docs.documents.find((doc) => doc.key === 'notice:П-001') as BuiltDocument;
    const text = render(notice);
    expect(text).not.toMatch(/\{\{|СОГЛАСИЕ|ДОПОЛНИТЕЛЬНОЕ/);
    expect(text).toContain('Учителю математики Ивановой М.П.');
    expect(text).toContain('7 февраля 2023 г.');
    expect(text).toContain('Уважаемая Мария Петровна!\nВ соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и пунктом 6 дополнительного соглашения к трудовому договору о выполнении работы наставника уведомляем Вас о досрочном прекращении с 10 февраля 2023 г. выполнения Вами работы наставника в отношении учителя математики Петрова Ильи Ильича (наставническая пара П-001). Причина: увольнение наставляемого.');
    expect(text).toContain('Директор МАОУ «Башкирский лицей № 136» | _______________ | Ш.Х. Хабибрахманов');
    expect(text).toContain('Уведомление получила: М.П. Иванова');
  });

  test('the mentor\'s notice to the employer when the mentor ends the work; the completion order gives the same date', () => {
    const own = stopped.map((p, i) => (i === 0 ? { ...p, endInitiative: 'наставник', endReason: 'по состоянию здоровья' } : p));
    const notice = buildDocuments('agreements', context({ pairs: own, today: d(2023, 2, 10) }), []).documents.find((doc) => doc.key === 'notice:П-001') as BuiltDocument;
    const text = render(notice);
    expect(text).toContain('Директору МАОУ «Башкирский лицей № 136» Хабибрахманову Ш.Х.\nот учителя математики Ивановой М.П.');
    expect(text).toContain('уведомляю о досрочном прекращении мною с 10 февраля 2023 г. выполнения работы наставника в отношении учителя математики Петрова Ильи Ильича');
    expect(text).toContain('Учитель математики | _______________ | М.П. Иванова');
    const order = buildDocuments('order-completion', context({ pairs: own, today: d(2023, 5, 26) }), []);
    const def = DOCUMENTS['order-completion'];
    expect(renderLines(def.template(), def.schema, order.documents[0].data).join('\n')).toContain('по состоянию здоровья; по инициативе наставника, письменное уведомление от 07.02.2023');
  });
});
