import { FORBIDDEN_COLUMNS as F, FORM_COLUMNS, LOG_COLUMNS as L, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { DO_NOT_CONTINUE, fitCheck, FIT_CHECK_ID } from '../../src/domain/questionnaires/catalog/fit-check';
import { TIMESTAMP_TITLE } from '../../src/domain/questionnaires/responses';
import { pairingService } from '../../src/gas/pairing/service';
import { sheetsPairingStore } from '../../src/gas/pairing/sheetsStore';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { FakeUtilities } from '../fakes/utilities';
import { type FitAnswer, fitCheckSchool } from '../helpers/fitCheckSchool';

beforeAll(() => Object.assign(globalThis, { Utilities: new FakeUtilities() }));
afterAll(() => delete (globalThis as Record<string, unknown>).Utilities);

const NOW = new Date(2026, 9, 20, 12, 0);

function rowsOf(fakes: GasFakes, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = fakes.spreadsheet.sheet(sheet).grid();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** The fit-check school (test/helpers/fitCheckSchool.ts), its form listed in «Анкеты». */
function school(answers: FitAnswer[]) {
  const grids = fitCheckSchool(answers);
  const q = fitCheck();
  grids[SHEET.forms] = [Object.values(FORM_COLUMNS), [FIT_CHECK_ID, q.title, 'текущая', 'да', '', '', 'form-1', '', q.responseSheet, null]];
  if (!grids[q.responseSheet]) grids[q.responseSheet] = [[TIMESTAMP_TITLE, ...q.items.map((i) => i.title)]];
  const fakes = createGasFakes(spreadsheetWith(grids));
  const spreadsheet = fakes.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const store = sheetsPairingStore(spreadsheet.getActiveSpreadsheet());
  return { fakes, api: pairingService({ ...store, now: () => NOW }) };
}

describe('fit check → «Подобрать заново» through the sidebar service', () => {
  test('«не хочу продолжать» marks the pair; «Подобрать заново» ends it, forbids it and proposes another mentor', () => {
    const { fakes, api } = school([['НС-001', 9, 9, 'Да, хочу продолжать'], ['НП-001', 8, 7, DO_NOT_CONTINUE]]);
    const state = api.pairingLoad();
    expect(state.attention).toEqual([{
      pairCode: 'П-001', mentorCode: 'НС-001', mentorName: 'Орлова Вера Павловна', menteeCodes: ['НП-001'], menteeNames: ['Сидорова Анна Викторовна'],
      reasons: [`наставляемый Сидорова А.В.: ответил «${DO_NOT_CONTINUE}»`],
    }]);

    const result = api.pairingRepair('п-001', []);
    expect(result.ok).toBe(true);
    expect(result.proposals.map((p) => [p.menteeCode, p.mentorCode])).toEqual([['НП-001', 'НС-002']]);
    expect(result.unplaced).toEqual([]);

    const [pair] = rowsOf(fakes, SHEET.pairs);
    expect(pair).toMatchObject({ [P.status]: 'прекращена', [P.endReason]: 'пара не сложилась', [P.reasons]: '' });
    expect(rowsOf(fakes, SHEET.forbidden)).toEqual([{ [F.mentorCode]: 'НС-001', [F.menteeCode]: 'НП-001', [F.reason]: 'пара не сложилась (П-001)' }]);
    expect(rowsOf(fakes, SHEET.log).map((r) => [r[L.action], r[L.codes]])).toEqual([['Подобрать заново', 'П-001; НС-001; НП-001']]);

    // Afterwards: no attention, the forbidden pair is listed, the mentee waits for a pair, and the old mentor never comes back.
    const after = api.pairingLoad();
    expect(after.attention).toEqual([]);
    expect(after.forbidden.map((f) => [f.mentorName, f.menteeName, f.reason])).toEqual([['Орлова Вера Павловна', 'Сидорова Анна Викторовна', 'пара не сложилась (П-001)']]);
    expect(after.mentees.map((m) => m.code)).toEqual(['НП-001']);
    expect(api.pairingProposeAll([]).pairs.map((p) => p.mentorCode)).toEqual(['НС-002']);
    expect(api.pairingCheck('НС-001', 'НП-001', []).message).toContain('пара не сложилась');

    // Confirming the proposal writes the new pair as usual.
    const written = api.pairingConfirm(result.proposals.map((p) => ({ mentorCode: p.mentorCode, menteeCode: p.menteeCode, pinned: false })));
    expect(written.written.map((w) => w.mentorName)).toEqual(['Белова Анна Юрьевна']);
  });

  test('good answers mark nothing; low ratings do; a pair not running cannot be re-paired', () => {
    expect(school([['НП-001', 9, 8, 'Да, хочу продолжать']]).api.pairingLoad().attention).toEqual([]);
    const low = school([['НС-001', 3, 4, 'Затрудняюсь ответить']]).api.pairingLoad().attention;
    expect(low.map((a) => a.reasons)).toEqual([['наставник Орлова В.П.: средняя оценка 3,5 ниже порога 5']]);
    const { api } = school([]);
    expect(api.pairingRepair('П-404', [])).toEqual({ ok: false, message: 'Пары с кодом «П-404» нет на листе «Пары».', proposals: [], unplaced: [] });
    api.pairingRepair('П-001', []);
    expect(api.pairingRepair('П-001', []).message).toBe('Пара П-001 в статусе «прекращена»: подобрать заново можно только утверждённую или действующую пару.');
  });
});
