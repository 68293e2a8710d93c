import { requireOption, UsageError } from '../args';
import type { Command } from '../command';
import type { CrossSchoolResult } from '../../../domain/municipal/crossSchool';
import type { Consolidation } from '../../../domain/municipal/consolidate';
import { expandPackagePaths } from '../../municipal/packageFiles';
import { consolidatePackageFiles } from '../../municipal/run';

/** The machine-readable summary issue 13 specifies, with the replacements and the mentees left without a mentor. */
export function municipalJson(c: Consolidation, cross: CrossSchoolResult): string {
  const figures = c.schools.map((s) => s.package.figures);
  const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((n, f) => n + pick(f), 0);
  return JSON.stringify({
    schools: c.schools.length,
    mentors: c.schools.reduce((n, s) => n + s.package.mentors.length, 0),
    pairs: sum((f) => f.pairs),
    youngSpecialists: { total: sum((f) => f.youngTotal), placed: sum((f) => f.youngCovered) },
    crossSchool: cross.proposals.map((p) => ({
      mentee: p.mentee, menteeSchool: p.menteeSchool, mentor: p.mentor, mentorName: p.mentorName, mentorSchool: p.mentorSchool, score: p.score, reasons: p.reasons,
    })),
    unmatched: cross.unmatched.map((u) => ({ mentee: u.mentee, menteeSchool: u.menteeSchool, reason: u.reason })),
    replaced: c.replaced.map((r) => ({ school: r.school, older: r.older, newer: r.newer })),
  }, null, 2);
}

export const municipalCommand: Command = {
  name: 'municipal',
  usage: 'municipal PACKAGE.json… --out MUN.xlsx [--json]',
  summary: 'сводка управления образования из пакетов школ (файлов или папок): школы, реестр наставников, показатели, межшкольные пары',
  args: { options: ['out'], flags: ['json'] },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('укажите пакеты сведений школ (файлы .json или папку с ними)');
    const out = requireOption(args, 'out', 'файл сводки');
    const paths = expandPackagePaths(args.positionals);
    if (paths.length === 0) throw new UsageError(`в «${args.positionals.join('», «')}» нет файлов .json`);
    const run = await consolidatePackageFiles(paths, out, io.now());
    if (!run.ok) {
      for (const r of run.refused) io.err(`Ошибка: ${r.problem}`);
      io.err(`Сводка не составлена, ${out} не изменён: уберите из списка файлы, которые не являются пакетами сведений, или запросите их у школ заново.`);
      return 2;
    }
    const { consolidation, cross } = run;
    for (const r of consolidation.replaced) io.err(`Внимание: ${r.message}`);
    for (const s of consolidation.schools) {
      if (s.formerNames.length > 0) io.err(`Школа ${s.name} (код ${s.package.school.id}) прежде называлась «${s.formerNames.join('», «')}»: это одна школа.`);
    }
    if (args.flags.has('json')) {
      io.out(municipalJson(consolidation, cross));
      return 0;
    }
    const mentors = consolidation.schools.reduce((n, s) => n + s.package.mentors.length, 0);
    io.out(`Сводка записана: ${out}`);
    io.out(`Школ: ${consolidation.schools.length}; наставников в реестре: ${mentors}; наставников со свободными местами: ${cross.mentorsWithPlaces} (мест: ${cross.freePlaces}).`);
    io.out(`Межшкольные пары: предложено ${cross.proposals.length}, без наставника ${cross.unmatched.length} — лист «Межшкольные пары»; решение о паре принимает школа наставляемого.`);
    for (const p of cross.proposals) io.out(`  ${p.menteeSchool}, ${p.mentee} → ${p.mentorName} (${p.mentorSchool}, ${p.mentor}): ${p.score}`);
    return 0;
  },
};
