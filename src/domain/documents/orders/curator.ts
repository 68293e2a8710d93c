/**
 * Приказ «О назначении куратора»: «Назначить Фамилию Имя Отчество (винительный), должность, куратором …». One per
 * curator and school year: the register remembers whom an order appointed («Заголовок» names the curator).
 */
import { curatorOf, type DocumentContext, type OrderRequisites } from '../context';
import { GOST_MARGINS, para, type DocumentLayout } from '../layout';
import { ordersOfSchoolYear, type OrderRecord } from '../register';
import { shortDate, shortNameIn } from '../russian';
import type { TemplateSchema } from '../template';
import {
  academicYearOf, acquaintedItems, acquaintedList, acquaintedWord, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderNotes,
  orderSettingsProblems, orderTail, type NamedPerson,
} from './common';
import { surnameWithInitials } from '../../language';
import { nothingNew, type BuildOutcome } from '../build';
import type { OrderContent } from './pairs';

export const CURATOR_ORDER_TITLE = 'О назначении куратора реализации программ наставничества педагогических работников';

export const curatorOrderSchema: TemplateSchema = {
  document: `Приказ «${CURATOR_ORDER_TITLE}»`,
  fields: [
    ...orderFields,
    { name: 'прежний_куратор_вин', description: 'куратор, назначенный раньше в этом учебном году, в винительном падеже: «Орлову Н.П.» (пусто, если куратор не сменялся)' },
    { name: 'прежний_приказ', description: 'приказ о назначении прежнего куратора: «2-од от 10.09.2026»' },
    { name: 'п_обеспечить', description: 'номер пункта о задачах куратора' },
    { name: 'п_контроль', description: 'номер пункта о контроле' },
  ],
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
      para('{{?прежний_куратор_вин}}'),
      orderItem('2. Освободить {{прежний_куратор_вин}} от обязанностей куратора реализации персонализированных программ наставничества педагогических работников, возложенных приказом № {{прежний_приказ}}, с {{дата}}.'),
      para('{{/прежний_куратор_вин}}'),
      orderItem('{{п_обеспечить}}. Куратору {{куратор_дат_кратко}} обеспечить:'),
      orderItem('{{п_обеспечить}}.1. ведение банка наставников и наставляемых;'),
      orderItem('{{п_обеспечить}}.2. формирование наставнических пар (групп) и подготовку проектов приказов об их закреплении;'),
      orderItem('{{п_обеспечить}}.3. разработку персонализированных программ наставничества совместно с наставниками и наставляемыми;'),
      orderItem('{{п_обеспечить}}.4. мониторинг реализации программ наставничества и подготовку аналитической справки по его итогам.'),
      orderItem('{{п_контроль}}. Контроль за исполнением настоящего приказа оставляю за собой.', { keepWithNext: true }),
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

/** The latest order of this school year that appointed someone else (its «Заголовок» names them in brackets). */
function previousAppointment(register: readonly OrderRecord[], ctx: DocumentContext, date: Date): OrderRecord | undefined {
  const subject = curatorSubject(ctx).toLowerCase().replace(/ё/g, 'е');
  const others = ordersOfSchoolYear(register, CURATOR_ORDER_TITLE, date).filter((o) => {
    const title = o.title.toLowerCase().replace(/ё/g, 'е');
    return title.includes('(') && !title.includes(`(${subject})`);
  });
  return others[others.length - 1];
}

export function curatorOrderData(ctx: DocumentContext, requisites: OrderRequisites, register: readonly OrderRecord[] = []): BuildOutcome<OrderContent> {
  const problems = orderSettingsProblems(ctx, true);
  if (problems.length > 0) return { ok: false, problems };
  const existing = sameAppointment(register, ctx, requisites.date);
  if (existing) {
    return nothingNew(`Куратор ${curatorSubject(ctx)} уже назначен на ${academicYearOf(requisites.date)} учебный год приказом № ${existing.number}${existing.date ? ` от ${shortDate(existing.date)}` : ''} (лист «Приказы»): второй такой приказ не нужен. Если куратор сменился, укажите нового в «Настройках».`);
  }
  // A mid-year change: the order relieves the curator an earlier order of this school year appointed.
  const previous = previousAppointment(register, ctx, requisites.date);
  const previousName = previous ? /\(([^)]+)\)/.exec(previous.title)?.[1]?.trim() ?? '' : '';
  const previousPerson: NamedPerson | undefined = previousName ? { fullName: previousName, position: '' } : undefined;
  const named = [curatorOf(ctx.settings), ...(previousPerson ? [previousPerson] : [])];
  return {
    ok: true,
    value: {
      data: {
        fields: {
          ...orderFieldValues(ctx, requisites),
          прежний_куратор_вин: previousPerson ? surnameWithInitials(previousName, { grammaticalCase: 'винительный', separator: '\u00a0' }) : '',
          прежний_приказ: previous?.date ? `${previous.number} от ${shortDate(previous.date)}` : previous?.number ?? '',
          п_обеспечить: previousPerson ? '3' : '2',
          п_контроль: previousPerson ? '4' : '3',
          ознакомлен: acquaintedWord(named),
        },
        lists: { ознакомлены: acquaintedItems(named) },
      },
      pairCodes: [],
      notes: orderNotes(ctx),
      subject: curatorSubject(ctx),
    },
  };
}
