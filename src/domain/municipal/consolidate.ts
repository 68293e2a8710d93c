/**
 * Many packages → one school each. Schools are keyed by «Код организации» (schoolKey), so a school renamed between
 * packages stays one school; of two packages of one school the newer one counts and the older one is named.
 */
import { formatDateNumeric } from '../language/dates';
import type { SchoolPackage } from './format';
import { schoolKey } from './package';

export interface SourcedPackage {
  /** The file (or Drive file) the package came from, for messages. */
  source: string;
  package: SchoolPackage;
}

export interface ConsolidatedSchool extends SourcedPackage {
  key: string;
  /** The school's name as the package gives it. */
  name: string;
  /** Earlier full names of the school in older packages. */
  formerNames: string[];
}

export interface Replacement {
  school: string;
  older: string;
  newer: string;
  /** «Пакет «a.json» (от 01.05.2027) заменён более новым «b.json» (от 20.05.2027).» */
  message: string;
}

export interface Consolidation {
  schools: ConsolidatedSchool[];
  replaced: Replacement[];
}

export function schoolName(pkg: SchoolPackage): string {
  return pkg.school.shortName || pkg.school.fullName;
}

const created = (p: SourcedPackage) => Date.parse(p.package.createdAt);
const day = (p: SourcedPackage) => formatDateNumeric(new Date(p.package.createdAt));

/** Packages in any order; of a school's packages the newest wins (on the same instant, the one given later). */
export function consolidate(packages: readonly SourcedPackage[]): Consolidation {
  const byKey = new Map<string, SourcedPackage[]>();
  for (const p of packages) {
    const key = schoolKey(p.package.school.id);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const schools: ConsolidatedSchool[] = [];
  const replaced: Replacement[] = [];
  for (const [key, list] of byKey) {
    const ordered = list.map((p, i) => ({ p, i })).sort((a, b) => created(a.p) - created(b.p) || a.i - b.i).map(({ p }) => p);
    const latest = ordered[ordered.length - 1];
    const name = schoolName(latest.package);
    for (const older of ordered.slice(0, -1)) {
      replaced.push({
        school: name, older: older.source, newer: latest.source,
        message: `Пакет «${older.source}» (${schoolName(older.package)}, от ${day(older)}) заменён более новым «${latest.source}» (от ${day(latest)}).`,
      });
    }
    const formerNames = [...new Set(ordered.map((p) => p.package.school.fullName))].filter((n) => n !== latest.package.school.fullName);
    schools.push({ ...latest, key, name, formerNames });
  }
  schools.sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.key.localeCompare(b.key));
  return { schools, replaced };
}
