import { requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { editBank } from '../../excel/bankSession';
import { signOrderInWorkbook, signingChangedNothing, signingLines } from '../../documents/signing';

export const signCommand: Command = {
  name: 'sign',
  usage: 'sign FILE.xlsx --order НОМЕР',
  summary: 'директор подписал приказ: «подписан» в «Приказы», пары этого приказа — «утверждена»',
  args: { options: ['order'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: sign FILE.xlsx --order 12-од');
    const query = requireOption(args, 'order', 'номер приказа из листа «Приказы»');
    const result = await editBank(file, async (workbook, session) => {
      const signed = signOrderInWorkbook(workbook, query, io.now());
      if (signed.ok && !signingChangedNothing(signed.plan)) await session.save();
      return signed;
    }, { command: `sign --order ${query}` });
    if (!result.ok) {
      io.err(`Ошибка: ${result.problem}`);
      return 2;
    }
    const nothing = signingChangedNothing(result.plan);
    for (const line of signingLines(result.plan)) io.out(line);
    return nothing ? 1 : 0;
  },
};
