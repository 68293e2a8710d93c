/**
 * Приказ «О поощрении участников наставнической деятельности»: the participants of the pairs whose programme reached
 * the optimal level of the efficiency rubric (15–18 of 18), thanked by name in the dative: «Иванову Петру Сергеевичу».
 */
import type { DocumentContext, OrderRequisites } from '../context';
import { GOST_MARGINS, type DocumentLayout } from '../layout';
import { resolvePairs } from '../participants';
import { isOptimal, latestRubricByPair, pointsText } from '../scores';
import { genderOf, nameIn } from '../russian';
import type { Item, TemplateSchema } from '../template';
import {
  acquaintedItems, acquaintedList, orderCommand, orderFields, orderFieldValues, orderHead, orderItem, orderSettingsProblems, orderTail,
  type NamedPerson,
} from './common';
import type { OrderContent } from './pairs';

export const REWARD_ORDER_TITLE = 'О поощрении участников наставнической деятельности';

export const rewardOrderSchema: TemplateSchema = {
  document: `Приказ «${REWARD_ORDER_TITLE}»`,
  fields: orderFields,
  lists: [
    {
      name: 'поощряемые',
      description: 'абзац повторяется для каждого поощряемого',
      required: true,
      fields: [
        { name: '№', description: 'порядковый номер' },
        { name: 'фио_дат', description: 'ФИО в дательном падеже: «Иванову Петру Сергеевичу»' },
        { name: 'фио', description: 'ФИО полностью' },
        { name: 'роль_дат', description: '«наставнику», «наставляемому», «наставляемой»' },
        { name: 'должность', description: 'должность' },
        { name: 'пара', description: 'код пары' },
        { name: 'итог', description: 'оценка эффективности программы: «17 из 18 баллов»' },
        { name: 'знак', description: '«;» после всех строк, кроме последней, «.» после последней' },
      ],
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
      orderItem('{{#поощряемые}}1.{{№}}. {{фио_дат}}, {{роль_дат}} ({{должность}}){{знак}}'),
      orderItem('2. Куратору {{куратор_дат_кратко}} разместить информацию о лучших практиках наставничества на официальном сайте {{организация_кратко}}.'),
      orderItem('3. Контроль за исполнением настоящего приказа оставляю за собой.'),
      ...orderTail(),
    ],
  };
}

function roleDative(role: 'наставник' | 'наставляемый', gender: 'м' | 'ж' | undefined): string {
  if (role === 'наставник') return 'наставнику';
  return gender === 'ж' ? 'наставляемой' : 'наставляемому';
}

export function rewardOrderData(ctx: DocumentContext, requisites: OrderRequisites): { ok: true; value: OrderContent } | { ok: false; problems: string[] } {
  const problems = orderSettingsProblems(ctx, true);
  const rubric = latestRubricByPair(ctx.scores);
  const best = ctx.pairs
    .filter((p) => ['утверждена', 'действует', 'завершена'].includes(p.status) && isOptimal(rubric.get(p.code)?.level ?? ''))
    .sort((a, b) => (rubric.get(b.code)?.points ?? 0) - (rubric.get(a.code)?.points ?? 0) || a.code.localeCompare(b.code));
  if (best.length === 0) {
    problems.push('Ни одна пара не достигла оптимального уровня эффективности (15–18 баллов): поощрять по результатам пока некого. Проверьте, что оценка эффективности программ заполнена (лист «Результаты»).');
  }
  // A person who has left since is still thanked for the work done.
  const resolved = resolvePairs(best, ctx, { allowLeft: true });
  if (!resolved.ok) problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems };
  const items: Item[] = [];
  const named: NamedPerson[] = [];
  const seen = new Set<string>();
  for (const p of resolved.value) {
    const result = pointsText(rubric.get(p.pair.code) as NonNullable<ReturnType<typeof rubric.get>>);
    const people: [NamedPerson & { code: string }, 'наставник' | 'наставляемый'][] = [[p.mentor, 'наставник'], ...p.mentees.map((m) => [m, 'наставляемый'] as [typeof m, 'наставляемый'])];
    for (const [person, role] of people) {
      if (seen.has(person.code)) continue;
      seen.add(person.code);
      const gender = genderOf(person);
      items.push({
        '№': String(items.length + 1),
        фио_дат: nameIn(person, 'дательный'),
        фио: person.fullName.trim(),
        роль_дат: roleDative(role, gender),
        должность: person.position,
        пара: p.pair.code,
        итог: result,
        знак: ';',
      });
      named.push(person);
    }
  }
  items[items.length - 1].знак = '.';
  named.push({ fullName: ctx.settings.curatorName, position: ctx.settings.curatorPosition });
  return {
    ok: true,
    value: { data: { fields: orderFieldValues(ctx, requisites), lists: { поощряемые: items, ознакомлены: acquaintedItems(named) } }, pairCodes: resolved.value.map((p) => p.pair.code) },
  };
}
