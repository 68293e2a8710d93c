/** Персонализированная программа наставничества for one pair (group): participants, form, goal, deficits, plan, results. */
import type { Mentee } from '../../bank/model';
import { curatorOf, directorOf, organisationFields, type DocumentContext } from '../context';
import { cell, empty, grid, GOST_MARGINS, para, text, type DocumentLayout } from '../layout';
import { resolvePair } from '../participants';
import { orderSettingsProblems, academicYearOf, formText } from '../orders/common';
import { RUBRIC_CRITERIA } from '../../questionnaires/catalog/efficiency-rubric';
import { count, genderOf, longDate, shortDate, signatureName } from '../russian';
import type { Item, TemplateData, TemplateSchema } from '../template';
import { goalFor, workOnDeficit } from './activities';
import { fixedPeriod, periodProblem, planStart } from './period';
import { programmePlan } from './plan';
import { schoolFields } from '../schoolFields';

export const PROGRAMME_TITLE = 'Персонализированная программа наставничества';

export const programmeSchema: TemplateSchema = {
  document: PROGRAMME_TITLE,
  fields: [
    ...schoolFields('организация', 'организация_кратко', 'руководитель_должность', 'руководитель_подпись', 'куратор_должность', 'куратор_подпись', 'учебный_год'),
    { name: 'код_пары', description: 'код пары (группы)' },
    { name: 'пара_группа', description: '«Наставническая пара» или «Наставническая группа»' },
    { name: 'наставник_фио', description: 'ФИО наставника' },
    { name: 'наставник_должность', description: 'должность наставника' },
    { name: 'наставляемые_фио', description: 'ФИО наставляемых через запятую' },
    { name: 'форма', description: 'форма наставничества' },
    { name: 'вид', description: 'вид наставничества' },
    { name: 'начало', description: 'начало: «16 ноября 2022 г.»' },
    { name: 'окончание', description: 'окончание: «31 мая 2023 г.»' },
    { name: 'цель', description: 'цель программы (по категории наставляемого)' },
    { name: 'наставляемого', description: '«наставляемого», «наставляемой» или «наставляемых» (группа)' },
  ],
  lists: [
    { name: 'участники', description: 'таблица участников', required: false, fields: [
      { name: 'роль', description: '«Наставник», «Наставляемый», «Наставляемая»' }, { name: 'фио', description: 'ФИО' },
      { name: 'должность', description: 'должность' }, { name: 'стаж', description: 'педагогический стаж: «12 лет»' }] },
    { name: 'задачи', description: 'абзац на каждую задачу', required: false, fields: [{ name: 'задача', description: 'задача' }, { name: 'знак', description: '«;» или «.» в конце' }] },
    { name: 'дефициты', description: 'абзац на каждый дефицит (запрос)', required: false, fields: [{ name: '№', description: 'номер' }, { name: 'дефицит', description: 'дефицит' }, { name: 'кто', description: 'чей запрос (для групп)' }] },
    { name: 'план', description: 'строка плана мероприятий', required: true, fields: [
      { name: '№', description: 'номер' }, { name: 'мероприятие', description: 'мероприятие' }, { name: 'срок', description: 'дата: «21.11.2022»' },
      { name: 'ответственный', description: 'ответственный' }] },
    { name: 'результаты', description: 'абзац на каждый ожидаемый результат', required: false, fields: [{ name: 'результат', description: 'результат' }, { name: 'знак', description: '«;» или «.» в конце' }] },
    { name: 'сильные_стороны', description: 'абзац на каждую сильную сторону наставляемого («Наставляемые» → «Сильные стороны»)', required: false, fields: [
      { name: '№', description: 'номер' }, { name: 'сторона', description: 'сильная сторона, с прописной буквы' }, { name: 'кто', description: 'чья (для групп)' }] },
    { name: 'показатели', description: 'строка таблицы оценки эффективности: 9 показателей, 0–2 балла', required: false, fields: [
      { name: '№', description: 'номер' }, { name: 'показатель', description: 'показатель эффективности' }] },
    { name: 'подписи', description: 'строка подписи участника', required: false, fields: [{ name: 'роль', description: 'роль' }, { name: 'фио', description: '«И.И. Петров»' }] },
  ],
};

const heading = (content: string) => para(content, { bold: true, spaceBefore: 12, spaceAfter: 6, keepWithNext: true });

export function programmeTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 12,
    blocks: [
      grid([90, 90], [[
        cell([para('СОГЛАСОВАНО'), para('Куратор программ наставничества'), para('____________ {{куратор_подпись}}'), para('«___» ____________ 20___ г.')]),
        cell([para('УТВЕРЖДАЮ'), para('{{руководитель_должность}} {{организация_кратко}}'), para('____________ {{руководитель_подпись}}'), para('«___» ____________ 20___ г.')]),
      ]], { borders: false }),
      empty(),
      para('ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА', { align: 'center', bold: true, size: 14 }),
      para('педагогических работников {{организация_кратко}}', { align: 'center', size: 14 }),
      para('на период с {{начало}} по {{окончание}}', { align: 'center' }),
      para('{{пара_группа}} {{код_пары}}', { align: 'center', spaceAfter: 6 }),
      heading('1. Участники программы'),
      grid([40, 60, 55, 25], [
        [cell('Роль', { header: true }), cell('ФИО', { header: true }), cell('Должность', { header: true }), cell('Стаж', { header: true })],
        [cell('{{#участники}}{{роль}}'), cell('{{фио}}'), cell('{{должность}}'), cell('{{стаж}}', { align: 'center' })],
      ], { headerRows: 1, size: 11 }),
      heading('2. Форма, вид и срок наставничества'),
      text([{ text: 'Форма наставничества: ', bold: true }, { text: '{{форма}}.' }]),
      text([{ text: 'Вид наставничества: ', bold: true }, { text: '{{вид}}.' }]),
      text([{ text: 'Срок реализации: ', bold: true }, { text: 'с {{начало}} по {{окончание}}' }]),
      heading('3. Цель и задачи программы'),
      text([{ text: 'Цель: ', bold: true }, { text: '{{цель}}.' }]),
      text([{ text: 'Задачи:', bold: true }]),
      text('{{#задачи}}– {{задача}}{{знак}}'),
      heading('4. Профессиональные дефициты (запросы), на устранение которых направлена программа'),
      text('{{#дефициты}}{{№}}. {{дефицит}}{{кто}}.'),
      heading('5. Сильные стороны {{наставляемого}}, на поддержку которых направлена программа'),
      text('{{#сильные_стороны}}{{№}}. {{сторона}}{{кто}}.'),
      heading('6. План мероприятий'),
      grid([10, 80, 24, 34, 32], [
        [cell('№', { header: true }), cell('Мероприятие', { header: true }), cell('Срок', { header: true }), cell('Ответственный', { header: true }), cell('Отметка о выполнении', { header: true })],
        [cell('{{#план}}{{№}}', { align: 'center' }), cell('{{мероприятие}}'), cell('{{срок}}', { align: 'center' }), cell('{{ответственный}}'), cell('')],
      ], { headerRows: 1, size: 11 }),
      heading('7. Ожидаемые результаты'),
      text('{{#результаты}}– {{результат}}{{знак}}'),
      heading('8. Оценка эффективности программы'),
      text('Эффективность программы оценивает куратор (эксперт) по её завершении по показателям, приведённым ниже. Каждый показатель оценивается в 2 балла (проявляется в полной мере), 1 балл (частично проявляется) или 0 баллов (не проявляется). Уровень эффективности: 15–18 баллов — оптимальный, 9–14 баллов — допустимый, 0–8 баллов — недопустимый.', { keepWithNext: true }),
      grid([10, 140, 30], [
        [cell('№', { header: true }), cell('Показатель эффективности', { header: true }), cell('Баллы (0–2)', { header: true })],
        [cell('{{#показатели}}{{№}}', { align: 'center' }), cell('{{показатель}}'), cell('')],
        [cell(''), cell('Итого (уровень эффективности)', { bold: true }), cell('')],
      ], { headerRows: 1, size: 11 }),
      // The signatures stay together with their heading: one signature alone on a page would be signed by nobody.
      heading('9. Подписи участников'),
      grid([60, 60, 60], [[
        cell([para('{{#подписи}}{{роль}}', { spaceBefore: 12, keepWithNext: true })]),
        cell([para('_______________', { align: 'center', spaceBefore: 12, keepWithNext: true })]),
        cell([para('{{фио}}', { align: 'right', spaceBefore: 12, keepWithNext: true })]),
      ]], { borders: false, keepWithNext: true }),
    ],
  };
}

/** A numbered item starts with a capital letter: «1. Организация урока…». */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function roleOf(mentee: Mentee): string {
  return genderOf(mentee) === 'ж' ? 'Наставляемая' : 'Наставляемый';
}

function withEnding<T extends Record<string, string>>(items: T[]): (T & { знак: string })[] {
  return items.map((item, i) => ({ ...item, знак: i === items.length - 1 ? '.' : ';' }));
}

/** The deficits of all mentees, each once; for a group the names of those who asked are added. */
function deficitsOf(mentees: readonly Mentee[]): { deficit: string; who: string[] }[] {
  const found: { deficit: string; who: string[] }[] = [];
  for (const mentee of mentees) {
    for (const raw of mentee.deficits) {
      const deficit = raw.trim();
      if (!deficit) continue;
      const known = found.find((d) => d.deficit.toLowerCase() === deficit.toLowerCase());
      if (known) known.who.push(signatureName(mentee));
      else found.push({ deficit, who: [signatureName(mentee)] });
    }
  }
  return found;
}

export interface ProgrammeContent {
  data: TemplateData;
  /** «Программа П-001 (И.И. Петров)»: the document's name in Drive and the DOCX file name. */
  name: string;
}

export function programmeData(ctx: DocumentContext, pairCode: string): { ok: true; value: ProgrammeContent } | { ok: false; problems: string[] } {
  const problems = orderSettingsProblems(ctx, true, 'programme');
  const pair = ctx.pairs.find((p) => p.code === pairCode);
  if (!pair) return { ok: false, problems: [...problems, `Пары с кодом «${pairCode}» нет на листе «Пары».`] };
  const resolved = resolvePair(pair, ctx, { allowLeft: false });
  if (!resolved.ok) problems.push(...resolved.problems);
  const period = periodProblem(pair, ctx.today);
  if (period && pair.status === 'предложена') problems.push(period);
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems };
  const { mentor, mentees } = resolved.value;
  const { settings } = ctx;
  const { start, end } = fixedPeriod(pair, ctx.today);
  const deficits = deficitsOf(mentees);
  const strengths = deficitsOf(mentees.map((m) => ({ ...m, deficits: m.strengths ?? [] })));
  const group = mentees.length > 1;
  const sharing = (category: string) => mentees.filter((m) => goalFor(m.category) === goalFor(category)).length > 1;
  const goals = [...new Set(mentees.map((m) => goalFor(m.category, sharing(m.category))))];
  // A newcomer's «0 лет» reads as a typo in a signed document.
  const years = (n: number) => (n === 0 ? 'менее года' : count(n, ['год', 'года', 'лет']));
  const menteeNames = mentees.map((m) => m.fullName.trim());
  const fields: Record<string, string> = {
    ...organisationFields(settings),
    руководитель_должность: settings.directorPosition,
    руководитель_подпись: signatureName(directorOf(settings)),
    куратор_должность: settings.curatorPosition,
    куратор_подпись: signatureName(curatorOf(settings)),
    учебный_год: settings.academicYear.trim() || academicYearOf(start),
    код_пары: pair.code,
    пара_группа: group ? 'Наставническая группа' : 'Наставническая пара',
    наставник_фио: mentor.fullName.trim(),
    наставник_должность: mentor.position,
    наставляемые_фио: menteeNames.join(', '),
    форма: formText(pair.form),
    вид: pair.kind,
    начало: longDate(start),
    окончание: longDate(end),
    цель: goals.join('; '),
  };
  const deficitWork = deficits.map((d) => workOnDeficit(d.deficit));
  const whose = group ? 'наставляемых' : genderOf(mentees[0]) === 'ж' ? 'наставляемой' : 'наставляемого';
  fields.наставляемого = whose;
  const tasks = [
    ...(deficitWork.length > 0 ? deficitWork.map((w) => w.task) : ['выявить профессиональные затруднения и спланировать работу по их преодолению']),
    strengths.length > 0
      ? `поддержать сильные стороны ${whose} (${strengths.map((d) => d.deficit.toLowerCase()).join('; ')}) и опираться на них в работе`
      : `выявить сильные стороны ${whose} и опираться на них в работе`,
  ];
  const results = [
    ...new Set(deficitWork.map((w) => w.result)),
    'положительная динамика результатов итоговой диагностики по сравнению с входной',
    `удовлетворённость участников работой в наставнической ${group ? 'группе' : 'паре'}`,
  ];
  const plan = programmePlan(planStart(pair, start, end, ctx.today), end, deficits.map((d) => d.deficit), { group, feminine: roleOf(mentees[0]) === 'Наставляемая' });
  const lists: Record<string, Item[]> = {
    участники: [
      { роль: 'Наставник', фио: mentor.fullName.trim(), должность: mentor.position, стаж: years(mentor.experienceYears) },
      ...mentees.map((m) => ({ роль: roleOf(m), фио: m.fullName.trim(), должность: m.position, стаж: years(m.experienceYears) })),
    ],
    задачи: withEnding(tasks.map((задача) => ({ задача }))),
    дефициты: deficits.length > 0
      ? deficits.map((d, i) => ({ '№': String(i + 1), дефицит: capitalized(d.deficit), кто: group ? ` (${d.who.join(', ')})` : '' }))
      : [{ '№': '1', дефицит: 'запрос уточняется на встрече-планировании по итогам входной диагностики', кто: '' }],
    сильные_стороны: strengths.length > 0
      ? strengths.map((d, i) => ({ '№': String(i + 1), сторона: capitalized(d.deficit), кто: group ? ` (${d.who.join(', ')})` : '' }))
      : [{ '№': '1', сторона: 'Уточняются на встрече-знакомстве и по итогам входной диагностики', кто: '' }],
    показатели: RUBRIC_CRITERIA.flatMap((c) => c.indicators).map((показатель, i) => ({ '№': String(i + 1), показатель })),
    план: plan.map((entry, i) => ({ '№': String(i + 1), мероприятие: entry.activity, срок: shortDate(entry.date), ответственный: entry.responsible })),
    результаты: withEnding(results.map((результат) => ({ результат }))),
    подписи: [
      { роль: 'Наставник', фио: signatureName(mentor) },
      ...mentees.map((m) => ({ роль: roleOf(m), фио: signatureName(m) })),
    ],
  };
  const name = `Программа ${pair.code} (${mentees.map((m) => signatureName(m)).join(', ')})`.replace(/\u00a0/g, ' ');
  return { ok: true, value: { data: { fields, lists }, name } };
}
