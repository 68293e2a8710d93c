import { requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { exportPackage } from '../../municipal/run';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE.xlsx --out PACKAGE.json',
  summary: 'пакет сведений для управления образования: наставники, показатели, приказы и потребности наставляемых без пары (только коды, без ФИО и email)',
  args: { options: ['out'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: export FILE.xlsx --out PACKAGE.json');
    const out = requireOption(args, 'out', 'файл пакета');
    const { package: pkg, warnings } = await exportPackage(file, out, io.now());
    for (const warning of warnings) io.err(`Внимание: ${warning}`);
    io.out(`Пакет сведений записан: ${out}`);
    io.out(`${pkg.school.shortName || pkg.school.fullName}: наставников в реестре — ${pkg.mentors.length} ` +
      `(свободных мест — ${pkg.mentors.reduce((s, m) => s + m.freePlaces, 0)}), пар (групп) — ${pkg.figures.pairs}, ` +
      `наставляемых без пары — ${pkg.unplaced.length} (только коды и потребности, без ФИО и email).`);
    return 0;
  },
};
