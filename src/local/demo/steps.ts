/**
 * The demo tells one school year of the sample school, step by step, on its calendar: the bank and the pairs in
 * September, the orders and their signing, the programmes, a pair that ends early, the year's monitoring, and the
 * year-end orders, report and municipal summary in May; in June, teachers hired for September wait for a pair, for the
 * curator to pair in the app. Each step says in a few Russian lines what it made.
 */
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { checkBank } from '../../domain/bank/validation';
import { issueCountText } from '../../domain/bank/issueText';
import { readBank } from '../../domain/bank/bank';
import type { SchoolYearCalendar } from '../../domain/demo/calendar';
import { longDate } from '../../domain/documents/russian';
import { readWorkbookTables } from '../excel/bankFile';
import { sampleBankWorkbook } from './sampleBank';
import { monitoringDemoStep } from '../monitoring/demo-step';
import { pairingDemoStep } from './pairing';
import { agreementsStep, programmesStep, startOrdersStep, yearEndStep } from './documents';
import { signingStep } from './signing';
import { earlyEndStep } from './pairEnds';
import { shellQuote } from '../cli/quote';
import { saveBank } from '../excel/bankSession';
import { DEMO_SAVE } from './save';
import { municipalStep } from './municipal';
import { newTeachersStep } from './newTeachers';

export interface DemoContext {
  dir: string;
  bankPath: string;
  /** The day the demo runs: it picks the school year told. */
  now: Date;
  calendar: SchoolYearCalendar;
  workbook: ExcelJS.Workbook;
}

export interface DemoStep {
  title(context: DemoContext): string;
  run(context: DemoContext): Promise<string[]>;
}

const bankStep: DemoStep = {
  title: ({ calendar }) => `Банк наставников и наставляемых — ${longDate(calendar.bank)}`,
  async run(context) {
    const { workbook, assignedCodes } = sampleBankWorkbook(context.calendar.bank);
    context.workbook = workbook;
    await saveBank(workbook, context.bankPath, DEMO_SAVE);
    const tables = readWorkbookTables(workbook);
    const bank = readBank(tables);
    const report = checkBank(tables);
    return [
      `${context.calendar.label}: демо проходит его по календарю школы — от банка и подбора пар в сентябре до итоговых приказов в мае.`,
      `Книга: ${context.bankPath}`,
      `Наставников: ${bank.mentors.length}, наставляемых: ${bank.mentees.length}; присвоены коды новым строкам: ${assignedCodes.join(', ')}.`,
      `Проверка банка: ${issueCountText(report.errors.length, report.warnings.length)}`,
      `Подробно: npm run -s cli -- check ${shellQuote(context.bankPath)}`,
    ];
  },
};

const pairingStep: DemoStep = {
  title: ({ calendar }) => `${pairingDemoStep.title} — ${longDate(calendar.pairing)}`,
  run: (context) => pairingDemoStep.run({ bankPath: context.bankPath, now: context.calendar.pairing }),
};

const monitoringStep: DemoStep = {
  title: ({ calendar }) => `${monitoringDemoStep.title} — с ${longDate(calendar.entryDiagnostics)} по ${longDate(calendar.rubric)}`,
  async run({ bankPath, calendar }) {
    const { entryDiagnostics, finalDiagnostics, satisfaction, rubric } = calendar;
    const lines = await monitoringDemoStep.run({
      bankPath,
      now: new Date(rubric.getFullYear(), rubric.getMonth(), rubric.getDate(), 18),
      dates: { entry: entryDiagnostics, final: finalDiagnostics, satisfaction, rubric },
    });
    return [
      `Входная диагностика — ${longDate(entryDiagnostics)}, итоговая — ${longDate(finalDiagnostics)}, удовлетворённость — ${longDate(satisfaction)}, оценка эффективности по парам — ${longDate(rubric)}`,
      ...lines,
    ];
  },
};

export const DEMO_STEPS: DemoStep[] = [bankStep, pairingStep, startOrdersStep, signingStep, agreementsStep, programmesStep, earlyEndStep, monitoringStep, yearEndStep, municipalStep, newTeachersStep];

export function bankPathIn(dir: string): string {
  return join(dir, 'bank.xlsx');
}
