import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FORBIDDEN_COLUMNS as F, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import type { Cell } from '../../src/domain/bank/table';
import { openWorkbook, readWorkbookTables } from '../../src/local/excel/bankFile';
import { toExcelValue } from '../../src/local/excel/cells';
import { runCli } from '../../src/local/cli/main';
import { ICT, menteeRow, mentorRow, pairingGrids } from '../helpers/pairingBank';

const NOW = new Date(2026, 9, 20, 10, 30);
const PARENTS = 'взаимодействие с родителями';

async function bankFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const grids = pairingGrids({
    mentors: [
      mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: `${ICT}; ${PARENTS}` }),
      mentorRow('НС-002', 'Белова Анна Юрьевна', { [M.competences]: ICT }),
    ],
    mentees: [menteeRow('НП-001', 'Сидорова Анна Викторовна', { [E.deficits]: `${ICT}; ${PARENTS}` })],
    pairs: [{ [P.code]: 'П-001', [P.mentorCode]: 'НС-001', [P.menteeCodes]: 'НП-001', [P.start]: new Date(2026, 8, 15), [P.end]: new Date(2027, 4, 31), [P.status]: 'действует' }],
  });
  for (const [name, grid] of Object.entries(grids)) {
    const sheet = workbook.addWorksheet(name);
    (grid as Cell[][]).forEach((row, r) => row.forEach((cell, c) => {
      sheet.getCell(r + 1, c + 1).value = toExcelValue(cell === '' ? null : cell);
    }));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'nastavnik-repair-')), 'bank.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

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
