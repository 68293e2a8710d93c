import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { buildRoster, identifyRespondent } from '../../../src/domain/questionnaires/roster';
import { mentee, mentor, pair, sampleRoster } from '../helpers/bank';
import { responsesOf } from '../helpers/responses';

describe('roster', () => {
  it('counts a person\'s answers for their working pair before a finished or stopped one, never a proposed one', () => {
    const roster = buildRoster([mentor('НС-1', 'А'), mentor('НС-2', 'Б')], [mentee('НЯ-1', 'В'), mentee('НЯ-2', 'Г')], [
      pair('П-1', 'НС-1', ['НЯ-1'], 'завершена', { start: new Date(Date.UTC(2025, 8, 1)) }),
      pair('П-2', 'НС-2', ['НЯ-1'], 'действует', { start: new Date(Date.UTC(2026, 8, 1)) }),
      pair('П-3', 'НС-1', ['НЯ-2'], 'предложена'),
      pair('П-4', 'НС-2', ['НЯ-2'], 'прекращена'),
    ]);
    expect(roster.people.get('НЯ-1')?.pair).toBe('П-2');
    expect(roster.people.get('НЯ-2')?.pair).toBe('П-4');
    expect(roster.people.get('НС-1')?.pair).toBe('П-1');
    expect(roster.people.get('НС-1')?.role).toBe('наставник');
    expect([...roster.pairs.keys()]).toEqual(['П-1', 'П-2', 'П-3', 'П-4']);
  });

  it('takes the latest start among pairs of the same status', () => {
    const roster = buildRoster([mentor('НС-1', 'А')], [mentee('НЯ-1', 'В')], [
      pair('П-1', 'НС-1', ['НЯ-1'], 'завершена', { start: new Date(Date.UTC(2024, 8, 1)) }),
      pair('П-2', 'НС-1', ['НЯ-1'], 'Завершена', { start: new Date(Date.UTC(2025, 8, 1)) }),
    ]);
    expect(roster.people.get('НЯ-1')?.pair).toBe('П-2');
  });
});

describe('a participant\'s answer', () => {
  it('belongs to the pair that ran when it was given: last year\'s answers stay with last year\'s pair when it is read again', () => {
    const entry = findQuestionnaire(buildCatalog(), 'diagnostics-entry') as Questionnaire;
    const roster = buildRoster([mentor('НС-1', 'А'), mentor('НС-2', 'Б')], [mentee('НЯ-1', 'В')], [
      pair('П-1', 'НС-1', ['НЯ-1'], 'завершена', { start: new Date(2026, 8, 9), end: new Date(2027, 4, 31) }),
      pair('П-2', 'НС-2', ['НЯ-1'], 'утверждена', { start: new Date(2027, 8, 6), end: new Date(2028, 4, 31) }),
    ]);
    const pairOf = (at: string) => {
      const who = identifyRespondent(entry, responsesOf(entry, [{ at, answers: { participant_code: 'НЯ-1' } }])[0], roster);
      return who.ok ? who.pair : who.reason;
    };
    expect(pairOf('25.09.2026 10:00:00')).toBe('П-1');
    expect(pairOf('31.05.2027 18:00:00')).toBe('П-1');
    expect(pairOf('20.09.2027 10:00:00')).toBe('П-2');
    // Between the two (or before the new pair's start): the pair the person is in now.
    expect(pairOf('01.09.2027 10:00:00')).toBe('П-2');
  });
});

describe('the rubric\'s pair', () => {
  const rubric = findQuestionnaire(buildCatalog(), 'efficiency-rubric') as Questionnaire;
  const who = (code: string) => identifyRespondent(rubric, responsesOf(rubric, [{ at: '20.05.2027 10:00:00', answers: { pair_code: code } }])[0], sampleRoster());

  it('is refused while only proposed, with the reason; approved, working and finished pairs are assessed', () => {
    expect(who('п-4')).toEqual({ ok: false, code: 'п-4', reason: 'пара «П-4» только предложена и ещё не утверждена приказом — оценивать её эффективность рано' });
    expect(who('П-1')).toEqual({ ok: true, code: 'П-1', pair: 'П-1' });
    expect(who('П-3')).toEqual({ ok: true, code: 'П-3', pair: 'П-3' });
  });
});
