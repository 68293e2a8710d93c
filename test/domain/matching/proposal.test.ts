import { scorePair } from '../../../src/domain/matching/compatibility';
import { prepareMatching } from '../../../src/domain/matching/context';
import { violations } from '../../../src/domain/matching/hardRules';
import { KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL } from '../../../src/domain/matching/forms';
import { confirmPairs } from '../../../src/domain/matching/confirmation';
import { mentorsTakenReason, proposePairs } from '../../../src/domain/matching/proposal';
import { sameTerm } from '../../../src/domain/matching/terms';
import { excludedByRule, suggestMentors } from '../../../src/domain/matching/suggestions';
import { DEFAULT_WEIGHTS } from '../../../src/domain/matching/weights';
import { DEFAULT_OBJECTIVE, GOAL_WORDS } from '../../../src/domain/matching/objective';
import { categoryKind } from '../../../src/domain/matching/forms';
import { bank, mentee, mentor, pair } from './builders';
import { seededRandom } from './random';
import { syntheticBank } from './syntheticBank';

const ICT = 'цифровые инструменты и ИКТ';
const PARENTS = 'взаимодействие с родителями';
const GIA = 'оценивание и подготовка к ГИА';
const LESSON = 'организация урока и управление классом';

describe('proposePairs on a bank', () => {
  test('greedy would leave Б without a mentor; the proposal serves both', () => {
    // А's best mentor X is Б's only acceptable one.
    const b = bank({
      mentors: [
        mentor('Н-X', { competences: [ICT, PARENTS, GIA], subjects: ['математика'] }),
        mentor('Н-Y', { competences: [ICT, PARENTS] }),
      ],
      mentees: [
        mentee('НЛ-А', { deficits: [ICT, PARENTS], subjects: ['математика'] }),
        mentee('НЛ-Б', { deficits: [GIA] }),
      ],
    });
    const p = proposePairs(b);
    expect(p.pairs.map((x) => [x.mentorCode, x.mentees.map((m) => m.menteeCode)])).toEqual([
      ['Н-X', ['НЛ-Б']],
      ['Н-Y', ['НЛ-А']],
    ]);
    expect(p.unpaired).toEqual([]);
    expect(p.pairs[1].reasons[0]).toBe(`закрывает оба дефицита: «${ICT}», «${PARENTS}»`);
  });

  test('a mentor with capacity 3 gets a group with kind «групповое»; single pairs are «традиционное»', () => {
    const b = bank({
      mentors: [mentor('Н-1', { capacity: 3, competences: [ICT] }), mentor('Н-2', { competences: [PARENTS] })],
      mentees: [mentee('НЛ-1', { deficits: [ICT] }), mentee('НЛ-2', { deficits: [ICT] }), mentee('НЛ-3', { deficits: [PARENTS] })],
    });
    const p = proposePairs(b);
    expect(p.pairs[0].mentees.map((m) => m.menteeCode)).toEqual(['НЛ-1', 'НЛ-2']);
    expect(p.pairs[0].kind).toBe(KIND_GROUP);
    expect(p.pairs[0].reasons[0]).toBe('группа из 2 наставляемых: вид «групповое»');
    expect(p.pairs[0].reasons[1]).toMatch(/^Петрова А\.С\.: /);
    expect(p.pairs[1].kind).toBe(KIND_TRADITIONAL);
    expect(p.totalScore).toBe(p.pairs.flatMap((x) => x.mentees).reduce((s, m) => s + m.score, 0));
  });

  test('the kind is agreed per mentee: a preferred kind the mentor leads is a pair of its own, the rest make the group', () => {
    const b = bank({
      mentors: [mentor('Н-1', { capacity: 4, competences: [ICT], acceptedKinds: ['традиционное («один на один»)', 'групповое'] })],
      mentees: [
        mentee('НЛ-1', { deficits: [ICT], preferredKind: 'традиционное' }),
        mentee('НЛ-2', { deficits: [ICT], preferredKind: 'групповое' }),
        mentee('НЛ-3', { deficits: [ICT] }),
        mentee('НЛ-4', { deficits: [ICT], preferredKind: 'виртуальное' }),
      ],
    });
    const p = proposePairs(b);
    expect(p.pairs.map((x) => [x.mentees.map((m) => m.menteeCode), x.kind])).toEqual([
      [['НЛ-1'], KIND_TRADITIONAL],
      [['НЛ-2', 'НЛ-3', 'НЛ-4'], KIND_GROUP],
    ]);
    expect(p.pairs[0].reasons).toContain('ведёт предпочитаемый вид наставничества: традиционное');
    expect(p.pairs[1].reasons[0]).toBe('группа из 3 наставляемых: вид «групповое»');
    expect(p.pairs[1].reasons).toContain('Петрова А.С.: не ведёт предпочитаемый вид наставничества: виртуальное');
    // The rows written are the rows proposed.
    const lines = p.pairs.flatMap((x) => x.mentees.map((m) => ({ mentorCode: x.mentorCode, menteeCode: m.menteeCode })));
    const written = confirmPairs(b, lines, { today: new Date(2026, 8, 9), existingPairCodes: [] }).pairs;
    expect(written.map((w) => [w.menteeCodes, w.kind])).toEqual(p.pairs.map((x) => [x.mentees.map((m) => m.menteeCode), x.kind]));
  });

  test('a mentor whose kinds leave out «групповое» gets separate pairs, never a group', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { capacity: 2, competences: [ICT], acceptedKinds: ['традиционное («один на один»)'] })],
      mentees: [mentee('НЛ-1', { deficits: [ICT] }), mentee('НЛ-2', { deficits: [ICT] })],
    }));
    expect(p.pairs.map((x) => [x.mentorCode, x.mentees.map((m) => m.menteeCode), x.kind])).toEqual([
      ['Н-1', ['НЛ-1'], KIND_TRADITIONAL],
      ['Н-1', ['НЛ-2'], KIND_TRADITIONAL],
    ]);
  });

  test('no reason contradicts the kind written: «ведёт предпочитаемый вид» only where that kind is the pair\'s', () => {
    for (const seed of [3, 4, 5, 6]) {
      const p = proposePairs(syntheticBank(40, 120, seed));
      for (const x of p.pairs) {
        for (const m of x.mentees) {
          for (const r of m.reasons) {
            const led = /^ведёт предпочитаемый вид наставничества: (.+)$/.exec(r);
            if (led) expect({ seed, kind: x.kind, led: sameTerm(led[1], x.kind) }).toEqual({ seed, kind: x.kind, led: true });
          }
        }
        if (x.mentees.length > 1) expect(x.reasons[0]).toMatch(/^группа из \d+ наставляемых: вид «групповое»$/);
      }
    }
  });

  test('a mentee who asked for a group but is the mentor\'s only one gets a pair «один на один», and is told why', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { competences: [ICT], acceptedKinds: [KIND_GROUP, KIND_TRADITIONAL], capacity: 3 })],
      mentees: [mentee('НЛ-1', { deficits: [ICT], preferredKind: KIND_GROUP })],
    }));
    expect(p.pairs).toHaveLength(1);
    expect(p.pairs[0].kind).toBe(KIND_TRADITIONAL);
    expect(p.pairs[0].reasons[0]).toBe(`других наставляемых для группы у наставника нет: вид «${KIND_TRADITIONAL}»`);
    expect(p.pairs[0].reasons).toContain('ведёт групповое наставничество, которое предпочитает наставляемый');
  });

  test('reverse mentoring: a younger ICT mentor for a veteran learning digital tools', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { experienceYears: 4, competences: [ICT], acceptedKinds: ['реверсивное'], subjects: ['география'] })],
      mentees: [mentee('НЛ-1', { experienceYears: 30, category: 'освоение цифровых навыков', deficits: [ICT], subjects: ['география'], preferredKind: 'реверсивное' })],
    }));
    expect(p.pairs[0].kind).toBe(KIND_REVERSE);
    expect(p.pairs[0].form).toBe('Педагог-новатор – консервативный педагог');
    expect(p.pairs[0].score).toBe(100);
  });

  test('category «иное»: an experienced teacher\'s pair is not given a form «… – молодой специалист»', () => {
    const veteranMentor = mentor('Н-1', { experienceYears: 24, qualification: 'высшая', subjects: ['математика'], competences: [LESSON] });
    const other = (years: number) => proposePairs(bank({
      mentors: [veteranMentor],
      mentees: [mentee('НЛ-1', { experienceYears: years, category: 'иное', subjects: ['математика'], deficits: [LESSON] })],
    })).pairs[0].form;
    expect(other(12)).toBe('Опытный предметник – неопытный предметник');
    expect(other(2)).toBe('Опытный педагог – молодой специалист');
    const s = suggestMentors(prepareMatching(bank({ mentors: [veteranMentor], mentees: [mentee('НЛ-1', { experienceYears: 12, category: 'иное' })] }), DEFAULT_WEIGHTS), 'НЛ-1')!;
    expect(s.mentors[0].form).not.toContain('молодой специалист');
  });

  test('a mentee who prefers reverse mentoring: a more experienced mentor is no reverse mentor, the younger innovator comes first', () => {
    const b = bank({
      mentors: [
        mentor('Н-1', { experienceYears: 30, competences: [ICT], acceptedKinds: ['реверсивное', KIND_TRADITIONAL] }),
        mentor('Н-2', { experienceYears: 3, competences: [ICT], acceptedKinds: ['реверсивное'] }),
      ],
      mentees: [mentee('НЛ-1', { experienceYears: 10, category: 'освоение цифровых навыков', deficits: [ICT], preferredKind: 'реверсивное' })],
    });
    const s = suggestMentors(prepareMatching(b, DEFAULT_WEIGHTS), 'НЛ-1')!;
    expect(s.mentors.map((m) => m.mentorCode)).toEqual(['Н-2', 'Н-1']);
    expect(s.mentors[0].kind).toBe(KIND_REVERSE);
    const older = s.mentors[1];
    expect(older.kind).toBe(KIND_TRADITIONAL);
    expect(older.reasons).toContain('наставляемый предпочитает вид «реверсивное», а стаж наставника не меньше, чем у наставляемого');
    expect(older.reasons.join('; ')).not.toContain('ведёт предпочитаемый вид');
    const alone = proposePairs(bank({ mentors: [b.mentors[0]], mentees: b.mentees }));
    expect(alone.pairs[0].kind).toBe(KIND_TRADITIONAL);
  });

  test('a younger mentor without digital skills is not written as reverse mentoring', () => {
    const b = bank({
      mentors: [mentor('Н-1', { experienceYears: 4, competences: ['предметное содержание'], subjects: ['география'] })],
      mentees: [mentee('НЛ-1', { experienceYears: 30, category: 'освоение цифровых навыков', deficits: [ICT], subjects: ['география'] })],
    });
    const s = suggestMentors(prepareMatching(b, DEFAULT_WEIGHTS), 'НЛ-1')!;
    expect(s.mentors[0].kind).toBe(KIND_TRADITIONAL);
    expect(s.mentors[0].reasons.join('; ')).not.toContain('реверсивное');
    const p = proposePairs(b, { ...DEFAULT_WEIGHTS, minScore: 0 });
    expect(p.pairs[0].kind).toBe(KIND_TRADITIONAL);
  });

  test('pinned pairs are kept even below the minimum, and take a place', () => {
    const b = bank({
      mentors: [mentor('Н-1', { competences: [ICT] }), mentor('Н-2', { competences: [ICT] })],
      mentees: [mentee('НЛ-1', { deficits: [PARENTS] }), mentee('НЛ-2', { deficits: [ICT] }), mentee('НЛ-3', { deficits: [ICT] })],
    });
    const p = proposePairs(b, DEFAULT_WEIGHTS, { pinned: [{ mentorCode: 'Н-1', menteeCode: 'НЛ-1' }] });
    expect(p.pairs[0]).toMatchObject({ mentorCode: 'Н-1', mentees: [{ menteeCode: 'НЛ-1', pinned: true }] });
    expect(p.pairs[1].mentees.map((m) => [m.menteeCode, m.pinned])).toEqual([['НЛ-2', false]]);
    expect(p.unpaired.map((u) => u.menteeCode)).toEqual(['НЛ-3']);
    expect(p.unpaired[0].reason).toMatch(/^единственный подходящий наставник Иванов И\.И\. \(\d+\) занят: его места получили другие наставляемые$/);
  });

  test('a pin that breaks a hard rule is refused with the reason, not kept', () => {
    const p = proposePairs(bank({ mentors: [mentor('Н-1', { consentToMentor: false })], mentees: [mentee('НЛ-1')] }), DEFAULT_WEIGHTS, {
      pinned: [{ mentorCode: 'Н-1', menteeCode: 'НЛ-1' }],
    });
    expect(p.refusedPins).toEqual([{ mentorCode: 'Н-1', menteeCode: 'НЛ-1', message: 'Пару нельзя создать: наставник не дал согласия быть наставником.' }]);
    expect(p.pairs).toEqual([]);
  });

  test('the same bank in another row order gives the same proposal', () => {
    const random = seededRandom(5);
    const deficits = [ICT, PARENTS, GIA, 'классное руководство и воспитательная работа'];
    const pick = () => deficits.filter(() => random() < 0.5);
    const mentors = Array.from({ length: 12 }, (_, i) => mentor(`Н-${String(i).padStart(2, '0')}`, { capacity: 1 + (i % 3), competences: pick(), experienceYears: 5 + i }));
    const mentees = Array.from({ length: 30 }, (_, i) => mentee(`НЛ-${String(i).padStart(2, '0')}`, { deficits: pick() }));
    const a = proposePairs(bank({ mentors, mentees }));
    const b = proposePairs(bank({ mentors: [...mentors].reverse(), mentees: [...mentees].reverse() }));
    expect(b).toEqual(a);
    expect(a.pairs.length).toBeGreaterThan(0);
  });
});

describe('bad input: a reason per mentee, never a crash or a silent skip', () => {
  test('a bank with no mentors', () => {
    const p = proposePairs(bank({ mentees: [mentee('НЛ-1'), mentee('НЛ-2')] }));
    expect(p.unpaired.map((u) => u.reason)).toEqual(['в банке нет наставников: лист «Наставники» пуст', 'в банке нет наставников: лист «Наставники» пуст']);
  });

  test('all mentors full', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1'), mentor('Н-2')],
      mentees: [mentee('НЛ-1'), mentee('НЛ-2'), mentee('НЛ-3')],
      pairs: [pair('П-1', 'Н-1', ['НЛ-1']), pair('П-2', 'Н-2', ['НЛ-2'], 'предложена')],
    }));
    expect(p.pairs).toEqual([]);
    expect(p.unpaired).toEqual([{ menteeCode: 'НЛ-3', menteeName: 'Петрова Анна Сергеевна', reason: 'все наставники заняты: свободных мест нет' }]);
    expect(p.excludedMentors.map((m) => m.reason)).toEqual(['у наставника нет свободных мест: занято 1 из 1', 'у наставника нет свободных мест: занято 1 из 1']);
  });

  test('capacity blank, 0 or text (parsed as NaN): the mentor is excluded with the reason', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { capacity: NaN }), mentor('Н-2', { capacity: 0 }), mentor('Н-3', { capacity: 2.5 })],
      mentees: [mentee('НЛ-1')],
    }));
    expect(p.excludedMentors.map((m) => m.reason)).toEqual([
      'у наставника не указано «Макс. наставляемых» (нужно целое число не меньше 1)',
      'у наставника «Макс. наставляемых» равно 0',
      'у наставника не указано «Макс. наставляемых» (нужно целое число не меньше 1)',
    ]);
    expect(p.unpaired[0].reason).toBe('нет доступных наставников: у всех нет свободных мест, согласия или статуса участника');
  });

  test('a mentee with no deficits is still paired, and the reasons say the deficits are missing', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { subjects: ['химия'] })],
      mentees: [mentee('НЛ-1', { subjects: ['химия'] })],
    }));
    expect(p.pairs[0].mentees[0].reasons[0]).toBe('дефициты наставляемого не указаны — критерий засчитан наполовину');
  });

  test('a mentee with no deficits does not take the only mentor from a mentee whose deficits he covers', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { competences: [ICT, PARENTS], subjects: ['химия'] })],
      mentees: [mentee('НЛ-1', { subjects: ['химия'] }), mentee('НЛ-2', { subjects: ['химия'], deficits: [ICT, PARENTS, GIA] })],
    }));
    expect(p.pairs.map((x) => x.mentees.map((m) => m.menteeCode))).toEqual([['НЛ-2']]);
    expect(p.unpaired.map((u) => u.menteeCode)).toEqual(['НЛ-1']);
  });

  test('a mentor listed twice is excluded with the rows named; a mentee listed twice is unpaired with the rows named', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { ref: { sheet: 'Наставники', row: 3, column: 'Код' } }), mentor('Н-1', { ref: { sheet: 'Наставники', row: 7, column: 'Код' } }), mentor('Н-2')],
      mentees: [mentee('НЛ-1', { ref: { sheet: 'Наставляемые', row: 2, column: 'Код' } }), mentee('НЛ-1', { ref: { sheet: 'Наставляемые', row: 4, column: 'Код' } })],
    }));
    expect(p.excludedMentors.map((m) => m.reason)).toEqual([
      'код наставника Н-1 повторяется на листе «Наставники» (строки 3, 7): исправьте код',
      'код наставника Н-1 повторяется на листе «Наставники» (строки 3, 7): исправьте код',
    ]);
    expect(p.unpaired.map((u) => u.reason)).toEqual([
      'код наставляемого НЛ-1 повторяется на листе «Наставляемые» (строки 2, 4): исправьте код',
      'код наставляемого НЛ-1 повторяется на листе «Наставляемые» (строки 2, 4): исправьте код',
    ]);
  });

  test('a mentor on two rows with two codes and one email is not booked twice', () => {
    const p = proposePairs(bank({
      mentors: [
        mentor('НС-001', { email: 'orlova@school.ru', competences: [ICT] }),
        mentor('НС-002', { email: 'orlova@school.ru', competences: [ICT] }),
      ],
      mentees: [mentee('НП-001', { deficits: [ICT] }), mentee('НП-002', { deficits: [ICT] })],
    }));
    expect(p.pairs.map((x) => x.mentorCode)).toEqual(['НС-001']);
    expect(p.pairs[0].mentees).toHaveLength(1);
    expect(p.excludedMentors).toEqual([expect.objectContaining({ mentorCode: 'НС-002', reason: expect.stringContaining('тот же человек, что в строке') })]);
    expect(p.unpaired).toHaveLength(1);
  });

  test('below the minimum score: unpaired, naming the best mentor and score', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { fullName: 'Орлова Вера Павловна', competences: [GIA], experienceYears: 1, acceptedKinds: ['групповое'] })],
      mentees: [mentee('НЛ-1', { deficits: [ICT], experienceYears: 1, subjects: ['физика'] })],
    }));
    expect(p.unpaired[0].reason).toMatch(/^ни один наставник не набрал минимальную совместимость 30: лучший — Орлова В\.П\. \(\d+\)$/);
  });

  test('mentees without consent or inactive are listed with the reason', () => {
    const p = proposePairs(bank({
      mentors: [mentor('Н-1', { capacity: 3 })],
      mentees: [mentee('НЛ-1', { consentPersonalData: false }), mentee('НЛ-2', { status: 'выбыл' })],
    }));
    expect(p.unpaired.map((u) => u.reason)).toEqual(['нет согласия наставляемого на обработку персональных данных', 'наставляемый не участвует (статус «выбыл»)']);
  });
});

test('«all suitable mentors are taken» reads right for 1, 2, 5, 11 and 21 mentors', () => {
  expect(mentorsTakenReason(1, 'Лисина А.П.', 100)).toBe('единственный подходящий наставник Лисина А.П. (100) занят: его места получили другие наставляемые');
  for (const n of [2, 5, 11, 21]) {
    expect(mentorsTakenReason(n, 'Лисина А.П.', 90)).toBe(`все подходящие наставники заняты (подходящих: ${n}, лучший — Лисина А.П., 90): мест меньше, чем наставляемых, которым они подходят`);
  }
  // Through the proposal: two mentors, three mentees who all suit them.
  const p = proposePairs(bank({
    mentors: [mentor('Н-1', { competences: [ICT] }), mentor('Н-2', { competences: [ICT] })],
    mentees: [mentee('НЛ-1', { deficits: [ICT] }), mentee('НЛ-2', { deficits: [ICT] }), mentee('НЛ-3', { deficits: [ICT] })],
  }));
  expect(p.unpaired.map((u) => u.reason)).toEqual([expect.stringMatching(/^все подходящие наставники заняты \(подходящих: 2, лучший — Иванов И\.И\., \d+\)/)]);
});

describe('suggestions for one mentee', () => {
  test('ranked by score with load; excluded mentors carry the hard rule', () => {
    const ctx = prepareMatching(bank({
      mentors: [
        mentor('Н-1', { competences: [ICT], capacity: 2 }),
        mentor('Н-2', { competences: [ICT, PARENTS] }),
        mentor('Н-3', { competences: [ICT, PARENTS], consentToMentor: false }),
        mentor('Н-4', { competences: [GIA], experienceYears: 1 }),
      ],
      mentees: [mentee('НЛ-1', { deficits: [ICT, PARENTS] }), mentee('НЛ-2')],
      pairs: [pair('П-1', 'Н-1', ['НЛ-2'])],
    }));
    const s = suggestMentors(ctx, 'нл-1')!;
    expect(s.menteeRules).toEqual([]);
    expect(s.mentors.map((m) => [m.mentorCode, m.load, m.capacity, m.belowMinimum])).toEqual([
      ['Н-2', 0, 1, false],
      ['Н-1', 1, 2, false],
      ['Н-4', 0, 1, true],
    ]);
    expect(s.mentors[0].score).toBeGreaterThan(s.mentors[1].score);
    expect(s.excluded).toEqual([{ mentorCode: 'Н-3', mentorName: 'Иванов Иван Иванович', score: s.mentors[0].score, rules: ['наставник не дал согласия быть наставником'], ruleKeys: ['mentorNoMentoringConsent'] }]);
    expect(excludedByRule(s.excluded)).toEqual([{ reason: 'нет согласия быть наставником', count: 1 }]);
    expect(suggestMentors(ctx, 'НЛ-404')).toBeUndefined();
  });

  test('a mentee already in a pair gets the rule that stops them', () => {
    const ctx = prepareMatching(bank({ mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1')], pairs: [pair('П-5', 'Н-1', ['НЛ-1'], 'утверждена')] }));
    expect(suggestMentors(ctx, 'НЛ-1')!.menteeRules).toEqual(['наставляемый уже в паре П-5 (статус «утверждена»)']);
  });
});

describe('optimality on whole banks, against brute force over the rules and scores', () => {
  // The objective as a tuple compared left to right: the independent statement of objective.ts.
  const keyOf = {
    coverage: (first: number, placed: number, total: number) => [first, placed, total],
    compatibility: (_first: number, placed: number, total: number) => [total, placed],
  };
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };

  for (const goal of ['coverage', 'compatibility'] as const) {
    test(`80 random small banks, «${GOAL_WORDS[goal]}»: the proposal is the best assignment by the objective`, () => {
      const weights = { ...DEFAULT_WEIGHTS, objective: { ...DEFAULT_OBJECTIVE, goal } };
      let differs = 0;
      for (let seed = 1; seed <= 80; seed++) {
        const b = syntheticBank(3, 6, seed);
        const proposal = proposePairs(b, weights);
        // Independent reckoning: every pair allowed by the hard rules and reaching the minimum, every assignment tried.
        const ctx = prepareMatching(b, weights);
        const options = ctx.mentees.map((e) => ctx.mentors
          .filter((m) => violations(ctx, m, e).length === 0)
          .map((m) => ({ m, score: scorePair(ctx, m, e) }))
          .filter((o) => o.score >= DEFAULT_WEIGHTS.minScore));
        const first = ctx.mentees.map((e) => goal === 'coverage' && ['young', 'newcomer'].includes(categoryKind(e.mentee.category)));
        const free = ctx.mentors.map((m) => m.mentor.capacity - m.load);
        let best: number[] = [];
        const walk = (i: number, firsts: number, placed: number, total: number): void => {
          if (i === options.length) {
            const key = keyOf[goal](firsts, placed, total);
            if (best.length === 0 || better(key, best)) best = key;
            return;
          }
          walk(i + 1, firsts, placed, total);
          for (const o of options[i]) {
            if (free[o.m.index] <= 0) continue;
            free[o.m.index]--;
            walk(i + 1, firsts + (first[i] ? 1 : 0), placed + 1, total + o.score);
            free[o.m.index]++;
          }
        };
        walk(0, 0, 0, 0);
        const members = proposal.pairs.flatMap((p) => p.mentees);
        const firsts = members.filter((m) => first[ctx.mentees.findIndex((e) => e.mentee.code === m.menteeCode)]).length;
        const got = keyOf[goal](firsts, members.length, proposal.totalScore);
        expect({ seed, got }).toEqual({ seed, got: best });
        expect(members.length + proposal.unpaired.length).toBe(b.mentees.length);
        if (proposePairs(b, { ...weights, objective: { ...DEFAULT_OBJECTIVE, goal: goal === 'coverage' ? 'compatibility' : 'coverage' } }).totalScore !== proposal.totalScore) differs++;
      }
      // The two goals do part on some of these banks, so each test checks its own objective.
      expect(differs).toBeGreaterThan(0);
    });
  }
});

describe('the objective «охват» (issue 12)', () => {
  // Weights: deficits only, minimum 30. X covers d1, d2, d3; Y covers d1.
  const weights = { ...DEFAULT_WEIGHTS, subject: 0, categoryForm: 0, experience: 0, kind: 0, preference: 0 };
  const D = ['организация урока и управление классом', 'взаимодействие с родителями', 'оценивание и подготовка к ГИА', 'цифровые инструменты и ИКТ', 'методика преподавания и образовательные технологии'];
  const issueBank = () => bank({
    mentors: [mentor('Н-X', { fullName: 'Хохлова Ирина Павловна', competences: [D[0], D[1], D[2]] }), mentor('Н-Y', { fullName: 'Юдина Ольга Сергеевна', competences: [D[0]] })],
    mentees: [mentee('НЛ-A', { deficits: [D[0], D[1]] }), mentee('НЛ-B', { deficits: [D[2], D[3], D[4]] })],
  });

  test('the issue\'s example: both mentees are placed (A–Y, B–X); «совместимость» keeps the old answer', () => {
    const p = proposePairs(issueBank(), weights);
    expect(p.pairs.map((x) => [x.mentorCode, x.mentees.map((m) => [m.menteeCode, m.score])])).toEqual([
      ['Н-X', [['НЛ-B', 33]]],
      ['Н-Y', [['НЛ-A', 50]]],
    ]);
    expect(p.unpaired).toEqual([]);
    const old = proposePairs(issueBank(), { ...weights, objective: { ...DEFAULT_OBJECTIVE, goal: 'compatibility' } });
    expect(old.pairs.map((x) => [x.mentorCode, x.mentees[0].menteeCode])).toEqual([['Н-X', 'НЛ-A']]);
    expect(old.unpaired[0].reason).toBe('единственный подходящий наставник Хохлова И.П. (33) занят: его места получили другие наставляемые');
  });

  test('when places run short, a young specialist is placed before a teacher of another category, even at a lower score', () => {
    const b = bank({
      mentors: [mentor('Н-1', { competences: [D[0], D[1]] })],
      mentees: [
        mentee('НЛ-1', { category: 'педагог, испытывающий профессиональное выгорание', deficits: [D[0], D[1]] }),
        mentee('НЛ-2', { category: 'молодой специалист (стаж 0–3 года)', deficits: [D[0], D[4]] }),
      ],
    });
    const p = proposePairs(b, weights);
    expect(p.pairs.map((x) => x.mentees[0].menteeCode)).toEqual(['НЛ-2']);
    expect(p.unpaired.map((u) => u.menteeCode)).toEqual(['НЛ-1']);
    expect(p.unpaired[0].reason).toMatch(/^единственный подходящий наставник .* занят: его места получили другие наставляемые$/);
    // Without priority the better pair wins the place.
    const flat = proposePairs(b, { ...weights, objective: { goal: 'coverage', priority: [] } });
    expect(flat.pairs.map((x) => x.mentees[0].menteeCode)).toEqual(['НЛ-1']);
  });
});
