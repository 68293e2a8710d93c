/** Приказ «О назначении куратора»: «Назначить Фамилию Имя Отчество куратором …» (винительный падеж). */
import type { DocumentContext, OrderRequisites } from '../context';
import { GOST_MARGINS, type DocumentLayout } from '../layout';
import type { TemplateSchema } from '../template';
import {
  acquaintedItems, acquaintedList, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderSettingsProblems, orderTail,
} from './common';
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
      orderItem('1. Назначить {{куратор_вин}} куратором реализации персонализированных программ наставничества педагогических работников в {{организация_кратко}} на {{учебный_год}} учебный год.'),
      orderItem('2. Куратору {{куратор_дат_кратко}} обеспечить:'),
      orderItem('2.1. ведение банка наставников и наставляемых;'),
      orderItem('2.2. формирование наставнических пар (групп) и подготовку проектов приказов об их закреплении;'),
      orderItem('2.3. разработку персонализированных программ наставничества совместно с наставниками и наставляемыми;'),
      orderItem('2.4. мониторинг реализации программ наставничества и подготовку аналитической справки по его итогам.'),
      orderItem('3. Контроль за исполнением настоящего приказа оставляю за собой.'),
      ...orderTail(),
    ],
  };
}

export function curatorOrderData(ctx: DocumentContext, requisites: OrderRequisites): { ok: true; value: OrderContent } | { ok: false; problems: string[] } {
  const problems = orderSettingsProblems(ctx, true);
  if (problems.length > 0) return { ok: false, problems };
  const curator = { fullName: ctx.settings.curatorName, position: ctx.settings.curatorPosition };
  return {
    ok: true,
    value: { data: { fields: orderFieldValues(ctx, requisites), lists: { ознакомлены: acquaintedItems([curator]) } }, pairCodes: [] },
  };
}
