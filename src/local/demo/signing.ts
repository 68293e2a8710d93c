/** The demo's signing: the director signs the orders of the start of the year, and the pairs order approves its pairs. */
import { SHEET } from '../../domain/bank/schema';
import { orderLabel, isSigned } from '../../domain/documents/signing';
import { readOrderRegister } from '../../domain/documents/sheets';
import { longDate } from '../../domain/documents/russian';
import { openWorkbook, readWorkbookTables, saveWorkbook } from '../excel/bankFile';
import { signOrderInWorkbook, signingLines } from '../documents/signing';
import type { DemoStep } from './steps';

export const signingStep: DemoStep = {
  title: ({ calendar }) => `Директор подписал приказы: пары утверждены — ${longDate(calendar.signing)}`,
  async run({ bankPath, calendar }) {
    const workbook = await openWorkbook(bankPath);
    const drafts = readOrderRegister(readWorkbookTables(workbook, [SHEET.orders])[SHEET.orders]).filter((order) => !isSigned(order));
    const lines: string[] = [];
    for (const order of drafts) {
      const result = signOrderInWorkbook(workbook, orderLabel(order), calendar.signing);
      lines.push(...(result.ok ? signingLines(result.plan) : [`Не подписан — ${result.problem}`]));
    }
    await saveWorkbook(workbook, bankPath);
    const last = drafts[drafts.length - 1];
    if (last) lines.push(`То же командой: npm run -s cli -- sign ${bankPath} --order "${orderLabel(last)}" (в Google Таблице — «подписан» в столбце «Статус» листа «Приказы»).`);
    return lines;
  },
};
