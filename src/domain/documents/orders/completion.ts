/**
 * Приказ «О завершении реализации персонализированных программ наставничества»: pairs that completed their programme
 * and pairs terminated early, with the reason (Положение, п. 7.1). Each part appears only when it has pairs, and the
 * items are numbered accordingly.
 */
import type { Pair } from '../../bank/model';
import { curatorOf, type DocumentContext, type OrderRequisites } from '../context';
import { cell, gap, grid, GOST_MARGINS, para, type DocumentLayout } from '../layout';
import { resolvePairs, type PairParticipants } from '../participants';
import { addDays, dayOnly, fixedPeriod } from '../programme/period';
import { initiativeOf, initiativeText, noticeDate } from '../agreements/termination';
import { pairsCoveredBy, type OrderRecord } from '../register';
import { pointsText, RUBRIC_LEVELS, rubricOfSchoolYear } from '../scores';
import { longDate, shortDate } from '../russian';
import type { Item, ListSpec, TemplateSchema } from '../template';
import {
  academicYearOf, acquaintedItems, acquaintedList, acquaintedWord, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderNotes,
  orderSettingsProblems, orderTail, type NamedPerson,
} from './common';
import { nothingNew, type BuildOutcome } from '../build';
import type { OrderContent } from './pairs';

export const COMPLETION_ORDER_TITLE = 'О завершении реализации персонализированных программ наставничества';

const pairFields = [
  { name: '№', description: 'порядковый номер' },
  { name: 'код', description: 'код пары' },
  { name: 'наставник', description: 'ФИО и должность наставника' },
  { name: 'наставляемые', description: 'ФИО и должности наставляемых, каждый с новой строки' },
  { name: 'срок', description: 'срок реализации программы: «16.11.2022 – 31.05.2023»' },
  { name: 'итог', description: 'оценка эффективности: «оптимальный уровень, 17 из 18 баллов» или «оценка не проводилась»' },
  { name: 'причина', description: 'причина завершения («Пары» → «Причина завершения»)' },
  { name: 'прекращена_с', description: 'дата досрочного прекращения: «12.02.2027»' },
  { name: 'основание_прекращения', description: 'причина, инициатива и письменное уведомление: «…; по инициативе работодателя, уведомление от 09.02.2027»' },
];

const completedList: ListSpec = { name: 'завершённые', description: 'пары, выполнившие программу', required: false, fields: pairFields };
const terminatedList: ListSpec = { name: 'прекращённые', description: 'пары, прекратившие программу досрочно', required: false, fields: pairFields };

export const completionOrderSchema: TemplateSchema = {
  document: `Приказ «${COMPLETION_ORDER_TITLE}»`,
  fields: [
    ...orderFields,
    { name: 'п_завершение', description: 'номер пункта о завершённых программах' },
    { name: 'п_прекращение', description: 'номер пункта о досрочно прекращённых программах' },
    { name: 'п_отчёт', description: 'номер пункта об отчётах наставников' },
    { name: 'п_контроль', description: 'номер пункта о контроле' },
    { name: 'основание_завершения', description: '«в связи с выполнением плана мероприятий в полном объёме», если все завершённые пары оценены не ниже допустимого уровня; иначе «в связи с окончанием срока реализации программ», если срок всех истёк к дате приказа, или «в связи с завершением мероприятий, предусмотренных планами программ»' },
    { name: 'срок_отчётов', description: 'срок отчётов наставников: дата приказа + 10 дней' },
  ],
  lists: [completedList, terminatedList, acquaintedList],
};

function pairsTable(list: string, last: string) {
  const stopped = last !== 'Оценка эффективности';
  return grid([8, 45, 45, 30, 52], [
    [cell('№', { header: true }), cell('Наставник (ФИО, должность)', { header: true }), cell('Наставляемые (ФИО, должность)', { header: true }),
      cell(stopped ? 'Прекращена с' : 'Срок реализации', { header: true }), cell(last, { header: true })],
    [cell(`{{#${list}}}{{№}}`, { align: 'center' }), cell('{{наставник}}'), cell('{{наставляемые}}'), cell(stopped ? '{{прекращена_с}}' : '{{срок}}', { align: 'center' }),
      cell(stopped ? '{{основание_прекращения}}' : '{{итог}}')],
  ], { headerRows: 1, size: 11 });
}

export function completionOrderTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      ...orderHead(COMPLETION_ORDER_TITLE),
      orderItem('{{основание}}, по итогам реализации персонализированных программ наставничества в {{учебный_год}} учебном году,'),
      ...orderCommand(),
      para('{{?завершённые}}'),
      orderItem('{{п_завершение}}. Считать завершённой реализацию персонализированных программ наставничества следующих наставнических пар (групп) {{основание_завершения}}:', { keepWithNext: true }),
      pairsTable('завершённые', 'Оценка эффективности'),
      gap(),
      para('{{/завершённые}}'),
      para('{{?прекращённые}}'),
      orderItem('{{п_прекращение}}. Считать досрочно прекращённой с указанной даты реализацию персонализированных программ наставничества и выполнение работы наставника следующих наставнических пар (групп) (статья 351.8 Трудового кодекса Российской Федерации):', { keepWithNext: true }),
      pairsTable('прекращённые', 'Причина, инициатива, уведомление'),
      gap(),
      para('{{/прекращённые}}'),
      orderItem('{{п_отчёт}}. Наставникам в срок до {{срок_отчётов}} представить куратору {{куратор_дат_кратко}} отчёты о реализации персонализированных программ наставничества.'),
      orderItem('{{п_контроль}}. Контроль за исполнением настоящего приказа оставляю за собой.', { keepWithNext: true }),
      ...orderTail(),
    ],
  };
}

/**
 * Why and how a pair stopped, as the order records it: the reason, whose initiative, and the written notice given three
 * working days before the stop (ст. 351.8 ТК РФ) — the notice the agreements document makes bears the same date.
 */
function stopGrounds(pair: Pair, orderDate: Date): string {
  const reason = (pair.endReason ?? '').trim();
  const stop = pair.end ?? orderDate;
  return `${reason}; ${initiativeText(initiativeOf(pair))}, письменное уведомление от ${shortDate(noticeDate(stop))}`;
}

/** An ended programme's dates as recorded; a missing end is the order's date, a missing start is left out. */
function endedPeriod(pair: Pair, orderDate: Date): string {
  const end = shortDate(pair.end ?? orderDate);
  return pair.start ? `${shortDate(fixedPeriod(pair, pair.start).start)} – ${end}` : `по ${end}`;
}

/**
 * Pairs whose programme ended in the school year of the order (or whose end date is not set), except those an earlier
 * completion order already lists («Пары» in «Приказы»).
 */
export function pairsToComplete(pairs: readonly Pair[], orderDate: Date, register: readonly OrderRecord[] = []): { completed: Pair[]; terminated: Pair[] } {
  const year = academicYearOf(orderDate);
  const covered = pairsCoveredBy(register, COMPLETION_ORDER_TITLE);
  const due = (p: Pair) => (!p.end || academicYearOf(p.end) === year) && !covered.has(p.code);
  return {
    completed: pairs.filter((p) => p.status === 'завершена' && due(p)),
    terminated: pairs.filter((p) => p.status === 'прекращена' && due(p)),
  };
}

export function completionOrderData(ctx: DocumentContext, requisites: OrderRequisites, register: readonly OrderRecord[] = []): BuildOutcome<OrderContent> {
  const { completed, terminated } = pairsToComplete(ctx.pairs, requisites.date, register);
  if (completed.length + terminated.length === 0) {
    const ended = pairsToComplete(ctx.pairs, requisites.date);
    return nothingNew(ended.completed.length + ended.terminated.length > 0
      ? `Все завершённые и прекращённые в этом учебном году пары уже есть в приказах о завершении (лист «Приказы», столбец «Пары»): нового приказа не нужно.`
      : 'На листе «Пары» нет пар со статусом «завершена» или «прекращена» в этом учебном году: приказ о завершении составлять не из чего.');
  }
  const problems = orderSettingsProblems(ctx, true);
  for (const p of terminated) {
    if (!(p.endReason ?? '').trim()) problems.push(`Пара ${p.code} (лист «Пары», строка ${p.ref.row}) прекращена, но не указана причина (столбец «Причина завершения»): в приказе она обязательна.`);
  }
  const done = resolvePairs(completed, ctx, { allowLeft: true });
  const stopped = resolvePairs(terminated, ctx, { allowLeft: true });
  if (!done.ok) problems.push(...done.problems);
  if (!stopped.ok) problems.push(...stopped.problems);
  if (problems.length > 0 || !done.ok || !stopped.ok) return { ok: false, problems };
  const rubric = rubricOfSchoolYear(ctx.scores, requisites.date);
  const line = (name: string, position: string) => (position.trim() ? `${name.trim()}, ${position.trim()}` : name.trim());
  const items = (list: PairParticipants[]): Item[] => list.map((p, i) => {
    const score = rubric.get(p.pair.code);
    return {
      '№': String(i + 1),
      код: p.pair.code,
      наставник: line(p.mentor.fullName, p.mentor.position),
      наставляемые: p.mentees.map((m) => line(m.fullName, m.position)).join('\n'),
      срок: endedPeriod(p.pair, requisites.date),
      итог: score ? `${score.level.toLowerCase()} уровень, ${pointsText(score)}` : 'оценка не проводилась',
      причина: (p.pair.endReason ?? '').trim(),
      прекращена_с: shortDate(p.pair.end ?? requisites.date),
      основание_прекращения: stopGrounds(p.pair, requisites.date),
    };
  });
  let item = 0;
  const next = (present: boolean) => (present ? String(++item) : '');
  const named: NamedPerson[] = [];
  for (const p of [...done.value, ...stopped.value]) named.push(p.mentor, ...p.mentees);
  named.push(curatorOf(ctx.settings));
  // The plan is «fully carried out» only where the rubric says so: not of a pair below the acceptable level, nor unassessed.
  const acceptable = RUBRIC_LEVELS.slice(0, 2).map((l) => l.label);
  const fulfilled = done.value.every((p) => acceptable.includes((rubric.get(p.pair.code)?.level ?? '').trim().toLowerCase()));
  // An order of 28 May cannot speak of terms that run to 31 May as over.
  const termsOver = done.value.every((p) => !p.pair.end || dayOnly(p.pair.end).getTime() <= dayOnly(requisites.date).getTime());
  return {
    ok: true,
    value: {
      data: {
        fields: {
          ...orderFieldValues(ctx, requisites),
          п_завершение: next(done.value.length > 0),
          п_прекращение: next(stopped.value.length > 0),
          п_отчёт: next(true),
          п_контроль: next(true),
          срок_отчётов: longDate(addDays(requisites.date, 10)),
          основание_завершения: fulfilled ? 'в связи с выполнением плана мероприятий в полном объёме'
            : termsOver ? 'в связи с окончанием срока реализации программ' : 'в связи с завершением мероприятий, предусмотренных планами программ',
          ознакомлен: acquaintedWord(named),
        },
        lists: { завершённые: items(done.value), прекращённые: items(stopped.value), ознакомлены: acquaintedItems(named) },
      },
      pairCodes: [...done.value, ...stopped.value].map((p) => p.pair.code),
      notes: orderNotes(ctx),
    },
  };
}
