import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { intakeRows } from '../../../src/domain/questionnaires/intake';
import { codeCheck, linkedCode, readLinkedCode } from '../../../src/domain/questionnaires/links';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponses } from '../../../src/domain/scoring/batch';
import { sampleRoster } from '../helpers/bank';
import { responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const satisfaction = findQuestionnaire(catalog, 'mentee-satisfaction') as Questionnaire;
const rubric = findQuestionnaire(catalog, 'efficiency-rubric') as Questionnaire;

describe('the check number of a personal link', () => {
  it('changes when any one character of a code is changed or two neighbours are swapped', () => {
    const codes = [];
    for (let n = 1; n <= 300; n += 1) for (const prefix of ['НС', 'НП', 'П']) codes.push(`${prefix}-${String(n).padStart(3, '0')}`);
    for (const code of codes) {
      const chars = [...code];
      for (let i = 0; i < chars.length; i += 1) {
        for (const other of '0123456789НСПЯ-') {
          if (other === chars[i]) continue;
          const edited = [...chars.slice(0, i), other, ...chars.slice(i + 1)].join('');
          expect(codeCheck(edited)).not.toBe(codeCheck(code));
        }
        if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
          const swapped = [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join('');
          expect(codeCheck(swapped)).not.toBe(codeCheck(code));
        }
      }
    }
  });

  it('reads the code back from the link, from a code typed by hand, and refuses an edited one', () => {
    expect(readLinkedCode(linkedCode('НС-003'), 'Код участника')).toEqual({ ok: true, code: 'НС-003' });
    expect(readLinkedCode(` нс-003 (Проверка ${codeCheck('НС-003')}) `, 'Код участника')).toEqual({ ok: true, code: 'нс-003' });
    expect(readLinkedCode('НС-003', 'Код участника')).toEqual({ ok: true, code: 'НС-003' });
    const edited = readLinkedCode(`НС-002 (проверка ${codeCheck('НС-003')})`, 'Код участника');
    expect(edited.ok).toBe(false);
    expect(edited.code).toBe('НС-002');
  });
});

describe('a response whose pre-filled code was edited', () => {
  it('is kept and listed with the reason instead of counting for the colleague whose code it became', () => {
    const answers = (code: string) => uniform(satisfaction, 'participant_code', code, 9);
    const edited = `НЯ-2 (проверка ${codeCheck('НЯ-1')})`;
    const batch = scoreResponses(satisfaction, responsesOf(satisfaction, [
      { at: '20.11.2026 10:15:03', answers: answers(linkedCode('НЯ-1')) },
      { at: '20.11.2026 10:16:03', answers: answers(edited) },
    ]), sampleRoster());
    expect(batch.results.map((result) => result.participant)).toEqual(['НЯ-1']);
    expect(batch.rejected).toHaveLength(1);
    expect(batch.rejected[0].row).toBe(3);
    expect(batch.rejected[0].code).toBe('НЯ-2');
    expect(batch.rejected[0].reason).toContain('не совпадает с проверочным числом');
    expect(batch.rejected[0].reason).toContain('изменили вручную');
  });

  it('is refused for the rubric\'s pair code too', () => {
    const pairAnswers = (code: string) => uniform(rubric, 'pair_code', code, 'Производится в полной мере, 2 балла');
    const batch = scoreResponses(rubric, responsesOf(rubric, [
      { at: '20.05.2027 10:00:00', answers: pairAnswers(linkedCode('П-1')) },
      { at: '20.05.2027 10:01:00', answers: pairAnswers(`П-2 (проверка ${codeCheck('П-1')})`) },
    ]), sampleRoster());
    expect(batch.results.map((result) => [result.pair, result.total])).toEqual([['П-1', 18]]);
    expect(batch.rejected.map((rejection) => rejection.reason)).toEqual([expect.stringContaining('«Код пары»: код «П-2» не совпадает')]);
  });

  it('is not added to the bank by an intake questionnaire', () => {
    const intake = findQuestionnaire(catalog, 'mentee-request') as Questionnaire;
    const batch = intakeRows(intake, responsesOf(intake, [{
      at: '01.09.2026 10:00:00',
      answers: {
        participant_code: `НЯ-7 (проверка ${codeCheck('НЯ-8')})`, full_name: 'Белова Анна Петровна', position: 'учитель', experience: 1,
        category: 'иное', deficits: 'предметное содержание', consent_personal_data: 'Да',
      },
    }]), { codes: [], emails: [] }, () => 'НЯ-009', 'активен');
    expect(batch.rows).toEqual([]);
    expect(batch.rejected[0].reason).toContain('не совпадает с проверочным числом');
  });
});
