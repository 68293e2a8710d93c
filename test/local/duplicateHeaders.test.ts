/** A bank whose «Пары» has «Статус» twice: check names both columns, every writing command refuses and changes nothing. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { duplicateHeaders } from '../../src/domain/bank/duplicateHeaders';
import { columnLetter } from '../../src/domain/bank/table';
import { cli } from '../helpers/cli';
import { midYearGrids } from '../helpers/documentsBank';
import { writeGrids } from '../helpers/workbookFile';

async function bankWithTwoStatuses(): Promise<{ file: string; letters: string }> {
  const grids = midYearGrids();
  const header = grids[SHEET.pairs][0] as string[];
  grids[SHEET.pairs][0] = [...header, 'Статус*'];
  const file = await writeGrids(grids);
  return { file, letters: `${columnLetter(header.indexOf(P.status) + 1)} и ${columnLetter(header.length + 1)}` };
}

describe('a repeated header', () => {
  test('is found however it is spelt, with every column that repeats it', () => {
    expect(duplicateHeaders({ sheet: 'Пары', header: ['Код пары', 'Статус', 'x', 'статус*', ' СТАТУС ', '', ''] })).toEqual([
      { sheet: 'Пары', header: 'Статус', columns: [2, 4, 5] },
    ]);
  });

  test('check: an error naming the sheet and both column letters', async () => {
    const { file, letters } = await bankWithTwoStatuses();
    const run = await cli('check', file, '--json');
    expect(run.code).toBe(1);
    const { errors } = JSON.parse(run.out) as { errors: { sheet: string; row: number; message: string }[] };
    expect(errors).toContainEqual(expect.objectContaining({ sheet: SHEET.pairs, row: 1, message: expect.stringContaining(`столбцы ${letters} называются одинаково — «${P.status}»`) }));
  });

  test.each([
    ['pair --write', (file: string) => ['pair', file, '--write'], 2],
    ['sign', (file: string) => ['sign', file, '--order', '1'], 2],
    ['docs', (file: string) => ['docs', file, '--out', join(dirname(file), 'Документы'), '--kind', 'order-pairs'], 2],
    ['setup', (file: string) => ['setup', file], 2],
  ])('%s refuses and leaves the bank as it was', async (_, argv, code) => {
    const { file, letters } = await bankWithTwoStatuses();
    const before = readFileSync(file);
    const run = await cli(...argv(file));
    expect(run.code).toBe(code);
    expect(`${run.err}\n${run.out}`).toContain(`столбцы ${letters} называются одинаково`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('pair without --write still proposes, with the problem first', async () => {
    const { file, letters } = await bankWithTwoStatuses();
    const run = await cli('pair', file);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toContain(`столбцы ${letters} называются одинаково`);
  });
});
