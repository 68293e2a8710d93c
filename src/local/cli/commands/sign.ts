import { requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { openWorkbook, saveWorkbook } from '../../excel/bankFile';
import { signOrderInWorkbook, signingChangedNothing, signingLines } from '../../documents/signing';

export const signCommand: Command = {
  name: 'sign',
  usage: 'sign FILE.xlsx --order НОМЕР',
  summary: 'директор подписал приказ: «подписан» в «Приказы», пары этого приказа — «утверждена»',
  args: { options: ['order'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: sign FILE.xlsx --order 12-од');
    const query = requireOption(args, 'order', 'номер приказа из листа «Приказы»');
    const workbook = await openWorkbook(file);
    const result = signOrderInWorkbook(workbook, query, io.now());
    if (!result.ok) {
      io.err(`Ошибка: ${result.problem}`);
      return 2;
    }
    const nothing = signingChangedNothing(result.plan);
    if (!nothing) await saveWorkbook(workbook, file);
    for (const line of signingLines(result.plan)) io.out(line);
    return nothing ? 1 : 0;
  },
};
