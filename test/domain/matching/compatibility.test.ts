import { explainPair, scorePair } from '../../../src/domain/matching/compatibility';
import { findMentee, findMentor, prepareMatching, type MatchingBank } from '../../../src/domain/matching/context';
import { DEFAULT_WEIGHTS, type MatchingWeights } from '../../../src/domain/matching/weights';
import { bank, mentee, mentor } from './builders';
import { syntheticBank } from './syntheticBank';

const ICT = 'цифровые инструменты и ИКТ';
const PARENTS = 'взаимодействие с родителями';
const LESSON = 'организация урока и управление классом';
const BURNOUT = 'профессиональное выгорание, психоэмоциональная поддержка';

/** Weights with only one criterion on, to test criteria one by one. */
function only(key: keyof MatchingWeights, extra: Partial<MatchingWeights> = {}): MatchingWeights {
  return { deficits: 0, subject: 0, categoryForm: 0, experience: 0, kind: 0, preference: 0, fullExperienceGap: 10, minScore: 30, [key]: 50, ...extra };
}

function explain(b: MatchingBank, weights: MatchingWeights = DEFAULT_WEIGHTS, mentorCode = 'Н-1', menteeCode = 'НЛ-1') {
  const ctx = prepareMatching(b, weights);
  const m = findMentor(ctx, mentorCode)!;
  const e = findMentee(ctx, menteeCode)!;
  const result = explainPair(ctx, m, e);
  expect(scorePair(ctx, m, e)).toBe(result.score);
  return result;
}

describe('deficit coverage over the shared vocabulary', () => {
  test('2 of 3 deficits, named as the mentee wrote them, matched regardless of case and spacing', () => {
    const r = explain(
      bank({
        mentors: [mentor('Н-1', { competences: ['Цифровые инструменты и  ИКТ', 'взаимодействие с родителями', 'аттестация'] })],
        mentees: [mentee('НЛ-1', { deficits: [ICT, PARENTS, LESSON] })],
      }),
      only('deficits'),
    );
    expect(r.score).toBe(67);
    expect(r.reasons).toContain(`закрывает 2 из 3 дефицитов: «${ICT}», «${PARENTS}»`);
  });

  test('all, one, none; the wording agrees with the number', () => {
    const all = explain(bank({ mentors: [mentor('Н-1', { competences: [ICT, PARENTS] })], mentees: [mentee('НЛ-1', { deficits: [ICT, PARENTS] })] }), only('deficits'));
    expect(all.score).toBe(100);
    expect(all.reasons[0]).toBe(`закрывает оба дефицита: «${ICT}», «${PARENTS}»`);
    const none = explain(bank({ mentors: [mentor('Н-1', { competences: [LESSON] })], mentees: [mentee('НЛ-1', { deficits: [ICT, PARENTS] })] }), only('deficits'));
    expect(none.score).toBe(0);
    expect(none.reasons[0]).toBe('не закрывает ни одного из 2 дефицитов');
    const ofOne = explain(bank({ mentors: [mentor('Н-1', { competences: [LESSON] })], mentees: [mentee('НЛ-1', { deficits: [ICT] })] }), only('deficits'));
    expect(ofOne.reasons[0]).toBe('не закрывает дефицит наставляемого');
    const five = [ICT, PARENTS, LESSON, BURNOUT, 'оценивание и подготовка к ГИА'];
    const allFive = explain(bank({ mentors: [mentor('Н-1', { competences: five })], mentees: [mentee('НЛ-1', { deficits: five })] }), only('deficits'));
    expect(allFive.reasons[0]).toMatch(/^закрывает все 5 дефицитов: «/);
  });

  test('each term is quoted, so a term with a comma of its own reads as one', () => {
    const r = explain(bank({ mentors: [mentor('Н-1', { competences: [BURNOUT, PARENTS] })], mentees: [mentee('НЛ-1', { deficits: [BURNOUT, PARENTS, ICT] })] }), only('deficits'));
    expect(r.reasons[0]).toBe('закрывает 2 из 3 дефицитов: «профессиональное выгорание, психоэмоциональная поддержка», «взаимодействие с родителями»');
  });

  test('a mentee with no deficits: the criterion counts half (not left out), and the reason says so', () => {
    const weights = { ...only('deficits'), experience: 50 };
    const r = explain(bank({ mentors: [mentor('Н-1', { competences: [ICT], experienceYears: 30 })], mentees: [mentee('НЛ-1', { deficits: [], experienceYears: 0 })] }), weights);
    expect(r.reasons[0]).toBe('дефициты наставляемого не указаны — критерий засчитан наполовину');
    expect(r.criteria.find((c) => c.key === 'deficits')).toMatchObject({ applicable: true, value: 0.5, favourable: false });
    expect(r.score).toBe(75); // half of the deficits' 50 and the full experience 50
  });

  test('a mentor with no competences: half, said in the reason', () => {
    const r = explain(bank({ mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { deficits: [ICT] })] }), only('deficits'));
    expect(r.score).toBe(50);
    expect(r.reasons[0]).toBe('компетенции наставника не указаны — критерий засчитан наполовину');
  });

  test('a mentee who wrote no requests no longer outranks one whose requests the mentor answers', () => {
    const b = bank({
      mentors: [mentor('Н-1', { competences: [ICT], subjects: ['математика'] })],
      mentees: [mentee('НЛ-1', { subjects: ['математика'] }), mentee('НЛ-2', { deficits: [ICT], subjects: ['математика'] })],
    });
    const blank = explain(b, DEFAULT_WEIGHTS, 'Н-1', 'НЛ-1');
    const needs = explain(b, DEFAULT_WEIGHTS, 'Н-1', 'НЛ-2');
    expect(blank.score).toBeLessThan(needs.score);
    expect(blank.score).toBeLessThan(100);
  });
});

describe('subject', () => {
  test('no subject on either side: half, said in the reason', () => {
    const none = explain(bank({ mentors: [mentor('Н-1', { subjects: ['химия'] })], mentees: [mentee('НЛ-1')] }), only('subject'));
    expect(none.score).toBe(50);
    expect(none.reasons).toEqual(['предмет наставляемого не указан — критерий засчитан наполовину']);
    const psychologist = explain(bank({ mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { subjects: ['химия'] })] }), only('subject'));
    expect(psychologist.score).toBe(50);
    expect(psychologist.reasons).toEqual(['предмет наставника не указан — критерий засчитан наполовину']);
  });

  test('same subject earns the weight; another subject does not, and says which', () => {
    const same = explain(bank({ mentors: [mentor('Н-1', { subjects: ['Математика', 'Информатика'] })], mentees: [mentee('НЛ-1', { subjects: ['математика'] })] }), only('subject'));
    expect(same.score).toBe(100);
    expect(same.reasons).toContain('тот же предмет: математика');
    const other = explain(bank({ mentors: [mentor('Н-1', { subjects: ['история'] })], mentees: [mentee('НЛ-1', { subjects: ['физика'] })] }), only('subject'));
    expect(other.score).toBe(0);
    expect(other.reasons).toContain('другой предмет (у наставляемого: физика)');
  });
});

describe('category ↔ form of interaction, judged from the mentor\'s profile', () => {
  const young = mentee('НЛ-1', { category: 'Молодой специалист (стаж 0–3 года)' });
  test('young specialist → «Опытный педагог – молодой специалист»: experience or a first/top category', () => {
    const veteran = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 24, qualification: 'высшая' })], mentees: [young] }), only('categoryForm'));
    expect(veteran.score).toBe(100);
    expect(veteran.reasons[0]).toBe('форма «Опытный педагог – молодой специалист»: высшая категория');
    const middling = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 6 })], mentees: [young] }), only('categoryForm'));
    expect(middling.score).toBe(50);
    expect(middling.reasons[0]).toBe('форма «Опытный педагог – молодой специалист»: стаж меньше 10 лет (отчасти)');
    const novice = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 2 })], mentees: [young] }), only('categoryForm'));
    expect(novice.score).toBe(0);
    expect(novice.reasons[0]).toBe('для молодого специалиста нужен опытный педагог: стаж от 10 лет или первая/высшая категория');
  });
  test('young specialist: an experienced class teacher fits the second form just as well', () => {
    const r = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 3, qualification: 'первая', competences: ['классное руководство и воспитательная работа'] })], mentees: [young] }), only('categoryForm'));
    expect(r.score).toBe(100);
  });
  test('burnout → community leader: a top category, or psycho-emotional support with experience', () => {
    const burnout = mentee('НЛ-1', { category: 'эмоциональное выгорание' });
    const leader = explain(bank({ mentors: [mentor('Н-1', { qualification: 'высшая' })], mentees: [burnout] }), only('categoryForm'));
    expect(leader.score).toBe(100);
    expect(leader.reasons[0]).toBe('форма «Лидер педагогического сообщества – педагог, испытывающий проблемы»: высшая категория');
    const support = explain(bank({ mentors: [mentor('Н-1', { competences: ['Профессиональное выгорание, психоэмоциональная поддержка'] })], mentees: [burnout] }), only('categoryForm'));
    expect(support.score).toBe(100);
    expect(support.reasons[0]).toBe('форма «Лидер педагогического сообщества – педагог, испытывающий проблемы»: психоэмоциональная поддержка, опытный педагог');
    const other = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 30, qualification: 'без категории' })], mentees: [burnout] }), only('categoryForm'));
    expect(other.score).toBe(0);
    expect(other.reasons[0]).toMatch(/^при выгорании нужен лидер педагогического сообщества: /);
  });
  test('burnout: the support competence alone does not make a teacher of a few years a community leader', () => {
    const burnout = mentee('НЛ-1', { category: 'эмоциональное выгорание', experienceYears: 21, deficits: [BURNOUT] });
    const competence = (years: number) => mentor('Н-1', { experienceYears: years, competences: [BURNOUT] });
    const novice = explain(bank({ mentors: [competence(4)], mentees: [burnout] }), only('categoryForm'));
    expect(novice.score).toBe(0);
    expect(novice.reasons[0]).toBe(
      'при выгорании нужен лидер педагогического сообщества: высшая категория или опытный педагог с компетенцией «профессиональное выгорание, психоэмоциональная поддержка»',
    );
    const middling = explain(bank({ mentors: [competence(7)], mentees: [burnout] }), only('categoryForm'));
    expect(middling.score).toBe(50);
    expect(middling.reasons[0]).toBe('форма «Лидер педагогического сообщества – педагог, испытывающий проблемы»: психоэмоциональная поддержка, стаж меньше 10 лет (отчасти)');
    // With the default weights the school psychologist of the top category comes before the young colleague of the same subject.
    const both = bank({
      mentors: [
        mentor('Н-1', { position: 'педагог-психолог', experienceYears: 18, qualification: 'высшая', competences: [BURNOUT] }),
        mentor('Н-2', { subjects: ['история'], experienceYears: 4, competences: [BURNOUT] }),
      ],
      mentees: [{ ...burnout, subjects: ['история'] }],
    });
    expect(explain(both).score).toBeGreaterThan(explain(both, DEFAULT_WEIGHTS, 'Н-2').score);
  });
  test('digital skills → innovator: the ICT competence, whatever the experience', () => {
    const digital = mentee('НЛ-1', { category: 'освоение цифровых навыков', experienceYears: 25 });
    const r = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 2, competences: ['цифровые инструменты и ИКТ'] })], mentees: [digital] }), only('categoryForm'));
    expect(r.score).toBe(100);
    expect(r.reasons[0]).toBe('форма «Педагог-новатор – консервативный педагог»: цифровые инструменты и ИКТ');
  });
  test('new employee → subject expert: the same subject and experience', () => {
    const newcomer = mentee('НЛ-1', { category: 'новый сотрудник в адаптации', subjects: ['химия'] });
    expect(explain(bank({ mentors: [mentor('Н-1', { subjects: ['химия'], experienceYears: 15 })], mentees: [newcomer] }), only('categoryForm')).score).toBe(100);
    expect(explain(bank({ mentors: [mentor('Н-1', { subjects: ['физика'], experienceYears: 15 })], mentees: [newcomer] }), only('categoryForm')).score).toBe(0);
  });
  test('category «иное» counts half, and the reason says so', () => {
    const r = explain(bank({ mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { category: 'иное' })] }), only('categoryForm'));
    expect(r.score).toBe(50);
    expect(r.reasons).toEqual(['категория наставляемого «иное» не задаёт форму наставничества — критерий засчитан наполовину']);
  });
});

describe('experience gap and reverse mentoring', () => {
  test('a larger gap scores higher, up to the configured full gap', () => {
    const w = only('experience', { fullExperienceGap: 10 });
    const score = (years: number) => explain(bank({ mentors: [mentor('Н-1', { experienceYears: years })], mentees: [mentee('НЛ-1', { experienceYears: 2 })] }), w).score;
    expect(score(2)).toBe(0);
    expect(score(7)).toBe(50);
    expect(score(12)).toBe(100);
    expect(score(40)).toBe(100);
  });
  test('the reason names the mentor\'s experience with the right word form', () => {
    const r = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 24 })], mentees: [mentee('НЛ-1', { experienceYears: 3 })] }), only('experience'));
    expect(r.reasons[0]).toBe('стаж 24 года (на 21 год больше)');
    const less = explain(bank({ mentors: [mentor('Н-1', { experienceYears: 5 })], mentees: [mentee('НЛ-1', { experienceYears: 11 })] }), only('experience'));
    expect(less.score).toBe(0);
    expect(less.reasons[0]).toBe('стаж 5 лет — меньше, чем у наставляемого (11 лет)');
  });
  test('digital skills: a younger innovator is full marks (reverse mentoring)', () => {
    const r = explain(
      bank({ mentors: [mentor('Н-1', { experienceYears: 3, competences: [ICT] })], mentees: [mentee('НЛ-1', { experienceYears: 25, category: 'освоение цифровых навыков' })] }),
      only('experience'),
    );
    expect(r.score).toBe(100);
    expect(r.reasons[0]).toBe('реверсивное наставничество: стаж 3 года, меньше, чем у наставляемого — допустимо для цифровых навыков');
  });
  test('digital skills: a younger mentor without the digital skills is no reverse mentor, just less experienced', () => {
    const r = explain(
      bank({ mentors: [mentor('Н-1', { experienceYears: 3, competences: ['предметное содержание'] })], mentees: [mentee('НЛ-1', { experienceYears: 25, category: 'освоение цифровых навыков' })] }),
      only('experience'),
    );
    expect(r.score).toBe(0);
    expect(r.reasons[0]).toBe('стаж 3 года — меньше, чем у наставляемого (25 лет)');
  });
});

describe('kinds the mentor accepts vs the mentee\'s preferred kind', () => {
  test('accepted (up to the gloss in brackets), refused, unknown, not asked', () => {
    const pref = mentee('НЛ-1', { preferredKind: 'виртуальное' });
    const yes = explain(bank({ mentors: [mentor('Н-1', { acceptedKinds: ['виртуальное (дистанционное)', 'групповое'] })], mentees: [pref] }), only('kind'));
    expect(yes.score).toBe(100);
    expect(yes.reasons[0]).toBe('ведёт предпочитаемый вид наставничества: виртуальное');
    const no = explain(bank({ mentors: [mentor('Н-1', { acceptedKinds: ['групповое'] })], mentees: [pref] }), only('kind'));
    expect(no.score).toBe(0);
    expect(no.reasons[0]).toBe('не ведёт предпочитаемый вид наставничества: виртуальное');
    const unknown = explain(bank({ mentors: [mentor('Н-1')], mentees: [pref] }), only('kind'));
    expect(unknown.score).toBe(50);
    expect(unknown.criteria.find((c) => c.key === 'kind')!.favourable).toBe(false);
    expect(unknown.reasons[0]).toBe('наставник не указал, какие виды наставничества ведёт (наставляемый предпочитает: виртуальное) — критерий засчитан наполовину');
    expect(unknown.reasons[0]).not.toContain(';');
    const notAsked = explain(bank({ mentors: [mentor('Н-1', { acceptedKinds: ['групповое'] })], mentees: [mentee('НЛ-1')] }), only('kind'));
    expect(notAsked.score).toBe(50);
    expect(notAsked.reasons).toEqual(['наставляемый не указал предпочитаемый вид наставничества — критерий засчитан наполовину']);
  });
});

describe('mutual preferences', () => {
  const people = { mentors: [mentor('Н-1'), mentor('Н-2')], mentees: [mentee('НЛ-1')] };
  test('mutual choice beats a one-sided one, which beats none; a side that has not answered counts half', () => {
    const preferences = [
      { who: 'НЛ-1', whom: ['Н-2', 'Н-1'] },
      { who: 'Н-1', whom: ['НЛ-1'] },
    ];
    const mutual = explain(bank({ ...people, preferences }), only('preference'));
    expect(mutual.score).toBe(100);
    expect(mutual.reasons).toContain('взаимный выбор');
    const oneSided = explain(bank({ ...people, preferences: [...preferences, { who: 'Н-2', whom: ['НЛ-7'] }] }), only('preference'), 'Н-2');
    expect(oneSided.score).toBe(60);
    expect(oneSided.reasons).toEqual(['наставляемый выбрал этого наставника (1-й выбор), наставник выбрал других наставляемых']);
    const silentMentor = explain(bank({ ...people, preferences }), only('preference'), 'Н-2');
    expect(silentMentor.score).toBe(80);
    expect(silentMentor.reasons).toEqual(['наставляемый выбрал этого наставника (1-й выбор), наставник не заполнил «Предпочтения»']);
    const neither = explain(bank({ ...people, mentees: [mentee('НЛ-2')], preferences }), only('preference'), 'Н-2', 'НЛ-2');
    expect(neither.score).toBe(50);
    expect(neither.reasons).toEqual(['ни наставник, ни наставляемый не заполнили «Предпочтения» — критерий засчитан наполовину']);
    const notChosen = explain(bank({ ...people, mentees: [mentee('НЛ-2')], preferences: [...preferences, { who: 'НЛ-2', whom: ['Н-1'] }] }), only('preference'), 'Н-2', 'НЛ-2');
    expect(notChosen.score).toBe(20);
    expect(notChosen.criteria.find((c) => c.key === 'preference')!.favourable).toBe(false);
  });
  test('an empty «Предпочтения» leaves the criterion out for everyone', () => {
    const r = explain(bank(people), { ...only('preference'), experience: 10 });
    expect(r.criteria.find((c) => c.key === 'preference')!.applicable).toBe(false);
    expect(r.score).toBe(100);
  });
});

test('the issue\'s example pair explains itself in all four words', () => {
  const r = explain(
    bank({
      mentors: [mentor('Н-1', { subjects: ['математика'], experienceYears: 24, competences: [ICT, PARENTS], acceptedKinds: ['традиционное («один на один»)'] })],
      mentees: [mentee('НЛ-1', { subjects: ['математика'], experienceYears: 1, deficits: [ICT, PARENTS, LESSON], preferredKind: 'традиционное' })],
      preferences: [{ who: 'НЛ-1', whom: ['Н-1'] }, { who: 'Н-1', whom: ['НЛ-1'] }],
    }),
  );
  expect(r.reasons).toEqual([
    `закрывает 2 из 3 дефицитов: «${ICT}», «${PARENTS}»`,
    'тот же предмет: математика',
    'форма «Опытный педагог – молодой специалист»: опытный педагог',
    'стаж 24 года (на 23 года больше)',
    'ведёт предпочитаемый вид наставничества: традиционное',
    'взаимный выбор',
  ]);
  // (40·2/3 + 15 + 15 + 10 + 10 + 10) / 100 = 0.867
  expect(r.score).toBe(87);
});

test('no reason has a «;» of its own: «Обоснование» separates reasons with it', () => {
  for (const seed of [1, 2, 3]) {
    const ctx = prepareMatching(syntheticBank(15, 30, seed));
    for (const m of ctx.mentors) {
      for (const e of ctx.mentees) {
        for (const reason of explainPair(ctx, m, e).reasons) expect(reason).not.toContain(';');
      }
    }
  }
});
