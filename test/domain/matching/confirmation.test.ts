import { confirmPairs, nextPairCodes } from '../../../src/domain/matching/confirmation';
import { KIND_GROUP } from '../../../src/domain/matching/forms';
import { bank, mentee, mentor, pair } from './builders';

const ICT = 'цифровые инструменты и ИКТ';
const today = new Date(2026, 10, 20);

test('pair codes continue after the highest used, never reusing one', () => {
  expect(nextPairCodes(['П-001', 'п-007', 'X-100', ''], [], 2)).toEqual(['П-008', 'П-009']);
  expect(nextPairCodes(['П-001'], ['НП-040; П-012', 'НС-099'], 1)).toEqual(['П-013']);
  expect(nextPairCodes([], [], 1)).toEqual(['П-001']);
});

test('confirmed lines become «предложена» rows; one mentor\'s lines become a group', () => {
  const b = bank({
    mentors: [mentor('Н-1', { capacity: 2, competences: [ICT], fullName: 'Орлова Вера Павловна' }), mentor('Н-2')],
    mentees: [mentee('НЛ-1', { deficits: [ICT], fullName: 'Сидорова Анна Викторовна' }), mentee('НЛ-2', { fullName: 'Кузнецов Олег Игоревич' }), mentee('НЛ-3')],
    pairs: [pair('П-004', 'Н-9', ['НЛ-9'], 'завершена')],
  });
  const { pairs, refused } = confirmPairs(
    b,
    [
      { mentorCode: 'Н-1', menteeCode: 'НЛ-1' },
      { mentorCode: 'Н-2', menteeCode: 'НЛ-3' },
      { mentorCode: 'Н-1', menteeCode: 'НЛ-2' },
    ],
    { today, academicYear: '2026/2027', existingPairCodes: ['П-004'] },
  );
  expect(refused).toEqual([]);
  expect(pairs.map((p) => [p.code, p.mentorCode, p.menteeCodes, p.status])).toEqual([
    ['П-005', 'Н-1', ['НЛ-1', 'НЛ-2'], 'предложена'],
    ['П-006', 'Н-2', ['НЛ-3'], 'предложена'],
  ]);
  expect(pairs[0].kind).toBe(KIND_GROUP);
  expect(pairs[0].menteeNames).toEqual(['Сидорова Анна Викторовна', 'Кузнецов Олег Игоревич']);
  expect(pairs[0].reasons.split('\n')[0]).toBe('группа из 2 наставляемых: вид «групповое»');
  expect(pairs[0].reasons.split('\n')[1]).toMatch(/^Сидорова А\.В\. \(\d+\): закрывает дефицит: «цифровые инструменты и ИКТ»; /);
  expect(pairs[0].start).toEqual(new Date(2026, 10, 20));
  expect(pairs[0].end).toEqual(new Date(2027, 4, 31));
});

test('lines that break a hard rule now are refused with the reason; the others are kept', () => {
  const b = bank({
    mentors: [mentor('Н-1'), mentor('Н-2', { status: 'выбыл' })],
    mentees: [mentee('НЛ-1'), mentee('НЛ-2'), mentee('НЛ-3')],
    pairs: [pair('П-001', 'Н-1', ['НЛ-3'], 'предложена')],
  });
  const { pairs, refused } = confirmPairs(
    b,
    [
      { mentorCode: 'Н-1', menteeCode: 'НЛ-1' },
      { mentorCode: 'Н-2', menteeCode: 'НЛ-2' },
    ],
    { today, existingPairCodes: ['П-001'] },
  );
  expect(pairs).toEqual([]);
  expect(refused.map((r) => r.message)).toEqual([
    'Пару нельзя создать: у наставника нет свободных мест: занято 1 из 1.',
    'Пару нельзя создать: наставник не участвует (статус «выбыл»).',
  ]);
});

test('the same mentee twice in the list is written once', () => {
  const { pairs, refused } = confirmPairs(
    bank({ mentors: [mentor('Н-1'), mentor('Н-2')], mentees: [mentee('НЛ-1')] }),
    [{ mentorCode: 'Н-1', menteeCode: 'НЛ-1' }, { mentorCode: 'Н-2', menteeCode: 'НЛ-1' }],
    { today, existingPairCodes: [] },
  );
  expect(pairs).toHaveLength(1);
  expect(refused[0].message).toMatch(/наставляемый уже выбран для наставника/);
});
