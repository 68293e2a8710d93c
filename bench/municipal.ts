/**
 * Issue 13: a region's consolidation offline — 1,000 schools' packages read, consolidated, their indicators and the
 * municipal workbook's sheets built, and cross-school pairs proposed over every unplaced mentee and free mentor.
 */
import { SAMPLE_MENTEE_HEADER, SAMPLE_MENTEES, SAMPLE_MENTOR_HEADER, SAMPLE_MENTORS } from '../src/domain/demo/sampleSchool';
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M } from '../src/domain/bank/schema';
import { consolidate } from '../src/domain/municipal/consolidate';
import { crossSchoolPairs } from '../src/domain/municipal/crossSchool';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageMentor, type PackageNeed, type SchoolPackage } from '../src/domain/municipal/format';
import { readPackage } from '../src/domain/municipal/validate';
import { municipalSheets, readParameters } from '../src/domain/municipal/workbook';
import { type Benchmark, ms } from './measure';
import { performance } from 'node:perf_hooks';

const SCHOOLS = 1000;

/** A fixed pseudo-random sequence: the same region every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const list = (cell: unknown) => String(cell ?? '').split(';').map((x) => x.trim()).filter(Boolean);
const at = (header: readonly string[], row: readonly unknown[], column: string) => row[header.indexOf(column)];

/** The sample school's people as package rows: the vocabulary and spread of a real school. */
const MENTORS: PackageMentor[] = SAMPLE_MENTORS.filter((r) => typeof at(SAMPLE_MENTOR_HEADER, r, M.experience) === 'number').map((r) => ({
  code: String(at(SAMPLE_MENTOR_HEADER, r, M.code)), fullName: String(at(SAMPLE_MENTOR_HEADER, r, M.fullName)), position: String(at(SAMPLE_MENTOR_HEADER, r, M.position)),
  subjects: list(at(SAMPLE_MENTOR_HEADER, r, M.subjects)), competences: list(at(SAMPLE_MENTOR_HEADER, r, M.competences)), kinds: list(at(SAMPLE_MENTOR_HEADER, r, M.forms)),
  experienceYears: Number(at(SAMPLE_MENTOR_HEADER, r, M.experience)), qualification: String(at(SAMPLE_MENTOR_HEADER, r, M.qualification)), capacity: 2, freePlaces: 0,
}));
const NEEDS: PackageNeed[] = SAMPLE_MENTEES.map((r) => ({
  code: String(at(SAMPLE_MENTEE_HEADER, r, E.code)), subjects: list(at(SAMPLE_MENTEE_HEADER, r, E.subjects)), category: String(at(SAMPLE_MENTEE_HEADER, r, E.category)),
  deficits: list(at(SAMPLE_MENTEE_HEADER, r, E.deficits)), experienceYears: Number(at(SAMPLE_MENTEE_HEADER, r, E.experience)) || 0,
}));

/** 1,000 schools: ~12 mentors each, a third of them with a free place, 0–3 mentees each the school could not place. */
export function regionPackages(schools = SCHOOLS): string[] {
  const next = random(13);
  const texts: string[] = [];
  for (let s = 0; s < schools; s++) {
    const mentors = MENTORS.map((m, i) => ({ ...m, code: `НС-${String(i + 1).padStart(3, '0')}`, fullName: `${m.fullName} (${s + 1})`, freePlaces: next() < 0.33 ? 1 : 0 }));
    const unplaced = Array.from({ length: Math.floor(next() * 4) }, (_, i) => ({ ...NEEDS[Math.floor(next() * NEEDS.length)], code: `НП-${String(i + 1).padStart(3, '0')}` }));
    const pkg: SchoolPackage = {
      format: PACKAGE_FORMAT, formatVersion: PACKAGE_VERSION, createdAt: new Date(Date.UTC(2027, 4, 20, 8, s % 60)).toISOString(), academicYear: '2026/2027',
      school: { id: String(3900000000 + s), fullName: `Муниципальное бюджетное общеобразовательное учреждение «Школа № ${s + 1}»`, shortName: `МБОУ «Школа № ${s + 1}»`,
        locality: 'г. Светлогорск', director: { name: 'Карпов Олег Викторович', position: 'Директор' },
        curator: { name: 'Лаврова Ирина Олеговна', position: 'заместитель директора', email: `school${s}@example.org`, phone: '' } },
      mentors,
      counts: { byForm: [], byKind: [], byCategory: [] },
      figures: { mentorsInPairs: 8, menteesInPairs: 10, pairs: 9, groups: 1, completed: 8, terminated: 1, youngTotal: 8, youngCovered: 6,
        levels: [{ name: 'оптимальный', pairs: 3 }, { name: 'допустимый', pairs: 5 }, { name: 'недопустимый', pairs: 1 }], assessed: 9, satisfactionMean: 86, satisfactionResponses: 20 },
      orders: [{ number: '1-од', date: '2026-09-10', kind: 'О закреплении наставнических пар (групп)', status: 'подписан' }],
      unplaced,
    };
    texts.push(JSON.stringify(pkg));
  }
  return texts;
}

export const municipalBenchmark: Benchmark = {
  title: 'Управление образования: сводка 1 000 школ и межшкольные пары (офлайн)',
  async run(print, figure) {
    const texts = regionPackages();
    const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const packages = texts.map((text, i) => {
      const read = readPackage(text, `school-${i}.json`);
      if (!read.ok) throw new Error(read.message);
      return { source: `school-${i}.json`, package: read.package };
    });
    const read = performance.now();
    const consolidation = consolidate(packages);
    const cross = crossSchoolPairs(consolidation.schools);
    const paired = performance.now();
    const sheets = municipalSheets(consolidation, cross, readParameters(undefined), packages.map((p) => ({ source: p.source })));
    const total = performance.now() - start;
    const heap = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    const unplaced = consolidation.schools.reduce((n, s) => n + s.package.unplaced.length, 0);
    print(`Пакеты: ${SCHOOLS} школ, ${megabytes.toFixed(1)} МБ JSON; наставников в реестре: ${sheets.find((s) => s.name === 'Реестр наставников')?.rows.length}, ` +
      `со свободными местами: ${cross.mentorsWithPlaces}; наставляемых без пары: ${unplaced}`);
    print(`Чтение и проверка пакетов: ${ms(read - start)}; межшкольные пары (${cross.proposals.length} предложено, ${cross.unmatched.length} без наставника): ${ms(paired - read)}`);
    print(`Всего до листов сводки: ${ms(total)}; прирост памяти: ${heap.toFixed(0)} МБ`);
    figure('municipal.1000SchoolsMs', total);
    figure('municipal.1000SchoolsMB', heap);
  },
};
