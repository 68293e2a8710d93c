import { existsSync } from 'node:fs';
import { UsageError, requireOption } from '../args';
import type { Command } from '../command';
import { newBankWorkbook } from '../../bankWorkbook';
import { saveBank, withBank } from '../../excel/bankSession';

export const initCommand: Command = {
  name: 'init',
  usage: 'init --out FILE.xlsx',
  summary: 'создать пустой банк: листы, заголовки, выпадающие списки и настройки по умолчанию',
  args: { options: ['out'] },
  async run(args, io) {
    const out = requireOption(args, 'out', 'файл для нового банка');
    if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('файл банка должен иметь расширение .xlsx');
    if (existsSync(out)) throw new UsageError(`файл «${out}» уже существует; он не будет перезаписан`);
    await withBank(out, { command: 'init' }, () => saveBank(newBankWorkbook(io.now()), out, { overwrite: false }));
    io.out(`Создан пустой банк: ${out}`);
    return 0;
  },
};
