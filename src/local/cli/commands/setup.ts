import { requirePositional } from '../args';
import type { Command } from '../command';
import { describeSetup } from '../../../domain/bank/setup';
import { setUpWorkbook } from '../../bankWorkbook';
import { editBank } from '../../excel/bankSession';

export const setupCommand: Command = {
  name: 'setup',
  usage: 'setup FILE.xlsx',
  summary: '«Настроить банк» для книги: недостающие листы, коды новым строкам, недостающие настройки',
  args: {},
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: setup FILE.xlsx');
    const plan = await editBank(file, async (workbook, session) => {
      const setUp = setUpWorkbook(workbook, io.now());
      // Nothing to do, nothing written: the file keeps its date and bytes.
      if (setUp.log) await session.save();
      return setUp;
    }, { command: 'setup' });
    for (const line of describeSetup(plan)) io.out(line);
    return plan.problems.length ? 1 : 0;
  },
};
