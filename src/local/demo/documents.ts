/** The demo's document steps: the orders of the start of the year, the programmes, and everything made at its end. */
import { SHEET } from '../../domain/bank/schema';
import { yearEndPlan } from '../../domain/demo/pairEnds';
import { REPORT_TITLE } from '../../domain/documents/report/report';
import { longDate } from '../../domain/documents/russian';
import { countOf } from '../../domain/language/plural';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { applyColumnWrite } from '../excel/write';
import { orderLabel } from '../../domain/documents/signing';
import { demoDocuments, firstRewardLine } from '../documents/demo';
import type { DemoStep } from './steps';
import { shellQuote } from '../cli/quote';
import { saveBank } from '../excel/bankSession';
import { DEMO_SAVE } from './save';

export const startOrdersStep: DemoStep = {
  title: ({ calendar }) => `Приказы начала года: о назначении куратора и о закреплении пар (DOCX) — ${longDate(calendar.startOrders)}`,
  async run({ bankPath, dir, calendar }) {
    const { lines } = await demoDocuments(bankPath, dir, ['order-curator', 'order-pairs'], calendar.startOrders);
    return [...lines, 'Приказы ушли директору на подпись. То же без демо: npm run -s cli -- docs … --kind order-pairs'];
  },
};

export const agreementsStep: DemoStep = {
  title: ({ calendar }) => `Согласия наставников и дополнительные соглашения к трудовым договорам (ст. 351.8 ТК РФ, DOCX) — ${longDate(calendar.signing)}`,
  async run({ bankPath, dir, calendar }) {
    const { lines } = await demoDocuments(bankPath, dir, ['agreements'], calendar.signing);
    return [
      ...lines,
      'В соглашении: наставляемые, форма и вид, срок с даты приказа о закреплении, содержание работы (программа), доплата из «Настроек», досрочное прекращение с письменным предупреждением за три рабочих дня.',
      'То же без демо: npm run -s cli -- docs … --kind agreements (в Google Таблице — «Наставничество → Соглашения с наставниками (ст. 351.8 ТК РФ)»).',
    ];
  },
};

export const programmesStep: DemoStep = {
  title: ({ calendar }) => `Персонализированные программы наставничества (DOCX) — ${longDate(calendar.programmes)}`,
  async run({ bankPath, dir, calendar }) {
    const { lines } = await demoDocuments(bankPath, dir, ['programmes'], calendar.programmes);
    return [...lines, 'В каждой: участники, форма и вид, срок, цель и задачи, дефициты, план встреч с датами, ожидаемые результаты, подписи.'];
  },
};

export const yearEndStep: DemoStep = {
  title: ({ calendar }) => `Конец учебного года: программы завершены; приказы о поощрении и о завершении, аналитическая справка, сводка для управления образования — ${longDate(calendar.yearEnd)}`,
  async run({ bankPath, dir, calendar }) {
    const lines: string[] = [];
    const workbook = await openWorkbook(bankPath);
    const plan = yearEndPlan(readWorkbookTables(workbook, [SHEET.pairs, SHEET.vocabularies, SHEET.mentors, SHEET.mentees]));
    if (plan.ok) {
      for (const write of plan.writes) applyColumnWrite(workbook, write);
      await saveBank(workbook, bankPath, DEMO_SAVE);
      lines.push(`Куратор отметил в «Пары»: ${countOf(plan.pairs.length, 'пара')} — «завершена» (план выполнен).`);
    } else {
      lines.push(plan.problem);
    }
    const made = await demoDocuments(bankPath, dir, ['order-reward', 'order-completion', 'report', 'summary'], calendar.yearEnd);
    lines.push(...made.lines);
    if (made.run.files.some((f) => f.includes(REPORT_TITLE))) lines.push('В аналитической справке — таблицы и две диаграммы: входная и итоговая диагностика по парам (группам), пары по уровням эффективности.');
    const reward = await firstRewardLine(made.run);
    if (reward) lines.push(`Из приказа о поощрении: «${reward}»`);
    if (made.run.orders.length > 0) {
      lines.push(`Номера приказов начинаются заново с 1 января: приказы мая — № ${made.run.orders.map((o) => o.record.number).join(', № ')} ${calendar.yearEnd.getFullYear()} года.`);
      const last = made.run.orders[made.run.orders.length - 1].record;
      lines.push(`Когда директор подпишет приказ о завершении: npm run -s cli -- sign ${shellQuote(bankPath)} --order "${orderLabel(last)}"`);
    }
    return lines;
  },
};
