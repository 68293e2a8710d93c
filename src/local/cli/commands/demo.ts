import { mkdirSync } from 'node:fs';
import { requireOption } from '../args';
import type { Command } from '../command';
import { schoolYearCalendar } from '../../../domain/demo/calendar';
import { DEMO_STEPS, type DemoContext, bankPathIn } from '../../demo/steps';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --out DIR',
  summary: 'создать пример школы в папке DIR и показать на нём все возможности',
  args: { options: ['out'] },
  async run(args, io) {
    const dir = requireOption(args, 'out', 'папку для примера');
    mkdirSync(dir, { recursive: true });
    const now = io.now();
    const context = { dir, bankPath: bankPathIn(dir), now, calendar: schoolYearCalendar(now) } as DemoContext;
    for (const [index, step] of DEMO_STEPS.entries()) {
      io.out(`${index + 1}. ${step.title(context)}`);
      for (const line of await step.run(context)) io.out(`   ${line}`);
    }
    io.out(`Готово. Откройте ${context.bankPath} в Excel или LibreOffice.`);
    return 0;
  },
};
