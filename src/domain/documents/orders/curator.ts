/**
 * Приказ «О назначении куратора»: «Назначить Фамилию Имя Отчество (винительный), должность, куратором …». One per
 * curator and school year: the register remembers whom an order appointed («Заголовок» names the curator).
 */
import { curatorOf, type DocumentContext, type OrderRequisites } from '../context';
import { GOST_MARGINS, type DocumentLayout } from '../layout';
import { ordersOfSchoolYear, type OrderRecord } from '../register';
import { shortDate, shortNameIn } from '../russian';
import type { TemplateSchema } from '../template';
import {
  academicYearOf, acquaintedItems, acquaintedList, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderNotes,
  orderSettingsProblems, orderTail,
} from './common';
import { nothingNew, type BuildOutcome } from '../build';
import type { OrderContent } from './pairs';

export const CURATOR_ORDER_TITLE = 'О назначении куратора реализации программ наставничества педагогических работников';

export const curatorOrderSchema: TemplateSchema = {
  document: `Приказ «${CURATOR_ORDER_TITLE}»`,
  fields: orderFields,
  lists: [acquaintedList],
};

export function curatorOrderTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      ...orderHead(CURATOR_ORDER_TITLE),
      orderItem('{{основание}}, в целях организации и координации наставничества педагогических работников,'),
      ...orderCommand(),
      orderItem('1. Назначить {{куратор_вин}}{{?куратор_должность_вин}}, {{куратор_должность_вин}},{{/куратор_должность_вин}} куратором реализации персонализированных программ наставничества педагогических работников в {{организация_кратко}} на {{учебный_год}} учебный год.'),
      orderItem('2. Куратору {{куратор_дат_кратко}} обеспечить:'),
      orderItem('2.1. ведение банка наставников и наставляемых;'),
      orderItem('2.2. формирование наставнических пар (групп) и подготовку проектов приказов об их закреплении;'),
      orderItem('2.3. разработку персонализированных программ наставничества совместно с наставниками и наставляемыми;'),
      orderItem('2.4. мониторинг реализации программ наставничества и подготовку аналитической справки по его итогам.'),
      orderItem('3. Контроль за исполнением настоящего приказа оставляю за собой.', { keepWithNext: true }),
      ...orderTail(),
    ],
  };
}

/** «Орлова Н.П.»: whom the order appoints, as «Заголовок» in «Приказы» names them. */
function curatorSubject(ctx: DocumentContext): string {
  return shortNameIn(curatorOf(ctx.settings), 'именительный').replace(/\u00a0/g, ' ');
}

/** An order of this school year appointing the same curator; a row without a name (typed by hand) counts as one. */
function sameAppointment(register: readonly OrderRecord[], ctx: DocumentContext, date: Date): OrderRecord | undefined {
  const subject = curatorSubject(ctx).toLowerCase().replace(/ё/g, 'е');
  return ordersOfSchoolYear(register, CURATOR_ORDER_TITLE, date).find((o) => {
    const title = o.title.toLowerCase().replace(/ё/g, 'е');
    return !title.includes('(') || title.includes(`(${subject})`);
  });
}

export function curatorOrderData(ctx: DocumentContext, requisites: OrderRequisites, register: readonly OrderRecord[] = []): BuildOutcome<OrderContent> {
  const problems = orderSettingsProblems(ctx, true);
  if (problems.length > 0) return { ok: false, problems };
  const existing = sameAppointment(register, ctx, requisites.date);
  if (existing) {
    return nothingNew(`Куратор ${curatorSubject(ctx)} уже назначен на ${academicYearOf(requisites.date)} учебный год приказом № ${existing.number}${existing.date ? ` от ${shortDate(existing.date)}` : ''} (лист «Приказы»): второй такой приказ не нужен. Если куратор сменился, укажите нового в «Настройках».`);
  }
  return {
    ok: true,
    value: {
      data: { fields: orderFieldValues(ctx, requisites), lists: { ознакомлены: acquaintedItems([curatorOf(ctx.settings)]) } },
      pairCodes: [],
      notes: orderNotes(ctx),
      subject: curatorSubject(ctx),
    },
  };
}
