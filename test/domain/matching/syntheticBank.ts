/**
 * A repeatable synthetic school bank of any size, with the real vocabularies, for the benchmark and
 * the call-count tests: deficits and competences from DESIGN §3, categories, forms and kinds.
 */
import type { Mentee, Mentor, Preference } from '../../../src/domain/bank/model';
import type { MatchingBank } from '../../../src/domain/matching/context';
import { DEFAULT_VOCABULARIES } from '../../../src/domain/bank/vocabulary';
import { randomInt, seededRandom } from './random';

const COMPETENCES = DEFAULT_VOCABULARIES.competences;
const KINDS = DEFAULT_VOCABULARIES.kinds;
const QUALIFICATIONS = DEFAULT_VOCABULARIES.qualifications;
const SUBJECTS = ['математика', 'русский язык', 'литература', 'физика', 'химия', 'биология', 'история', 'обществознание', 'география', 'английский язык', 'информатика', 'начальные классы', 'физическая культура', 'музыка'];
const CATEGORIES = DEFAULT_VOCABULARIES.menteeCategories;
const SURNAMES = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Попова', 'Васильева', 'Соколова', 'Михайлова', 'Новикова', 'Фёдорова'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана'];
const PATRONYMICS = ['Ивановна', 'Петровна', 'Сергеевна', 'Александровна', 'Викторовна'];

function sample<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const k = randomInt(random, min, max);
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

function name(random: () => number): string {
  return `${sample(random, SURNAMES, 1, 1)[0]} ${sample(random, NAMES, 1, 1)[0]} ${sample(random, PATRONYMICS, 1, 1)[0]}`;
}

export function syntheticBank(mentorCount: number, menteeCount: number, seed = 1, withPreferences = true): MatchingBank {
  const random = seededRandom(seed);
  const mentors: Mentor[] = Array.from({ length: mentorCount }, (_, i) => ({
    code: `НС-${String(i + 1).padStart(4, '0')}`,
    fullName: name(random),
    position: 'учитель',
    subjects: sample(random, SUBJECTS, 1, 2),
    experienceYears: randomInt(random, 3, 40),
    consentPersonalData: random() > 0.02,
    status: random() > 0.03 ? 'активен' : 'выбыл',
    competences: sample(random, COMPETENCES, 2, 6),
    qualification: sample(random, QUALIFICATIONS, 1, 1)[0],
    acceptedKinds: sample(random, KINDS, 0, 3),
    capacity: randomInt(random, 1, 3),
    consentToMentor: random() > 0.02,
    ref: { sheet: 'Наставники', row: i + 2, column: 'ФИО' },
    problems: [],
  }));
  const mentees: Mentee[] = Array.from({ length: menteeCount }, (_, i) => ({
    code: `НП-${String(i + 1).padStart(4, '0')}`,
    fullName: name(random),
    position: 'учитель',
    subjects: sample(random, SUBJECTS, 0, 1),
    experienceYears: randomInt(random, 0, 30),
    consentPersonalData: random() > 0.02,
    status: 'активен',
    category: sample(random, CATEGORIES, 1, 1)[0],
    deficits: sample(random, COMPETENCES, 0, 4),
    preferredKind: random() < 0.5 ? sample(random, KINDS, 1, 1)[0] : undefined,
    ref: { sheet: 'Наставляемые', row: i + 2, column: 'ФИО' },
    problems: [],
  }));
  const preferences: Preference[] = withPreferences
    ? mentees.filter(() => random() < 0.3).map((e) => ({ who: e.code, whom: sample(random, mentors, 1, 3).map((m) => m.code) }))
    : [];
  return { mentors, mentees, pairs: [], preferences };
}
