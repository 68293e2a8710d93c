import type { Mentee, Mentor } from '../../../src/domain/bank/model';
import { proposePairs } from '../../../src/domain/matching/proposal';
import { consolidate, type SourcedPackage } from '../../../src/domain/municipal/consolidate';
import { crossSchoolPairs, proposalsForSchool } from '../../../src/domain/municipal/crossSchool';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageMentor, type PackageNeed, type SchoolPackage } from '../../../src/domain/municipal/format';
import { schoolIndicators, totalIndicators } from '../../../src/domain/municipal/indicators';
import { readPackage } from '../../../src/domain/municipal/validate';

const mentor = (code: string, fullName: string, subject: string, competences: string[], freePlaces: number): PackageMentor => ({
  code, fullName, position: `учитель (${subject})`, subjects: [subject], competences, kinds: ['традиционное («один на один»)'],
  experienceYears: 20, qualification: 'высшая', capacity: freePlaces, freePlaces,
});

const need = (code: string, subject: string, deficits: string[]): PackageNeed => ({
  code, subjects: [subject], category: 'молодой специалист (стаж 0–3 года)', deficits, experienceYears: 1, preferredKind: 'традиционное («один на один»)',
});

function pkg(id: string, name: string, createdAt: string, mentors: PackageMentor[], unplaced: PackageNeed[], young = [0, 0]): SchoolPackage {
  return {
    format: PACKAGE_FORMAT, formatVersion: PACKAGE_VERSION, createdAt, academicYear: '2026/2027',
    school: { id, fullName: `Муниципальное бюджетное общеобразовательное учреждение ${name}`, shortName: `МБОУ ${name}`, locality: 'г. Светлогорск',
      director: { name: 'Карпов Олег Викторович', position: 'Директор' }, curator: { name: 'Лаврова Ирина Олеговна', position: 'заместитель директора', email: 'z@s.example', phone: '2-03-03' } },
    mentors,
    counts: { byForm: [], byKind: [], byCategory: [] },
    figures: {
      mentorsInPairs: 0, menteesInPairs: young[1], pairs: young[1], groups: 0, completed: 0, terminated: 0, youngTotal: young[0], youngCovered: young[1],
      levels: [{ name: 'оптимальный', pairs: 1 }, { name: 'допустимый', pairs: 0 }, { name: 'недопустимый', pairs: 0 }], assessed: 1, satisfactionResponses: 0,
    },
    orders: [],
    unplaced,
  };
}

const MATHS = ['оценивание и подготовка к ГИА', 'организация урока и управление классом'];
const sourced = (source: string, p: SchoolPackage): SourcedPackage => ({ source, package: p });

describe('reading a package', () => {
  const good = pkg('3912000003', '«СОШ № 3»', '2027-05-20T10:00:00.000Z', [mentor('НС-001', 'Гаврилова Людмила Петровна', 'математика', MATHS, 2)], [need('НП-001', 'математика', MATHS)]);

  test('a package is read field by field: a name typed into a mentee need is not passed on', () => {
    const tampered = JSON.parse(JSON.stringify(good));
    tampered.unplaced[0].fullName = 'Кудрявцева Мария Андреевна';
    tampered.unplaced[0].email = 'kudryavtseva@gym2.example';
    const read = readPackage(JSON.stringify(tampered), 'a.json');
    expect(read.ok).toBe(true);
    const text = JSON.stringify(read.ok && read.package);
    expect(text).not.toContain('Кудрявцева');
    expect(text).not.toContain('kudryavtseva');
    expect(read.ok && read.package.unplaced[0]).toEqual(good.unplaced[0]);
  });

  test('anything else is refused with the file named; a newer format says to update', () => {
    expect(readPackage('not json', 'x.json')).toEqual({ ok: false, message: expect.stringMatching(/^«x\.json» — не пакет сведений Наставника: это не файл JSON/) });
    expect(readPackage('{"pairs": []}', 'pairs.json')).toEqual({ ok: false, message: expect.stringContaining('«pairs.json» — не пакет сведений') });
    const newer = readPackage(JSON.stringify({ ...good, formatVersion: PACKAGE_VERSION + 1 }), 'new.json');
    expect(newer).toEqual({ ok: false, message: expect.stringContaining(`более новой версией Наставника (формат ${PACKAGE_VERSION + 1}`) });
    const broken = readPackage(JSON.stringify({ ...good, mentors: [{ code: 'НС-1' }] }), 'b.json');
    expect(broken).toEqual({ ok: false, message: expect.stringContaining('нет поля «fullName» (mentors, запись 1)') });
  });
});

describe('consolidation', () => {
  test('the newer package of a school wins whatever the order, the older is named, a renamed school stays one', () => {
    const older = pkg('3912000003', '«СОШ № 3»', '2027-01-10T10:00:00.000Z', [], []);
    const newer = pkg(' 3912000003 ', '«СОШ № 3 им. Гагарина»', '2027-05-20T10:00:00.000Z', [], []);
    const other = pkg('3912000002', '«Гимназия № 2»', '2027-05-01T10:00:00.000Z', [], []);
    for (const order of [[older, newer, other], [newer, other, older]]) {
      const c = consolidate(order.map((p) => sourced(p === older ? 'old.json' : p === newer ? 'new.json' : 'g2.json', p)));
      expect(c.schools.map((s) => s.name)).toEqual(['МБОУ «Гимназия № 2»', 'МБОУ «СОШ № 3 им. Гагарина»']);
      expect(c.schools[1].formerNames).toEqual([older.school.fullName]);
      expect(c.replaced.map((r) => [r.older, r.newer])).toEqual([['old.json', 'new.json']]);
      expect(c.replaced[0].message).toContain('заменён более новым «new.json»');
    }
  });
});

describe('cross-school pairs', () => {
  const school3 = pkg('3', '«СОШ № 3»', '2027-05-20T10:00:00.000Z', [mentor('НС-001', 'Гаврилова Людмила Петровна', 'математика', MATHS, 1)], [need('НП-001', 'математика', MATHS)]);
  const gym2 = pkg('2', '«Гимназия № 2»', '2027-05-20T10:00:00.000Z', [mentor('НС-001', 'Полякова Нина Сергеевна', 'математика', MATHS, 1)], [need('НП-001', 'математика', MATHS), need('НП-002', 'математика', MATHS)]);

  test('a mentee is offered mentors of other schools only, within their free places', () => {
    const c = consolidate([sourced('s3.json', school3), sourced('g2.json', gym2)]);
    const result = crossSchoolPairs(c.schools);
    for (const p of result.proposals) expect(p.menteeSchoolKey).not.toBe(p.mentorSchoolKey);
    // Each school's only mentor has one place: two proposals, one mentee of «Гимназия № 2» without a mentor.
    expect(result.proposals.map((p) => [p.menteeSchool, p.mentee, p.mentorName])).toEqual([
      ['МБОУ «Гимназия № 2»', 'НП-001', 'Гаврилова Людмила Петровна'],
      ['МБОУ «СОШ № 3»', 'НП-001', 'Полякова Нина Сергеевна'],
    ]);
    expect(result.unmatched).toEqual([expect.objectContaining({ menteeSchool: 'МБОУ «Гимназия № 2»', mentee: 'НП-002', reason: expect.stringContaining('Гаврилова') })]);
    const back = proposalsForSchool(result, c.schools[0].key);
    expect(back.incoming.map((p) => p.mentee)).toEqual(['НП-001']);
    expect(back.outgoing.map((p) => p.mentee)).toEqual(['НП-001']);
    expect(back.incoming[0].mentorCurator.name).toBe('Лаврова Ирина Олеговна');
  });

  test('scores and reasons are the school engine\'s for the same people', () => {
    const c = consolidate([sourced('s3.json', school3), sourced('g2.json', { ...gym2, unplaced: [gym2.unplaced[0]] })]);
    const cross = crossSchoolPairs(c.schools).proposals.find((p) => p.menteeSchool === 'МБОУ «Гимназия № 2»')!;
    const m = school3.mentors[0];
    const e = gym2.unplaced[0];
    const ref = { sheet: 'x', row: 2, column: '' };
    const bankMentor: Mentor = { code: 'A', fullName: m.fullName, position: m.position, subjects: m.subjects, experienceYears: m.experienceYears, consentPersonalData: true,
      status: 'активен', ref, problems: [], qualification: m.qualification, competences: m.competences, acceptedKinds: m.kinds, capacity: 1, consentToMentor: true };
    const bankMentee: Mentee = { code: 'B', fullName: 'Кто-то Другой', position: '', subjects: e.subjects, experienceYears: e.experienceYears, consentPersonalData: true,
      status: 'активен', ref, problems: [], category: e.category, deficits: e.deficits, preferredKind: e.preferredKind };
    const school = proposePairs({ mentors: [bankMentor], mentees: [bankMentee], pairs: [], preferences: [] });
    expect(cross.score).toBe(school.pairs[0].score);
    expect(cross.reasons).toEqual(school.pairs[0].reasons);
  });

  test('no free places anywhere: every unplaced mentee is listed with the reason', () => {
    const full = { ...school3, mentors: [{ ...school3.mentors[0], freePlaces: 0 }] };
    const result = crossSchoolPairs(consolidate([sourced('s3.json', full)]).schools);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched[0].reason).toBe('ни в одной школе нет наставников со свободными местами');
  });
});

describe('indicators', () => {
  test('coverage against the target per school and in total; the total weighs schools by their young specialists', () => {
    const c = consolidate([
      sourced('a.json', pkg('1', '«А»', '2027-05-20T10:00:00.000Z', [], [], [10, 8])),
      sourced('b.json', pkg('2', '«Б»', '2027-05-20T10:00:00.000Z', [], [], [2, 0])),
      sourced('c.json', pkg('3', '«В»', '2027-05-20T10:00:00.000Z', [], [], [0, 0])),
    ]);
    const rows = c.schools.map((s) => schoolIndicators(s, 70));
    expect(rows.map((r) => [r.school, r.coverage, r.targetMet])).toEqual([['МБОУ «А»', 80, true], ['МБОУ «Б»', 0, false], ['МБОУ «В»', undefined, undefined]]);
    const total = totalIndicators(rows, 70);
    expect([total.youngTotal, total.youngCovered, total.targetMet]).toEqual([12, 8, false]);
    expect(total.coverage).toBeCloseTo(66.67, 1);
    expect(totalIndicators(rows, 60).targetMet).toBe(true);
    expect(total.levels).toEqual([3, 0, 0]);
  });
});

describe('cross-school pairs at scale', () => {
  test('keeping only each mentee\'s best mentors with room for all mentees gives the engine\'s own optimum', () => {
    const subjects = ['математика', 'физика', 'русский язык', 'история'];
    const deficits = [...MATHS, 'взаимодействие с родителями', 'цифровые инструменты и ИКТ', 'предметное содержание'];
    const mentors = Array.from({ length: 24 }, (_, i) => mentor(`НС-${i + 10}`, `Наставник${'абвгдежзиклмнопрстуфхцчш'[i]} Иван Петрович`, subjects[i % 4],
      [deficits[i % 5], deficits[(i * 3) % 5]], 1 + (i % 2)));
    const needs = Array.from({ length: 6 }, (_, i) => need(`НП-${i + 10}`, subjects[(i * 3) % 4], [deficits[(i * 2) % 5], deficits[(i + 1) % 5]]));
    const c = consolidate([sourced('m.json', pkg('1', '«М»', '2027-05-20T10:00:00.000Z', mentors, [])), sourced('e.json', pkg('2', '«Е»', '2027-05-20T10:00:00.000Z', [], needs))]);
    const cross = crossSchoolPairs(c.schools);
    const ref = { sheet: 'x', row: 2, column: '' };
    const school = proposePairs({
      mentors: mentors.map((m): Mentor => ({ code: m.code, fullName: m.fullName, position: m.position, subjects: m.subjects, experienceYears: m.experienceYears,
        consentPersonalData: true, status: 'активен', ref, problems: [], qualification: m.qualification, competences: m.competences, acceptedKinds: m.kinds,
        capacity: m.freePlaces, consentToMentor: true })),
      mentees: needs.map((e): Mentee => ({ code: e.code, fullName: '', position: '', subjects: e.subjects, experienceYears: e.experienceYears, consentPersonalData: true,
        status: 'активен', ref, problems: [], category: e.category, deficits: e.deficits, preferredKind: e.preferredKind })),
      pairs: [], preferences: [],
    });
    expect(cross.proposals).toHaveLength(6);
    expect(cross.proposals.reduce((s, p) => s + p.score, 0)).toBe(school.totalScore);
  });
});
