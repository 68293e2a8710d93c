/** Приказ «О закреплении наставнических пар (групп)»: the proposed pairs, with the table the director approves. */
import type { Pair } from '../../bank/model';
import { nothingNew, type BuildOutcome } from '../build';
import { curatorOf, type DocumentContext, type OrderRequisites } from '../context';
import { cell, gap, grid, type DocumentLayout, GOST_MARGINS } from '../layout';
import { resolvePairs, type PairParticipants } from '../participants';
import { addDays, fixedPeriod, periodProblem } from '../programme/period';
import { count, longDate, shortDate } from '../russian';
import type { TemplateData, TemplateSchema } from '../template';
import {
  acquaintedItems, acquaintedList, acquaintedWord, formText, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderNotes, orderSettingsProblems,
  orderTail, type NamedPerson,
} from './common';

export const PAIRS_ORDER_TITLE = 'О закреплении наставнических пар (групп)';

export const pairsOrderSchema: TemplateSchema = {
  document: `Приказ «${PAIRS_ORDER_TITLE}»`,
  fields: [
    ...orderFields,
    { name: 'срок_программ', description: 'срок разработки программ: дата приказа + 14 дней, «30 ноября 2022 г.»' },
    { name: 'число_пар', description: 'сколько пар (групп) в приказе: «3 пары (группы)»' },
  ],
  lists: [
    {
      name: 'пары',
      description: 'таблица пар: строка повторяется для каждой пары (группы)',
      required: true,
      fields: [
        { name: '№', description: 'порядковый номер' },
        { name: 'код', description: 'код пары' },
        { name: 'наставник', description: 'ФИО и должность наставника' },
        { name: 'наставник_фио', description: 'ФИО наставника' },
        { name: 'наставник_должность', description: 'должность наставника' },
        { name: 'наставляемые', description: 'ФИО и должности наставляемых, каждый с новой строки' },
        { name: 'форма', description: 'форма наставничества' },
        { name: 'вид', description: 'вид наставничества' },
        { name: 'срок', description: 'срок: «16.11.2022 – 31.05.2023»' },
      ],
    },
    acquaintedList,
  ],
};

export function pairsOrderTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      ...orderHead(PAIRS_ORDER_TITLE),
      orderItem('{{основание}}, статьёй 351.8 Трудового кодекса Российской Федерации, в целях оказания помощи педагогическим работникам в их профессиональном становлении и развитии, с письменного согласия участников наставнической деятельности на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью,'),
      ...orderCommand(),
      orderItem('1. Закрепить наставнические пары (группы) на {{учебный_год}} учебный год в следующем составе:'),
      grid([8, 38, 38, 34, 34, 28], [
        [cell('№', { header: true }), cell('Наставник (ФИО, должность)', { header: true }), cell('Наставляемые (ФИО, должность)', { header: true }),
          cell('Форма наставничества', { header: true }), cell('Вид наставничества', { header: true }), cell('Срок', { header: true })],
        [cell('{{#пары}}{{№}}', { align: 'center' }), cell('{{наставник}}'), cell('{{наставляемые}}'), cell('{{форма}}'), cell('{{вид}}'), cell('{{срок}}', { align: 'center' })],
      ], { headerRows: 1, size: 11 }),
      gap(),
      orderItem('2. Поручить наставникам выполнение работы наставника на основании их письменного согласия (согласий на выполнение работы наставника) и дополнительных соглашений к трудовым договорам, устанавливающих содержание, сроки, форму выполнения и оплату работы наставника; дополнительные соглашения заключить до начала работы наставнических пар (групп).'),
      orderItem('3. Наставникам совместно с наставляемыми в срок до {{срок_программ}} разработать персонализированные программы наставничества и представить их куратору на согласование.'),
      orderItem('4. Куратору реализации программ наставничества {{куратор_дат}} обеспечить организационно-методическое сопровождение деятельности наставнических пар (групп) и мониторинг реализации персонализированных программ наставничества.'),
      orderItem('5. Контроль за исполнением настоящего приказа оставляю за собой.', { keepWithNext: true }),
      ...orderTail(),
    ],
  };
}

/**
 * The pairs an order «О закреплении» lists: accepted by the curator, not yet approved, and not already in an order
 * waiting for the director's signature («Приказ» is filled; clearing it lets the pair into a new order).
 */
export function pairsToApprove(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => p.status === 'предложена' && !(p.order ?? '').trim());
}

function personLine(fullName: string, position: string): string {
  return position.trim() ? `${fullName.trim()}, ${position.trim()}` : fullName.trim();
}

export interface OrderContent {
  data: TemplateData;
  /** Codes of the pairs the order lists: «Пары» in «Приказы»; the pairs order also sets their «Приказ». */
  pairCodes: string[];
  /** Doubts about the declension of the people it names, for the curator. */
  notes: string[];
  /** Who the order is about when it lists no pairs (the appointed curator): written into «Заголовок» in «Приказы». */
  subject?: string;
}

export function pairsOrderData(ctx: DocumentContext, requisites: OrderRequisites): BuildOutcome<OrderContent> {
  const pairs = pairsToApprove(ctx.pairs);
  if (pairs.length === 0) {
    const waiting = ctx.pairs.filter((p) => p.status === 'предложена' && (p.order ?? '').trim());
    return nothingNew(waiting.length > 0
      ? `Пары со статусом «предложена» уже включены в приказ, ждущий подписи (${[...new Set(waiting.map((p) => (p.order ?? '').trim()))].join('; ')} — столбец «Приказ» листа «Пары»): нового приказа о закреплении не нужно. Чтобы включить пару в новый приказ, очистите у неё «Приказ».`
      : 'На листе «Пары» нет пар со статусом «предложена»: приказ о закреплении составлять не из чего. Сначала подберите и примите пары.');
  }
  const problems = orderSettingsProblems(ctx, true);
  const resolved = resolvePairs(pairs, ctx, { allowLeft: false });
  if (!resolved.ok) problems.push(...resolved.problems);
  for (const pair of pairs) {
    const problem = periodProblem(pair, requisites.date);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems };
  const period = (p: PairParticipants) => fixedPeriod(p.pair, requisites.date, requisites.date);
  const items = resolved.value.map((p, i) => {
    const { start, end } = period(p);
    return {
      '№': String(i + 1),
      код: p.pair.code,
      наставник: personLine(p.mentor.fullName, p.mentor.position),
      наставник_фио: p.mentor.fullName.trim(),
      наставник_должность: p.mentor.position,
      наставляемые: p.mentees.map((m) => personLine(m.fullName, m.position)).join('\n'),
      форма: formText(p.pair.form),
      вид: p.pair.kind,
      срок: `${shortDate(start)} – ${shortDate(end)}`,
    };
  });
  const named: NamedPerson[] = [];
  for (const p of resolved.value) named.push(p.mentor, ...p.mentees);
  named.push(curatorOf(ctx.settings));
  return {
    ok: true,
    value: {
      data: {
        fields: {
          ...orderFieldValues(ctx, requisites),
          срок_программ: longDate(addDays(requisites.date, 14)),
          число_пар: count(items.length, ['пара (группа)', 'пары (группы)', 'пар (групп)']),
          ознакомлен: acquaintedWord(named),
        },
        lists: { пары: items, ознакомлены: acquaintedItems(named) },
      },
      pairCodes: resolved.value.map((p) => p.pair.code),
      notes: orderNotes(ctx),
    },
  };
}
