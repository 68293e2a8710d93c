/**
 * Приказ «О поощрении участников наставнической деятельности»: the participants of the pairs whose programme reached
 * the optimal level of the efficiency rubric (15–18 of 18) in the order's school year, thanked by name and position
 * in the dative: «Иванову Петру Сергеевичу, учителю математики, наставнику». A pair thanked by an earlier order is not
 * thanked again.
 */
import { curatorOf, type DocumentContext, type OrderRequisites } from '../context';
import { GOST_MARGINS, para, type DocumentLayout } from '../layout';
import type { Person } from '../../bank/model';
import { bankPerson, resolvePairs } from '../participants';
import { pairsCoveredBy, type OrderRecord } from '../register';
import { declensionNotes, genderOf, nameIn, positionIn } from '../russian';
import { isOptimal, pointsText, rubricOfSchoolYear } from '../scores';
import type { Item, TemplateSchema } from '../template';
import {
  academicYearOf, acquaintedItems, acquaintedList, acquaintedWord, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderNotes,
  orderSettingsProblems, orderTail, type NamedPerson,
} from './common';
import { nothingNew, type BuildOutcome } from '../build';
import type { OrderContent } from './pairs';

export const REWARD_ORDER_TITLE = 'О поощрении участников наставнической деятельности';

/** The fields of one thanked person, mentor or mentee. */
const THANKED_FIELDS = [
  { name: '№', description: 'порядковый номер' },
  { name: 'фио_дат', description: 'ФИО в дательном падеже: «Иванову Петру Сергеевичу»' },
  { name: 'фио', description: 'ФИО полностью' },
  { name: 'роль_дат', description: '«наставнику», «наставляемому», «наставляемой»' },
  { name: 'должность', description: 'должность' },
  { name: 'должность_дат', description: 'должность в дательном падеже: «учителю начальных классов»' },
  { name: 'пара', description: 'код пары' },
  { name: 'итог', description: 'оценка эффективности программы: «17 из 18 баллов»' },
  { name: 'знак', description: '«;» после всех строк, кроме последней, «.» после последней' },
];

export const rewardOrderSchema: TemplateSchema = {
  document: `Приказ «${REWARD_ORDER_TITLE}»`,
  fields: [
    ...orderFields,
    { name: 'п_сайт', description: 'номер пункта о размещении информации на сайте' },
    { name: 'п_контроль', description: 'номер пункта о контроле' },
  ],
  lists: [
    {
      name: 'поощряемые',
      description: 'абзац повторяется для каждого поощряемого наставника (благодарность за высокие результаты)',
      required: true,
      fields: THANKED_FIELDS,
    },
    {
      name: 'наставляемые',
      description: 'абзац повторяется для каждого поощряемого наставляемого (благодарность за активное участие)',
      required: false,
      fields: THANKED_FIELDS,
    },
    acquaintedList,
  ],
};

export function rewardOrderTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      ...orderHead(REWARD_ORDER_TITLE),
      orderItem('{{основание}}, по итогам оценки эффективности реализации персонализированных программ наставничества в {{учебный_год}} учебном году (оптимальный уровень — от 15 до 18 баллов из 18),'),
      ...orderCommand(),
      orderItem('1. Объявить благодарность за высокие результаты наставнической деятельности:'),
      orderItem('{{#поощряемые}}1.{{№}}. {{фио_дат}}, {{?должность_дат}}{{должность_дат}}, {{/должность_дат}}{{роль_дат}}{{знак}}'),
      para('{{?наставляемые}}'),
      orderItem('2. Объявить благодарность за активное участие в реализации программ наставничества:'),
      orderItem('{{#наставляемые}}2.{{№}}. {{фио_дат}}, {{?должность_дат}}{{должность_дат}}, {{/должность_дат}}{{роль_дат}}{{знак}}'),
      para('{{/наставляемые}}'),
      orderItem('{{п_сайт}}. Куратору {{куратор_дат_кратко}} разместить информацию о лучших практиках наставничества на официальном сайте {{организация_кратко}}.'),
      orderItem('{{п_контроль}}. Контроль за исполнением настоящего приказа оставляю за собой.', { keepWithNext: true }),
      ...orderTail(),
    ],
  };
}

function roleDative(role: 'наставник' | 'наставляемый', gender: 'м' | 'ж' | undefined): string {
  if (role === 'наставник') return 'наставнику';
  return gender === 'ж' ? 'наставляемой' : 'наставляемому';
}

export function rewardOrderData(ctx: DocumentContext, requisites: OrderRequisites, register: readonly OrderRecord[] = []): BuildOutcome<OrderContent> {
  const rubric = rubricOfSchoolYear(ctx.scores, requisites.date);
  const thanked = pairsCoveredBy(register, REWARD_ORDER_TITLE);
  const optimal = ctx.pairs.filter((p) => ['утверждена', 'действует', 'завершена'].includes(p.status) && isOptimal(rubric.get(p.code)?.level ?? ''));
  const best = optimal
    .filter((p) => !thanked.has(p.code))
    .sort((a, b) => (rubric.get(b.code)?.points ?? 0) - (rubric.get(a.code)?.points ?? 0) || a.code.localeCompare(b.code));
  if (best.length === 0) {
    return nothingNew(optimal.length > 0
      ? `Участники всех пар с оптимальным уровнем эффективности в ${academicYearOf(requisites.date)} учебном году уже поощрены (${optimal.map((p) => p.code).join(', ')} — лист «Приказы», столбец «Пары»): нового приказа о поощрении не нужно.`
      : `Ни одна пара не достигла оптимального уровня эффективности (15–18 баллов) в ${academicYearOf(requisites.date)} учебном году: поощрять по результатам пока некого. Проверьте, что оценка эффективности программ заполнена (лист «Результаты»).`);
  }
  const problems = orderSettingsProblems(ctx, true);
  // A person who has left since is still thanked for the work done.
  const resolved = resolvePairs(best, ctx, { allowLeft: true });
  if (!resolved.ok) problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems };
  const thankedMentors: Item[] = [];
  const thankedMentees: Item[] = [];
  const named: NamedPerson[] = [];
  const notes = orderNotes(ctx);
  const seen = new Set<string>();
  for (const p of resolved.value) {
    const result = pointsText(rubric.get(p.pair.code) as NonNullable<ReturnType<typeof rubric.get>>);
    const people: [Person, 'наставник' | 'наставляемый'][] = [[p.mentor, 'наставник'], ...p.mentees.map((m): [Person, 'наставляемый'] => [m, 'наставляемый'])];
    for (const [person, role] of people) {
      if (seen.has(person.code)) continue;
      seen.add(person.code);
      const gender = genderOf(person);
      const items = role === 'наставник' ? thankedMentors : thankedMentees;
      items.push({
        '№': String(items.length + 1),
        фио_дат: nameIn(person, 'дательный'),
        фио: person.fullName.trim(),
        роль_дат: roleDative(role, gender),
        должность: person.position,
        должность_дат: positionIn(person, 'дательный'),
        пара: p.pair.code,
        итог: result,
        знак: ';',
      });
      named.push(person);
      notes.push(...declensionNotes(bankPerson(person)));
    }
  }
  for (const items of [thankedMentors, thankedMentees]) if (items.length > 0) items[items.length - 1].знак = '.';
  named.push(curatorOf(ctx.settings));
  const menteesItem = thankedMentees.length > 0;
  return {
    ok: true,
    value: {
      data: {
        fields: { ...orderFieldValues(ctx, requisites), п_сайт: menteesItem ? '3' : '2', п_контроль: menteesItem ? '4' : '3', ознакомлен: acquaintedWord(named) },
        lists: { поощряемые: thankedMentors, наставляемые: thankedMentees, ознакомлены: acquaintedItems(named) },
      },
      pairCodes: resolved.value.map((p) => p.pair.code),
      notes,
    },
  };
}
