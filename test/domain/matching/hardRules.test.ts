import { findMentee, findMentor, prepareMatching, type MatchingBank } from '../../../src/domain/matching/context';
import { checkManualPair, menteeViolations, mentorViolations, violations, type HardRule } from '../../../src/domain/matching/hardRules';
import { bank, mentee, mentor, pair } from './builders';

function rulesOf(b: MatchingBank, mentorCode = 'Н-1', menteeCode = 'НЛ-1'): HardRule[] {
  const ctx = prepareMatching(b);
  return violations(ctx, findMentor(ctx, mentorCode)!, findMentee(ctx, menteeCode)!).map((v) => v.rule);
}

describe('hard rules, one by one', () => {
  test('a clean pair breaks none', () => {
    expect(rulesOf(bank({ mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1')] }))).toEqual([]);
  });
  test.each<[string, Partial<MatchingBank>, HardRule]>([
    ['mentor without personal-data consent', { mentors: [mentor('Н-1', { consentPersonalData: false })], mentees: [mentee('НЛ-1')] }, 'mentorNoPersonalDataConsent'],
    ['mentee without personal-data consent', { mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { consentPersonalData: false })] }, 'menteeNoPersonalDataConsent'],
    ['mentor did not agree to mentor', { mentors: [mentor('Н-1', { consentToMentor: false })], mentees: [mentee('НЛ-1')] }, 'mentorNoMentoringConsent'],
    ['mentor inactive', { mentors: [mentor('Н-1', { status: 'выбыл' })], mentees: [mentee('НЛ-1')] }, 'mentorInactive'],
    ['mentee inactive', { mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { status: 'в декретном отпуске' })] }, 'menteeInactive'],
    ['mentor at capacity', { mentors: [mentor('Н-1', { capacity: 1 })], mentees: [mentee('НЛ-1'), mentee('НЛ-2')], pairs: [pair('П-1', 'Н-1', ['НЛ-2'], 'утверждена')] }, 'mentorFull'],
    ['capacity blank (NaN)', { mentors: [mentor('Н-1', { capacity: NaN })], mentees: [mentee('НЛ-1')] }, 'mentorCapacityMissing'],
    ['capacity 0', { mentors: [mentor('Н-1', { capacity: 0 })], mentees: [mentee('НЛ-1')] }, 'mentorCapacityMissing'],
    ['mentee already in an active pair', { mentors: [mentor('Н-1'), mentor('Н-2')], mentees: [mentee('НЛ-1')], pairs: [pair('П-7', 'Н-2', ['НЛ-1'], 'действует')] }, 'menteeAlreadyPaired'],
    ['the same code on both sides', { mentors: [mentor('Т-1')], mentees: [mentee('Т-1')] }, 'samePerson'],
    ['the same email on both sides', { mentors: [mentor('Н-1', { email: 'Petrova@school.ru' })], mentees: [mentee('НЛ-1', { email: 'petrova@school.ru ' })] }, 'samePerson'],
    ['the same name, no emails', { mentors: [mentor('Н-1', { fullName: 'Петрова Анна Ивановна' })], mentees: [mentee('НЛ-1', { fullName: 'петрова  анна ивановна' })] }, 'samePerson'],
    ['errors in the mentor\'s row', { mentors: [mentor('Н-1', { problems: ['не заполнено поле «Стаж (лет)»'] })], mentees: [mentee('НЛ-1')] }, 'mentorRowErrors'],
    ['errors in the mentee\'s row', { mentors: [mentor('Н-1')], mentees: [mentee('НЛ-1', { problems: ['нет кода'] })] }, 'menteeRowErrors'],
    ['a mentor code listed twice', { mentors: [mentor('Н-1'), mentor('н-1 ')], mentees: [mentee('НЛ-1')] }, 'mentorDuplicate'],
  ])('%s', (_name, over, rule) => {
    const b = bank(over);
    const codes = { mentor: b.mentors[0]?.code ?? 'Н-1', mentee: b.mentees[0]?.code ?? 'НЛ-1' };
    expect(rulesOf(b, codes.mentor, codes.mentee)).toContain(rule);
  });

  test('row errors are named with the row; a blank capacity is not reported twice', () => {
    const ctx = prepareMatching(bank({
      mentors: [mentor('Н-1', { capacity: 0, problems: ['не заполнено поле «Макс. наставляемых»'], ref: { sheet: 'Наставники', row: 5, column: 'ФИО' } })],
      mentees: [mentee('НЛ-1')],
    }));
    expect(violations(ctx, findMentor(ctx, 'Н-1')!, findMentee(ctx, 'НЛ-1')!).map((v) => v.message)).toEqual([
      'наставник: ошибки в строке 5 листа «Наставники» (не заполнено поле «Макс. наставляемых»)',
    ]);
  });

  test('one person entered twice under two codes (the same email): the later row is kept out, naming both rows', () => {
    const ctx = prepareMatching(bank({
      mentors: [
        mentor('НС-002', { email: ' Orlova@School.ru', ref: { sheet: 'Наставники', row: 3, column: 'ФИО' } }),
        mentor('НС-001', { email: 'orlova@school.ru', ref: { sheet: 'Наставники', row: 2, column: 'ФИО' } }),
      ],
      mentees: [
        mentee('НП-001', { email: 'a@school.ru', ref: { sheet: 'Наставляемые', row: 2, column: 'ФИО' } }),
        mentee('НП-007', { email: 'A@school.ru', ref: { sheet: 'Наставляемые', row: 8, column: 'ФИО' } }),
      ],
    }));
    const rules = (m: string, e: string) => violations(ctx, findMentor(ctx, m)!, findMentee(ctx, e)!);
    expect(rules('НС-001', 'НП-001')).toEqual([]);
    expect(rules('НС-002', 'НП-001')).toEqual([{
      rule: 'mentorEnteredTwice',
      message: 'наставник: тот же человек, что в строке 2 листа «Наставники» (НС-001): у обеих строк email orlova@school.ru, в подборе участвует только строка 2 — удалите повторную строку 3 или исправьте email',
    }]);
    expect(rules('НС-001', 'НП-007').map((v) => v.rule)).toEqual(['menteeEnteredTwice']);
    expect(rules('НС-001', 'НП-007')[0].message).toContain('что в строке 2 листа «Наставляемые» (НП-001)');
  });

  test('namesakes with different emails are different people', () => {
    expect(rulesOf(bank({
      mentors: [mentor('Н-1', { fullName: 'Иванова Анна Петровна', email: 'a@s.ru' })],
      mentees: [mentee('НЛ-1', { fullName: 'Иванова Анна Петровна', email: 'b@s.ru' })],
    }))).toEqual([]);
  });

  test('finished and stopped pairs free the mentor and the mentee', () => {
    expect(rulesOf(bank({
      mentors: [mentor('Н-1', { capacity: 1 })],
      mentees: [mentee('НЛ-1')],
      pairs: [pair('П-1', 'Н-1', ['НЛ-1'], 'завершена'), pair('П-2', 'Н-1', ['НЛ-1'], 'прекращена')],
    }))).toEqual([]);
  });
});

describe('manual pairs are refused with the reason', () => {
  test('the message names the broken rules in Russian', () => {
    const ctx = prepareMatching(bank({
      mentors: [mentor('Н-1', { capacity: 2, consentToMentor: false })],
      mentees: [mentee('НЛ-1'), mentee('НЛ-2')],
      pairs: [pair('П-3', 'Н-1', ['НЛ-2'])],
    }));
    const check = checkManualPair(ctx, 'Н-1', ['НЛ-1']);
    expect(check.ok).toBe(false);
    expect(check.message).toBe('Пару нельзя создать: наставник не дал согласия быть наставником.');
  });
  test('a group larger than the free places is refused; each mentee\'s obstacle is named', () => {
    const ctx = prepareMatching(bank({
      mentors: [mentor('Н-1', { capacity: 3 })],
      mentees: [mentee('НЛ-1', { fullName: 'Сидорова Анна Викторовна' }), mentee('НЛ-2', { consentPersonalData: false, fullName: 'Кузнецов Олег Игоревич' }), mentee('НЛ-3'), mentee('НЛ-4')],
      pairs: [pair('П-1', 'Н-1', ['НЛ-4'])],
    }));
    const check = checkManualPair(ctx, 'Н-1', ['НЛ-1', 'НЛ-2', 'НЛ-3']);
    expect(check.violations.map((v) => v.message)).toEqual([
      'у наставника 2 свободных места, а в группе 3',
      'Кузнецов О.И.: нет согласия наставляемого на обработку персональных данных',
    ]);
  });
  test('unknown codes are named', () => {
    const ctx = prepareMatching(bank({ mentors: [mentor('Н-1')], mentees: [] }));
    expect(checkManualPair(ctx, 'Н-9', ['НЛ-9']).violations.map((v) => v.rule)).toEqual(['unknownMentor', 'unknownMentee']);
  });
  test('a mentee accepted earlier in the same session is not taken twice', () => {
    const ctx = prepareMatching(bank({ mentors: [mentor('Н-1'), mentor('Н-2')], mentees: [mentee('НЛ-1')] }), undefined, [{ mentorCode: 'Н-1', menteeCode: 'НЛ-1' }]);
    const check = checkManualPair(ctx, 'Н-2', ['НЛ-1']);
    expect(check.message).toBe('Пару нельзя создать: наставляемый уже выбран для наставника Иванов И.И. в этом подборе.');
    expect(checkManualPair(ctx, 'Н-1', ['НЛ-1']).ok).toBe(false);
  });
});

test('rows without a code are «нет кода», not duplicates of one another', () => {
  const blank = (row: number) => ({ problems: ['нет кода'], ref: { sheet: 'Наставники', row, column: 'ФИО' } });
  const ctx = prepareMatching(bank({ mentors: [mentor('', blank(6)), mentor(' ', blank(7))], mentees: [mentee('', { ...blank(8), ref: { sheet: 'Наставляемые', row: 8, column: 'ФИО' } }), mentee('')] }));
  const messages = [...mentorViolations(ctx.mentors[0]), ...menteeViolations(ctx, ctx.mentees[0])].map((v) => v.message);
  expect(messages.some((m) => m.includes('повторяется'))).toBe(false);
  expect(messages).toContain('наставник: ошибки в строке 6 листа «Наставники» (нет кода)');
});
