import { readBank } from '../../../src/domain/bank/bank';
import type { ForbiddenPair } from '../../../src/domain/bank/model';
import { FORBIDDEN_COLUMNS as F, SHEET } from '../../../src/domain/bank/schema';
import { checkBank } from '../../../src/domain/bank/validation';
import { confirmPairs } from '../../../src/domain/matching/confirmation';
import { prepareMatching } from '../../../src/domain/matching/context';
import { checkManualPair, neverTogether, neverTogetherIndex } from '../../../src/domain/matching/hardRules';
import { proposePairs } from '../../../src/domain/matching/proposal';
import { suggestMentors } from '../../../src/domain/matching/suggestions';
import { sampleGrids, tablesOf } from '../../helpers/sampleTables';
import { bank, mentee, mentor } from './builders';
import { seededRandom } from './random';

const ICT = 'цифровые инструменты и ИКТ';
const PARENTS = 'взаимодействие с родителями';

function forbid(mentorCode: string, menteeCode: string, reason: string, row = 2): ForbiddenPair {
  return { mentorCode, menteeCode, reason, ref: { sheet: SHEET.forbidden, row, column: F.mentorCode } };
}

// Н-1 covers both deficits, Н-2 one of them: Н-1 is the best mentor, Н-2 the next best.
const people = () => ({
  mentors: [mentor('Н-1', { fullName: 'Орлова Нина Петровна', competences: [ICT, PARENTS] }), mentor('Н-2', { fullName: 'Белова Анна Юрьевна', competences: [ICT] })],
  mentees: [mentee('НЛ-1', { deficits: [ICT, PARENTS] })],
});

describe('«Запрещённые пары»', () => {
  test('a forbidden pair is never proposed: the mentee goes to the next best mentor', () => {
    expect(proposePairs(bank(people())).pairs.map((p) => p.mentorCode)).toEqual(['Н-1']);
    const p = proposePairs(bank({ ...people(), forbidden: [forbid(' н-1', 'нл-1 ', 'родственники')] }));
    expect(p.pairs.map((x) => [x.mentorCode, x.mentees[0].menteeCode])).toEqual([['Н-2', 'НЛ-1']]);
    expect(p.unpaired).toEqual([]);
  });

  test('a mentee whose only mentor is forbidden is unpaired, and the reason says so', () => {
    const p = proposePairs(bank({ mentors: [people().mentors[0]], mentees: people().mentees, forbidden: [forbid('Н-1', 'НЛ-1', 'конфликт')] }));
    expect(p.unpaired).toEqual([{ menteeCode: 'НЛ-1', menteeName: 'Петрова Анна Сергеевна', reason: 'нет доступных наставников: остальные запрещены для него на листе «Запрещённые пары»' }]);
  });

  test('a manual pair (and a confirmed line) is refused with the reason and the row', () => {
    const b = bank({ ...people(), forbidden: [forbid('Н-1', 'НЛ-1', 'пара не сложилась', 5)] });
    const check = checkManualPair(prepareMatching(b), 'Н-1', ['НЛ-1']);
    expect(check.ok).toBe(false);
    expect(check.message).toBe('Пару нельзя создать: пара запрещена на листе «Запрещённые пары» (строка 5): пара не сложилась.');
    const confirmed = confirmPairs(b, [{ mentorCode: 'Н-1', menteeCode: 'НЛ-1' }], { today: new Date(2026, 8, 1), existingPairCodes: [] });
    expect(confirmed.pairs).toEqual([]);
    expect(confirmed.refused[0].message).toContain('пара не сложилась');
    // The sidebar's ranked list shows the mentor among the excluded, with the rule.
    const s = suggestMentors(prepareMatching(b), 'НЛ-1')!;
    expect(s.mentors.map((m) => m.mentorCode)).toEqual(['Н-2']);
    expect(s.excluded.map((x) => [x.mentorCode, x.ruleKeys, x.rules])).toEqual([['Н-1', ['forbiddenPair'], ['пара запрещена на листе «Запрещённые пары» (строка 5): пара не сложилась']]]);
  });

  test('the sheet is read by header, and «Проверить банк» reports codes that name nobody', () => {
    const grids = sampleGrids();
    expect(grids[SHEET.forbidden][0]).toEqual([F.mentorCode, F.menteeCode, F.reason]);
    const mentorCode = String(grids[SHEET.mentors][1][0]);
    const menteeCode = String(grids[SHEET.mentees][1][0]);
    grids[SHEET.forbidden] = [
      [F.reason, F.menteeCode, F.mentorCode],
      ['родственники', menteeCode, mentorCode],
      ['конфликт', 'НП-999', 'НС-777'],
      [null, null, null],
    ];
    const read = readBank(tablesOf(grids));
    expect(read.forbidden.map((f) => [f.mentorCode, f.menteeCode, f.reason, f.ref.row])).toEqual([
      [mentorCode, menteeCode, 'родственники', 2],
      ['НС-777', 'НП-999', 'конфликт', 3],
    ]);
    const report = checkBank(tablesOf(grids));
    const mine = report.warnings.filter((w) => w.sheet === SHEET.forbidden);
    expect(mine.map((w) => [w.row, w.column, w.message])).toEqual([
      [3, F.mentorCode, 'Наставника с кодом «НС-777» нет на листе «Наставники»: запрет в этой строке ни на кого не действует.'],
      [3, F.menteeCode, 'Наставляемого с кодом «НП-999» нет на листе «Наставляемые»: запрет в этой строке ни на кого не действует.'],
    ]);
  });

  test('a bank set up before the sheet existed reads as before: no warning, nothing forbidden', () => {
    const grids = sampleGrids();
    delete grids[SHEET.forbidden];
    const read = readBank(tablesOf(grids));
    expect(read.forbidden).toEqual([]);
    expect(read.issues.filter((i) => i.sheet === SHEET.forbidden)).toEqual([]);
  });
});

describe('who can never be a pair, found by lookups in a whole bank (issue 12)', () => {
  test('the same mentors as neverTogether over every pair, on random banks of namesakes, shared e-mails, shared codes and forbidden pairs', () => {
    const random = seededRandom(351);
    const names = ['Орлова Нина Петровна', 'Белова Анна Юрьевна', 'Петрова Анна Сергеевна'];
    const emails = ['', '', 'a@school.ru', 'b@school.ru'];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    let blockedPairs = 0;
    for (let k = 0; k < 60; k++) {
      const mentors = Array.from({ length: 8 }, (_, i) => mentor(random() < 0.1 ? `НЛ-${i}` : `Н-${i}`, { fullName: pick(names), email: pick(emails) }));
      const mentees = Array.from({ length: 8 }, (_, i) => mentee(`НЛ-${i}`, { fullName: pick(names), email: pick(emails) }));
      const forbidden = Array.from({ length: 3 }, (_, i) => forbid(`Н-${Math.floor(random() * 8)}`, `НЛ-${Math.floor(random() * 8)}`, 'конфликт', i + 2));
      const ctx = prepareMatching(bank({ mentors, mentees, forbidden }));
      const index = neverTogetherIndex(ctx.mentors, ctx.mentees);
      ctx.mentees.forEach((e, i) => {
        const expected = ctx.mentors.flatMap((m, j) => (neverTogether(m, e) ? [j] : []));
        expect({ k, i, blocked: [...(index[i] ?? [])].sort((a, b) => a - b) }).toEqual({ k, i, blocked: expected });
        blockedPairs += expected.length;
      });
    }
    expect(blockedPairs).toBeGreaterThan(60);
  });
});
