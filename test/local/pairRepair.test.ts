import { FORBIDDEN_COLUMNS as F, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { openWorkbook, readWorkbookTables } from '../../src/local/excel/bankFile';
import { runCli } from '../../src/local/cli/main';
import { fitCheckSchool } from '../helpers/fitCheckSchool';
import { writeGrids } from '../helpers/workbookFile';

const NOW = new Date(2026, 9, 20, 10, 30);

/** The fit-check school: П-001 of НС-001 and НП-001, НС-002 the next best mentor. */
const bankFile = (): Promise<string> => writeGrids(fitCheckSchool());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['pair', ...argv], { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pair --repair', () => {
  test('says what would happen, then with --write stops the pair, forbids it and writes the new mentor\'s pair', async () => {
    const file = await bankFile();
    const dry = await cli(file, '--repair', 'П-001');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('→ НП-001 Сидорова А.В.: предлагается НС-002 Белова А.Ю.');
    expect(dry.out).toContain('Ничего не записано');
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.forbidden]).toBeUndefined();

    const done = await cli(file, '--repair', 'П-001', '--write', '--end', '31.05.2027');
    expect(done.code).toBe(0);
    expect(done.out).toContain('пара П-001 прекращена, новые пары П-002');
    const tables = readWorkbookTables(await openWorkbook(file));
    const pairs = tables[SHEET.pairs]!;
    const col = (h: string) => pairs.header.indexOf(h);
    expect(pairs.rows.map((r) => [r[col(P.code)], r[col(P.mentorCode)], r[col(P.status)], r[col(P.endReason)] ?? null])).toEqual([
      ['П-001', 'НС-001', 'прекращена', 'пара не сложилась'],
      ['П-002', 'НС-002', 'предложена', null],
    ]);
    expect(tables[SHEET.forbidden]!.rows).toEqual([['НС-001', 'НП-001', 'пара не сложилась (П-001)']]);
    expect(tables[SHEET.forbidden]!.header).toEqual([F.mentorCode, F.menteeCode, F.reason]);
    const again = await cli(file, '--repair', 'П-001');
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('подобрать заново можно только утверждённую или действующую пару');
  });
});
