import { SHEET, PAIR_COLUMNS as P, LOG_COLUMNS as L, MENTEE_COLUMNS as E } from '../../src/domain/bank/schema';
import { SUGGESTIONS_SHOWN } from '../../src/gas/pairing/contract';
import { pairingService } from '../../src/gas/pairing/service';
import { sheetsPairingStore } from '../../src/gas/pairing/sheetsStore';
import { createGasFakes, spreadsheetWith, type GasFakes } from '../fakes/gas';
import { FakeUtilities } from '../fakes/utilities';
import { ICT, menteeRow, mentorRow, pairingGrids, schoolGrids, type BankRows } from '../helpers/pairingBank';

type Grids = ReturnType<typeof pairingGrids>;

// The store is given the spreadsheet directly; only Utilities (dates of «Журнал») is reached as a global.
beforeAll(() => Object.assign(globalThis, { Utilities: new FakeUtilities() }));
afterAll(() => delete (globalThis as Record<string, unknown>).Utilities);

function server(grids: Grids): { fakes: GasFakes; api: ReturnType<typeof pairingService> } {
  const fakes = createGasFakes(spreadsheetWith(grids));
  const spreadsheet = fakes.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const store = sheetsPairingStore(spreadsheet.getActiveSpreadsheet());
  return { fakes, api: pairingService({ ...store, now: () => new Date(2026, 10, 20, 12, 0) }) };
}

function rowsOf(fakes: GasFakes, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = fakes.spreadsheet.sheet(sheet).grid();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const small: BankRows = {
  mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { 'Компетенции': ICT, 'Макс. наставляемых': 2 })],
  mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: ICT }), menteeRow('НП-002', '=HYPERLINK("x")', { [E.deficits]: ICT })],
  log: [{ [L.time]: new Date(2026, 8, 1), [L.action]: 'Подбор пар', [L.codes]: 'П-007' }],
};

describe('pairing over Google Sheets (fakes)', () => {
  test('confirm writes «Пары» by header, text as text, with the next code after «Журнал», and logs codes only', () => {
    const grids = pairingGrids(small);
    // The curator moved «Статус» to the front of «Пары»: columns are found by name.
    grids[SHEET.pairs] = [[P.status, ...(grids[SHEET.pairs][0] as string[]).filter((h) => h !== P.status)]];
    const { fakes, api } = server(grids);
    const result = api.pairingConfirm([
      { mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false },
      { mentorCode: 'НС-001', menteeCode: 'НП-002', pinned: true },
    ]);
    expect(result.message).toBe('Записано в «Пары»: 1 пара (П-008), статус «предложена».');
    const [row] = rowsOf(fakes, SHEET.pairs);
    expect(row).toMatchObject({
      [P.status]: 'предложена',
      [P.code]: 'П-008',
      [P.mentorCode]: 'НС-001',
      [P.menteeCodes]: 'НП-001; НП-002',
      [P.menteeNames]: 'Сидорова Анна Викторовна; =HYPERLINK("x")',
      [P.kind]: 'групповое',
      [P.form]: 'Опытный педагог – молодой специалист',
      [P.start]: new Date(2026, 10, 20),
      [P.end]: new Date(2027, 4, 31),
    });
    expect(typeof row[P.compatibility]).toBe('number');
    expect(String(row[P.reasons])).toMatch(/^группа из 2 наставляемых: вид «групповое»\nСидорова А\.В\. \(\d+\): закрывает дефицит: «цифровые инструменты и ИКТ»/);
    expect(fakes.spreadsheet.sheets.reduce((n, s) => n + s.formulaWrites, 0)).toBe(0);
    const log = rowsOf(fakes, SHEET.log).at(-1)!;
    expect(log).toMatchObject({ [L.action]: 'Подбор пар', [L.codes]: 'П-008' });
    expect(String(log[L.details])).not.toMatch(/Сидорова|Орлова/);
  });

  test('a pair refused at confirm (the sheet changed meanwhile) is reported, nothing written for it', () => {
    const grids = pairingGrids({ ...small, pairs: [{ [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.menteeCodes]: 'НП-009; НП-010', [P.status]: 'действует' }] });
    const { fakes, api } = server(grids);
    const result = api.pairingConfirm([{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }]);
    expect(result.written).toEqual([]);
    expect(result.refused[0].message).toBe('Пару нельзя создать: у наставника нет свободных мест: занято 2 из 2.');
    expect(rowsOf(fakes, SHEET.pairs)).toHaveLength(1);
    expect(fakes.log.count('Range.setValues')).toBe(0);
  });

  test('the planned period: the default is offered on load; a chosen one is written; one out of 3–12 months writes nothing', () => {
    const { fakes, api } = server(pairingGrids(small));
    expect(api.pairingLoad().period).toEqual({ start: '2026-11-20', end: '2027-05-31' });
    const line = [{ mentorCode: 'НС-001', menteeCode: 'НП-001', pinned: false }];
    const refused = api.pairingConfirm(line, { start: '2026-12-01', end: '2027-01-15' });
    expect(refused).toEqual({ written: [], refused: [], message: 'Ничего не записано.', problem: 'Срок программы — от 3 до 12 месяцев, а с 01.12.2026 по 15.01.2027 меньше 3 месяцев.' });
    expect(fakes.log.count('Range.setValues')).toBe(0);
    expect(api.pairingConfirm(line, { start: '2026-12-01', end: '2027-06-30' }).problem).toBe('');
    const [row] = rowsOf(fakes, SHEET.pairs);
    expect([row[P.start], row[P.end]]).toEqual([new Date(2026, 11, 1), new Date(2027, 5, 30)]);
  });

  test('bad weights in «Настройки» are shown to the curator with the row, and pairing still works', () => {
    const { api } = server(pairingGrids({ ...small, settings: [['Вес: тот же предмет', 'много']] }));
    const state = api.pairingLoad();
    expect(state.problems).toEqual([expect.stringMatching(/^лист «Настройки», строка 3, столбец «Значение»: «Вес: тот же предмет»: значение «много» не число/)]);
    expect(state.mentees.map((m) => m.code).sort()).toEqual(['НП-001', 'НП-002']);
    expect(api.pairingProposeAll([]).pairs).toHaveLength(1);
  });

  test('possible namesakes are shown to the curator; a person entered twice (one email) is kept out with the reason', () => {
    const { api } = server(pairingGrids({
      ...small,
      mentors: [
        ...small.mentors,
        mentorRow('НС-002', 'Орлова Вера Павловна', { 'Компетенции': ICT }),
      ],
      mentees: [
        menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: ICT, [E.email]: 'sidorova@school.ru' }),
        menteeRow('НП-002', 'Сидорова А. В.', { [E.deficits]: ICT, [E.email]: 'sidorova@school.ru' }),
      ],
    }));
    const state = api.pairingLoad();
    expect(state.problems).toEqual([expect.stringMatching(/^лист «Наставники», строки 2 и 3, столбец «ФИО»: «Орлова Вера Павловна» \(НС-001, НС-002\) — однофамильцы/)]);
    expect(state.mentees.find((m) => m.code === 'НП-002')!.blockers).toEqual([
      'наставляемый: тот же человек, что в строке 2 листа «Наставляемые» (НП-001): у обеих строк email sidorova@school.ru, в подборе участвует только строка 2 — удалите повторную строку 3 или исправьте email',
    ]);
    expect(api.pairingProposeAll([]).pairs.flatMap((p) => p.mentees.map((m) => m.menteeCode))).toEqual(['НП-001']);
  });

  test('a mentee\'s suggestions on a 400-mentor bank: the best 15 and counts, everything only on request', () => {
    const { api } = server(schoolGrids(400, 1000));
    const top = api.pairingSuggest('НП-0001', [])!;
    const all = api.pairingSuggest('НП-0001', [], true)!;
    expect(top.mentors).toHaveLength(SUGGESTIONS_SHOWN);
    expect(top.mentors).toEqual(all.mentors.slice(0, SUGGESTIONS_SHOWN));
    expect(top.mentorCount).toBe(all.mentors.length);
    expect(top.excluded).toEqual([]);
    expect(top.excludedCount).toBe(all.excluded.length);
    expect(top.excludedSummary).toEqual(all.excludedSummary);
    expect(top.excludedSummary.reduce((n, x) => n + x.count, 0)).toBeGreaterThanOrEqual(top.excludedCount);
    const bytes = (value: unknown) => JSON.stringify(value).length;
    expect(bytes(top)).toBeLessThan(20_000);
    expect(bytes(all)).toBeGreaterThan(10 * bytes(top));
    // A manual pair with a mentor outside the top still gets its score and reasons.
    const far = all.mentors.at(-1)!;
    const check = api.pairingCheck(far.mentorCode, 'НП-0001', []);
    expect(check).toMatchObject({ ok: true, score: far.score, reasons: far.reasons.map((r) => r.text) });
  });

  test('«Подобрать всех» + confirm on a 1,000-mentee bank: a constant number of Spreadsheet calls', () => {
    const counts = [100, 1000].map((n) => {
      const { fakes, api } = server(schoolGrids(400, n));
      fakes.log.reset();
      const proposal = api.pairingProposeAll([]);
      const afterPropose = { get: fakes.log.count('Range.getValues'), set: fakes.log.count('Range.setValues'), all: fakes.log.total() };
      const lines = proposal.pairs.flatMap((p) => p.mentees.map((m) => ({ mentorCode: p.mentorCode, menteeCode: m.menteeCode, pinned: false })));
      const result = api.pairingConfirm(lines);
      expect(result.refused).toEqual([]);
      expect(rowsOf(fakes, SHEET.pairs).length).toBe(proposal.pairs.length);
      return { afterPropose, get: fakes.log.count('Range.getValues'), set: fakes.log.count('Range.setValues'), all: fakes.log.total(), placed: lines.length };
    });
    // 7 sheets read once per action; «Пары» and «Журнал» written once each.
    expect(counts[1].afterPropose).toEqual({ get: 7, set: 0, all: counts[0].afterPropose.all });
    expect(counts[1]).toMatchObject({ get: 14, set: 2, all: counts[0].all });
    expect(counts[1].placed).toBeGreaterThan(700);
  });
});
