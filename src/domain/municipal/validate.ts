/**
 * Reading a package a school sent: anything that is not one is refused with a Russian sentence naming the file, and a
 * package is copied field by field, so a hand-edited file cannot carry more than the format holds (a mentee's name
 * typed into «unplaced» is dropped, not passed on).
 */
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageCount, type PackageNeed, type SchoolPackage } from './format';

export type PackageRead = { ok: true; package: SchoolPackage } | { ok: false; message: string };

type Json = Record<string, unknown>;

class Invalid extends Error {}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Json, key: string, where: string, required = false): string {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw new Invalid(`нет поля «${key}» (${where})`);
    return '';
  }
  if (typeof v !== 'string' && typeof v !== 'number') throw new Invalid(`поле «${key}» (${where}) должно быть строкой`);
  const text = String(v).trim();
  if (required && text === '') throw new Invalid(`поле «${key}» (${where}) пусто`);
  return text;
}

function num(o: Json, key: string, where: string): number {
  const v = o[key];
  if (v === undefined || v === null) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(`поле «${key}» (${where}) должно быть числом`);
  return v;
}

function optionalNum(o: Json, key: string, where: string): number | undefined {
  return o[key] === undefined || o[key] === null ? undefined : num(o, key, where);
}

function strings(o: Json, key: string, where: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Invalid(`поле «${key}» (${where}) должно быть списком строк`);
  return (v as string[]).map((s) => s.trim()).filter(Boolean);
}

function objects(o: Json, key: string, where: string): Json[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every(isObject)) throw new Invalid(`поле «${key}» (${where}) должно быть списком записей`);
  return v as Json[];
}

function object(o: Json, key: string, where: string): Json {
  const v = o[key];
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new Invalid(`поле «${key}» (${where}) должно быть записью`);
  return v;
}

function counts(o: Json, key: string): PackageCount[] {
  return objects(o, key, 'counts').map((c, i) => ({ name: str(c, 'name', `counts.${key}[${i + 1}]`), pairs: num(c, 'pairs', key), people: num(c, 'people', key) }));
}

function need(o: Json, i: number): PackageNeed {
  const where = `unplaced, запись ${i + 1}`;
  const preferredKind = str(o, 'preferredKind', where);
  return {
    code: str(o, 'code', where, true),
    subjects: strings(o, 'subjects', where),
    category: str(o, 'category', where),
    deficits: strings(o, 'deficits', where),
    experienceYears: num(o, 'experienceYears', where),
    ...(preferredKind ? { preferredKind } : {}),
  };
}

function copyPackage(o: Json, version: number): SchoolPackage {
  const createdAt = str(o, 'createdAt', 'пакет', true);
  if (Number.isNaN(Date.parse(createdAt))) throw new Invalid(`дата пакета «${createdAt}» не читается`);
  const school = object(o, 'school', 'пакет');
  const director = object(school, 'director', 'school');
  const curator = object(school, 'curator', 'school');
  const figures = object(o, 'figures', 'пакет');
  const countsObject = object(o, 'counts', 'пакет');
  return {
    format: PACKAGE_FORMAT,
    formatVersion: version,
    createdAt: new Date(createdAt).toISOString(),
    academicYear: str(o, 'academicYear', 'пакет'),
    school: {
      id: str(school, 'id', 'school', true),
      fullName: str(school, 'fullName', 'school', true),
      shortName: str(school, 'shortName', 'school'),
      locality: str(school, 'locality', 'school'),
      director: { name: str(director, 'name', 'school.director'), position: str(director, 'position', 'school.director') },
      curator: {
        name: str(curator, 'name', 'school.curator'), position: str(curator, 'position', 'school.curator'),
        email: str(curator, 'email', 'school.curator'), phone: str(curator, 'phone', 'school.curator'),
      },
    },
    mentors: objects(o, 'mentors', 'пакет').map((m, i) => {
      const where = `mentors, запись ${i + 1}`;
      return {
        code: str(m, 'code', where, true), fullName: str(m, 'fullName', where, true), position: str(m, 'position', where),
        subjects: strings(m, 'subjects', where), competences: strings(m, 'competences', where), kinds: strings(m, 'kinds', where),
        experienceYears: num(m, 'experienceYears', where), qualification: str(m, 'qualification', where),
        capacity: num(m, 'capacity', where), freePlaces: Math.max(0, Math.floor(num(m, 'freePlaces', where))),
      };
    }),
    counts: { byForm: counts(countsObject, 'byForm'), byKind: counts(countsObject, 'byKind'), byCategory: counts(countsObject, 'byCategory') },
    figures: {
      mentorsInPairs: num(figures, 'mentorsInPairs', 'figures'), menteesInPairs: num(figures, 'menteesInPairs', 'figures'),
      pairs: num(figures, 'pairs', 'figures'), groups: num(figures, 'groups', 'figures'),
      completed: num(figures, 'completed', 'figures'), terminated: num(figures, 'terminated', 'figures'),
      youngTotal: num(figures, 'youngTotal', 'figures'), youngCovered: num(figures, 'youngCovered', 'figures'),
      levels: objects(figures, 'levels', 'figures').map((l) => ({ name: str(l, 'name', 'figures.levels'), pairs: num(l, 'pairs', 'figures.levels') })),
      assessed: num(figures, 'assessed', 'figures'),
      rubricMean: optionalNum(figures, 'rubricMean', 'figures'),
      satisfactionMean: optionalNum(figures, 'satisfactionMean', 'figures'),
      satisfactionResponses: num(figures, 'satisfactionResponses', 'figures'),
    },
    orders: objects(o, 'orders', 'пакет').map((r) => ({ number: str(r, 'number', 'orders'), date: str(r, 'date', 'orders'), kind: str(r, 'kind', 'orders'), status: str(r, 'status', 'orders') })),
    unplaced: objects(o, 'unplaced', 'пакет').map(need),
  };
}

/** `source` names the file (or Drive file) in the messages. */
export function readPackage(text: string, source: string): PackageRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `«${source}» — не пакет сведений Наставника: это не файл JSON.` };
  }
  if (!isObject(value) || value.format !== PACKAGE_FORMAT) {
    return { ok: false, message: `«${source}» — не пакет сведений Наставника (нет отметки формата «${PACKAGE_FORMAT}»).` };
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `«${source}»: версия формата пакета «${String(version)}» не читается.` };
  }
  if (version > PACKAGE_VERSION) {
    return {
      ok: false,
      message: `«${source}» сделан более новой версией Наставника (формат ${version}, эта версия читает формат до ${PACKAGE_VERSION}): ` +
        'обновите Наставник в управлении образования и повторите.',
    };
  }
  try {
    return { ok: true, package: copyPackage(value, version) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: `«${source}» — пакет сведений повреждён: ${error.message}.` };
    throw error;
  }
}
