/** A small school for document tests (names from the declension list). */
import type { Mentee, Mentor, Pair } from '../../../src/domain/bank/model';
import type { DocumentContext, DocumentSettings, ScoreRecord } from '../../../src/domain/documents/context';
export const settings: DocumentSettings = {
  organisation: 'Муниципальное автономное общеобразовательное учреждение «Башкирский лицей № 136 имени М. Искужина» городского округа город Уфа',
  organisationShort: 'МАОУ «Башкирский лицей № 136»',
  locality: 'г. Уфа',
  directorPosition: 'Директор',
  directorName: 'Хабибрахманов Шамиль Халилович',
  curatorName: 'Гумерова Гульсасак Манжуровна',
  curatorPosition: 'заместитель директора по учебно-воспитательной работе',
  academicYear: '2022/2023',
  orderBasis: 'В соответствии с Положением о системе наставничества педагогических работников, утверждённым приказом от 16.11.2022 № 348/1',
  orderSuffix: '-од',
};

let row = 1;
const ref = (sheet: string) => ({ sheet, row: ++row, column: 'Код' });

function mentor(code: string, fullName: string, position: string, competences: string[], extra: Partial<Omit<Mentor, 'problems'>> = {}): Mentor {
  return {
    code, fullName, position, subjects: [], experienceYears: 15, consentPersonalData: true, status: 'активен', ref: ref('Наставники'),
    competences, acceptedKinds: [], capacity: 2, consentToMentor: true, qualification: 'высшая', problems: [], ...extra,
  };
}

function mentee(code: string, fullName: string, position: string, category: string, deficits: string[], extra: Partial<Omit<Mentee, 'problems'>> = {}): Mentee {
  return { code, fullName, position, subjects: [], experienceYears: 1, consentPersonalData: true, status: 'активен', ref: ref('Наставляемые'), category, deficits, problems: [], ...extra };
}

export const mentors: Mentor[] = [
  mentor('Н-001', 'Иванова Мария Петровна', 'учитель математики', ['методика преподавания и образовательные технологии', 'оценивание и подготовка к ГИА']),
  mentor('Н-002', 'Хабибуллин Рустам Ильдарович', 'учитель информатики', ['цифровые инструменты и ИКТ']),
  mentor('Н-003', 'Коломиец Ольга Викторовна', 'учитель начальных классов', ['классное руководство и воспитательная работа', 'взаимодействие с родителями']),
];

export const mentees: Mentee[] = [
  mentee('У-001', 'Петров Илья Ильич', 'учитель математики', 'молодой специалист (стаж 0–3 года)', ['методика преподавания и образовательные технологии', 'организация урока и управление классом'], { gender: 'м' }),
  mentee('У-002', 'Швец Анна Сергеевна', 'учитель информатики', 'освоение цифровых навыков', ['цифровые инструменты и ИКТ'], { gender: 'ж' }),
  mentee('У-003', 'Гогия Нино Зурабовна', 'учитель начальных классов', 'молодой специалист (стаж 0–3 года)', ['классное руководство и воспитательная работа', 'взаимодействие с родителями']),
  mentee('У-004', 'Алиев Рашид Гусейн оглы', 'учитель начальных классов', 'новый сотрудник в адаптации', ['адаптация в коллективе, уклад организации']),
  mentee('У-005', 'Осадчая Любовь Николаевна', 'учитель истории', 'эмоциональное выгорание', ['профессиональное выгорание, психоэмоциональная поддержка']),
];

function pair(code: string, mentorCode: string, menteeCodes: string[], extra: Partial<Pair> = {}): Pair {
  const m = mentors.find((x) => x.code === mentorCode) as Mentor;
  return {
    code, mentorCode, mentorName: m.fullName, menteeCodes,
    menteeNames: menteeCodes.map((c) => (mentees.find((x) => x.code === c) as Mentee).fullName),
    form: 'Опытный педагог – молодой специалист', kind: 'традиционное («один на один»)', reasons: '', status: 'предложена', ref: ref('Пары'),
    ...extra,
  };
}

export const pairs: Pair[] = [
  pair('П-001', 'Н-001', ['У-001']),
  pair('П-002', 'Н-002', ['У-002'], { form: 'Педагог-новатор – консервативный педагог', kind: 'реверсивное' }),
  pair('П-003', 'Н-003', ['У-003', 'У-004'], { form: 'Опытный классный руководитель – молодой специалист', kind: 'групповое', start: new Date(2022, 10, 21), end: new Date(2023, 4, 26) }),
];

export const scores: ScoreRecord[] = [];

export function context(overrides: Partial<DocumentContext> = {}): DocumentContext {
  return { settings, mentors, mentees, pairs, scores, today: new Date(2022, 10, 16), ...overrides };
}

import { outlineOf, type DocumentLayout } from '../../../src/domain/documents/layout';
import { applyEdits, planRender, type OutlineBlock, type PlannedBlock, type TemplateData, type TemplateSchema } from '../../../src/domain/documents/template';

function flatten(body: readonly OutlineBlock[], blocks: PlannedBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const source = body[block.source];
    if (block.kind === 'paragraph' && source.kind === 'paragraph') out.push(applyEdits(source.text, block.edits));
    if (block.kind === 'table' && source.kind === 'table') {
      for (const r of block.rows) out.push(r.cells.map((cellPlan, c) => flatten(source.rows[r.source].cells[c], cellPlan).join('\n')).join(' | '));
    }
  }
  return out;
}

/** The lines a default template yields for the data (non-breaking spaces as plain ones), or the problems thrown. */
export function renderLines(layout: DocumentLayout, schema: TemplateSchema, data: TemplateData): string[] {
  const body = outlineOf(layout.blocks);
  const result = planRender(body, schema, data);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return flatten(body, result.blocks).map((line) => line.replace(/\u00a0/g, ' '));
}
