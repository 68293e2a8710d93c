/** A school's «Пакет сведений» made from its bank: the same figures as the school's own report, nothing personal of mentees. */
import type { BankTables } from '../bank/bank';
import { SETTING, settingText } from '../bank/settings';
import { monitoringFigures } from '../documents/report/figures';
import { documentsWorkbook } from '../documents/workbook';
import { academicYearOf, formatAcademicYear, formatIsoDate } from '../language/dates';
import { codeKey, prepareMatching } from '../matching/context';
import { normalizeTerm } from '../bank/vocabulary';
import { freePlaces, menteeViolations } from '../matching/hardRules';
import { isActivePerson } from '../matching/status';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageNeed, type SchoolPackage } from './format';
import { MUNICIPAL_SETTING } from './settings';

export interface PackageBuild {
  package: SchoolPackage;
  /** What the curator should fix so that the municipality reads the package well. */
  warnings: string[];
}

const round1 = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 10) / 10);

/** «ИНН 0547008892», « 0547008892 » → «0547008892»: the key is compared without spaces and case. */
export function schoolKey(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}

export function buildPackage(tables: BankTables, now: Date): PackageBuild {
  const { bank, ctx, register } = documentsWorkbook(tables, now);
  const text = (name: string) => settingText(bank.settings, name);
  const warnings: string[] = [];
  const fullName = text(SETTING.orgFullName);
  const code = text(MUNICIPAL_SETTING.schoolCode);
  if (!fullName) warnings.push(`На листе «Настройки» не заполнено «${SETTING.orgFullName}»: управление образования не узнает школу.`);
  if (!code) {
    warnings.push(`На листе «Настройки» не заполнен «${MUNICIPAL_SETTING.schoolCode}» (ИНН или код от управления образования): ` +
      'школа узнаётся по полному наименованию, и после переименования её сведения сочтут сведениями другой школы.');
  }
  const figures = monitoringFigures(ctx);
  const matching = prepareMatching({ mentors: bank.mentors, mentees: bank.mentees, pairs: bank.pairs, preferences: bank.preferences });
  const consenting = matching.mentors.filter((m) => isActivePerson(m.mentor.status) && m.mentor.consentPersonalData && m.mentor.consentToMentor);
  const uncoded = [...consenting, ...matching.mentees].filter((p) => ('mentor' in p ? p.mentor : p.mentee).code.trim() === '');
  if (uncoded.length > 0) {
    const rows = uncoded.map((p) => ('mentor' in p ? p.mentor : p.mentee).ref).map((r) => `«${r.sheet}», строка ${r.row}`).join('; ');
    warnings.push(`Не вошли в пакет строки без кода (${rows}): выполните «Настроить банк» — коды будут присвоены — и отправьте сведения снова.`);
  }
  const mentors = consenting
    .filter((m) => m.mentor.code.trim() !== '')
    .map(({ mentor: m, ...profile }) => ({
      code: m.code,
      fullName: m.fullName.trim(),
      position: m.position.trim(),
      subjects: m.subjects,
      competences: m.competences,
      kinds: m.acceptedKinds,
      experienceYears: Number.isFinite(m.experienceYears) ? m.experienceYears : 0,
      qualification: (m.qualification ?? '').trim(),
      capacity: Number.isFinite(m.capacity) ? m.capacity : 0,
      freePlaces: freePlaces({ mentor: m, ...profile }),
    }));
  // Those the engine would still pair (active, consenting, no pair, no error in the row) and whose programme has not
  // been completed this year, described by their needs.
  const completed = new Set(bank.pairs.filter((p) => normalizeTerm(p.status) === 'завершена').flatMap((p) => p.menteeCodes.map(codeKey)));
  const unplaced: PackageNeed[] = matching.mentees
    .filter((e) => e.mentee.code.trim() !== '' && menteeViolations(matching, e).length === 0 && !completed.has(e.keys.code))
    .map(({ mentee: e }) => ({
      code: e.code,
      subjects: e.subjects,
      category: e.category.trim(),
      deficits: e.deficits,
      experienceYears: Number.isFinite(e.experienceYears) ? e.experienceYears : 0,
      ...(e.preferredKind ? { preferredKind: e.preferredKind } : {}),
    }));
  const academicYear = text(SETTING.academicYear) || formatAcademicYear(academicYearOf(now), false);
  const pkg: SchoolPackage = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_VERSION,
    createdAt: now.toISOString(),
    academicYear,
    school: {
      id: code || fullName,
      fullName,
      shortName: text(SETTING.orgShortName),
      locality: text(SETTING.locality),
      director: { name: text(SETTING.directorName), position: text(SETTING.directorPosition) },
      curator: { name: text(SETTING.curatorName), position: text(SETTING.curatorPosition), email: text(SETTING.curatorEmail), phone: text(SETTING.curatorPhone) },
    },
    mentors,
    counts: { byForm: figures.byForm, byKind: figures.byKind, byCategory: figures.byCategory },
    figures: {
      mentorsInPairs: figures.mentorsInPairs,
      menteesInPairs: figures.menteesInPairs,
      pairs: figures.pairs,
      groups: figures.groups,
      completed: figures.completed,
      terminated: figures.terminated,
      youngTotal: figures.youngTotal,
      youngCovered: figures.youngCovered,
      levels: figures.levels.map((l) => ({ name: l.name, pairs: l.pairs })),
      assessed: figures.assessed,
      rubricMean: round1(figures.rubricMean),
      satisfactionMean: round1(figures.satisfactionMean),
      satisfactionResponses: figures.satisfactionResponses,
    },
    orders: register
      .filter((o) => o.number.trim() !== '')
      .map((o) => ({ number: o.number.trim(), date: o.date ? formatIsoDate(o.date) : '', kind: o.kind.trim(), status: o.status.trim() })),
    unplaced,
  };
  return { package: pkg, warnings };
}

/** The file a package is saved as: readable by a person, stable for one school. */
export function packageJson(pkg: SchoolPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
