import { existsSync, mkdirSync } from 'node:fs';
import { UsageError, requireOption } from '../args';
import type { Command } from '../command';
import { schoolYearCalendar } from '../../../domain/demo/calendar';
import { withBank } from '../../excel/bankSession';
import { KEEP_BACKUPS, keepBackup, pruneBackups } from '../../files/backups';
import { DEMO_STEPS, type DemoContext, bankPathIn } from '../../demo/steps';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --out DIR [--force]',
  summary: 'создать пример школы в папке DIR и показать на нём все возможности; --force — заменить банк примера, уже лежащий в DIR (прежний уйдёт в «Резервные копии»)',
  args: { options: ['out'], flags: ['force'] },
  async run(args, io) {
    const dir = requireOption(args, 'out', 'папку для примера');
    const bankPath = bankPathIn(dir);
    if (existsSync(bankPath) && !args.flags.has('force')) {
      throw new UsageError(`в папке «${dir}» уже есть банк «${bankPath}»; демо его не заменит. Укажите другую папку или добавьте --force (прежний банк сохранится в «Резервные копии»)`);
    }
    mkdirSync(dir, { recursive: true });
    const now = io.now();
    const context = { dir, bankPath, now, calendar: schoolYearCalendar(now) } as DemoContext;
    // The demo's steps each save the bank: the whole year is one writer.
    await withBank(bankPath, { command: 'demo' }, async () => {
      if (existsSync(bankPath)) {
        io.out(`Прежний банк сохранён: ${await keepBackup(bankPath, new Date())}`);
        await pruneBackups(bankPath, KEEP_BACKUPS);
      }
      for (const [index, step] of DEMO_STEPS.entries()) {
        io.out(`${index + 1}. ${step.title(context)}`);
        for (const line of await step.run(context)) io.out(`   ${line}`);
      }
    });
    io.out(`Готово. Откройте ${context.bankPath} в Excel или LibreOffice.`);
    return 0;
  },
};
