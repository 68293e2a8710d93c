/**
 * The demo's last step: after its year the sample school sends its package to the municipal education authority, two
 * neighbouring schools send theirs (one with free mentors, one with young specialists it could not place), and the
 * municipal curator consolidates them: the register of mentors, the indicators, cross-school pairs, the report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { neighbourSchools } from '../../domain/demo/neighbours';
import { longDate } from '../../domain/documents/russian';
import { countOf } from '../../domain/language/plural';
import { expandPackagePaths } from '../municipal/packageFiles';
import { writeMunicipalReport } from '../municipal/report';
import { consolidatePackageFiles, exportPackage } from '../municipal/run';
import { sampleBankWorkbook } from './sampleBank';
import type { DemoStep } from './steps';

const DEMO_PARAMETERS = {
  territory: 'Светлогорском городском округе',
  authority: 'Управление образования администрации Светлогорского городского округа',
  curatorName: 'Шихабудинова Индира Камиловна',
  curatorPosition: 'Муниципальный куратор внедрения целевой модели наставничества',
};

/** A few days after the school's year-end orders, when the schools report to the authority. */
const reportDay = (yearEnd: Date) => new Date(yearEnd.getFullYear(), 5, 3, 10);

export const municipalStep: DemoStep = {
  title: ({ calendar }) => `Управление образования: сведения трёх школ, реестр наставников, межшкольные пары, аналитическая справка — ${longDate(reportDay(calendar.yearEnd))}`,
  async run({ bankPath, dir, calendar }) {
    const day = reportDay(calendar.yearEnd);
    const base = join(dir, 'municipal');
    const packages = join(base, 'Пакеты');
    const banks = join(base, 'Банки соседних школ');
    mkdirSync(packages, { recursive: true });
    mkdirSync(banks, { recursive: true });
    const lines: string[] = [];
    const own = await exportPackage(bankPath, join(packages, 'СОШ № 12.json'), day);
    lines.push(`Школа № 12 отправила пакет сведений: ${join(packages, 'СОШ № 12.json')} — наставников в реестре: ${own.package.mentors.length}, ` +
      `наставляемых без пары: ${own.package.unplaced.length} (только коды и потребности, без ФИО и email).`);
    const neighbours = neighbourSchools(calendar.pairing);
    for (const [file, school] of [['СОШ № 3', neighbours.withMentors], ['Гимназия № 2', neighbours.withMentees]] as const) {
      const bank = join(banks, `${file}.xlsx`);
      await sampleBankWorkbook(calendar.bank, school).workbook.xlsx.writeFile(bank);
      const built = await exportPackage(bank, join(packages, `${file}.json`), day);
      lines.push(`${built.package.school.shortName}: наставников в реестре — ${built.package.mentors.length} (свободных мест — ` +
        `${built.package.mentors.reduce((s, m) => s + m.freePlaces, 0)}), наставляемых без пары — ${built.package.unplaced.length}.`);
    }
    const mun = join(base, 'Сводка управления образования.xlsx');
    const run = await consolidatePackageFiles(expandPackagePaths([packages]), mun, day, DEMO_PARAMETERS);
    if (!run.ok) return [...lines, ...run.refused.map((r) => r.problem)];
    lines.push(`Сводка: ${mun} — листы «Школы», «Реестр наставников», «Показатели», «Межшкольные пары»; школ: ${run.consolidation.schools.length}.`);
    lines.push(`Межшкольные пары: ${countOf(run.cross.proposals.length, 'пара')} предложено, без наставника — ${run.cross.unmatched.length}; решает школа наставляемого.`);
    for (const p of run.cross.proposals) lines.push(`  ${p.menteeSchool}, ${p.mentee} → ${p.mentorName} (${p.mentorSchool}): ${p.score}`);
    const report = await writeMunicipalReport(run.workbook, base, join(base, 'Шаблоны'), day);
    lines.push(...report.files.map((f) => `Аналитическая справка: ${f}`), ...report.problems);
    lines.push(`Повторить: npm run -s cli -- municipal "${packages}" --out "${mun}" && npm run -s cli -- docs "${mun}" --kind municipal-report --out "${base}"`);
    return lines;
  },
};
