/**
 * The demo runs every capability the product has on the sample school, one step each. A capability adds its step
 * here; each step says in a few Russian lines what it made.
 */
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { checkBank } from '../../domain/bank/validation';
import { issueCountText } from '../../domain/bank/issueText';
import { readBank } from '../../domain/bank/bank';
import { readWorkbookTables } from '../excel/bankFile';
import { sampleBankWorkbook } from './sampleBank';
import { monitoringDemoStep } from '../monitoring/demo-step';
import { DOCUMENTS_DEMO_TITLE, demoDocuments } from '../documents/demo';
import { pairingDemoStep } from './pairing';

export interface DemoContext {
  dir: string;
  bankPath: string;
  now: Date;
  workbook: ExcelJS.Workbook;
}

export interface DemoStep {
  title: string;
  run(context: DemoContext): Promise<string[]>;
}

const bankStep: DemoStep = {
  title: 'Банк наставников и наставляемых',
  async run(context) {
    const { workbook, assignedCodes } = sampleBankWorkbook(context.now);
    context.workbook = workbook;
    await workbook.xlsx.writeFile(context.bankPath);
    const tables = readWorkbookTables(workbook);
    const bank = readBank(tables);
    const report = checkBank(tables);
    return [
      `Книга: ${context.bankPath}`,
      `Наставников: ${bank.mentors.length}, наставляемых: ${bank.mentees.length}; присвоены коды новым строкам: ${assignedCodes.join(', ')}.`,
      `Проверка банка: ${issueCountText(report.errors.length, report.warnings.length)}`,
      `Подробно: npm run -s cli -- check ${context.bankPath}`,
    ];
  },
};

const documentsStep: DemoStep = {
  title: DOCUMENTS_DEMO_TITLE,
  run: (context) => demoDocuments(context.bankPath, context.dir, context.now),
};

export const DEMO_STEPS: DemoStep[] = [bankStep, pairingDemoStep, monitoringDemoStep, documentsStep];

export function bankPathIn(dir: string): string {
  return join(dir, 'bank.xlsx');
}
