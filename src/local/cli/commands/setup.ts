import { requirePositional } from '../args';
import type { Command } from '../command';
import { describeSetup } from '../../../domain/bank/setup';
import { setUpWorkbook } from '../../bankWorkbook';
import { openWorkbook, saveWorkbook } from '../../excel/bankFile';

export const setupCommand: Command = {
  name: 'setup',
  usage: 'setup FILE.xlsx',
  summary: '«Настроить банк» для книги: недостающие листы, коды новым строкам, недостающие настройки',
  args: {},
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: setup FILE.xlsx');
    const workbook = await openWorkbook(file);
    const plan = setUpWorkbook(workbook, io.now());
    // Nothing to do, nothing written: the file keeps its date and bytes.
    if (plan.log) await saveWorkbook(workbook, file);
    for (const line of describeSetup(plan)) io.out(line);
    return plan.problems.length ? 1 : 0;
  },
};
