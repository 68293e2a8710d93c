import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, LOG_COLUMNS as L, SHEET } from '../../src/domain/bank/schema';
import { PAIRS_ORDER_TITLE } from '../../src/domain/documents/orders/pairs';
import { cli, tempDir } from '../helpers/cli';
import { midYearGrids } from '../helpers/documentsBank';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const byCode = async (file: string) => new Map((await sheetRecords(file, SHEET.pairs)).map((r) => [r[P.code], r]));

describe('docs records what it made in the workbook', () => {
  test('the pairs order: a «Приказы» row, «Приказ» for the pairs it lists, a «Журнал» row', async () => {
    const file = await writeGrids(midYearGrids());
    const out = join(dirname(file), 'Документы');
    const before = await byCode(file);
    const run = await cli('docs', file, '--out', out, '--kind', 'order-pairs');
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Когда директор подпишет приказ: npm run -s cli -- sign ${file} --order 1-од`);

    const register = await sheetRecords(file, SHEET.orders);
    const name = `Приказ № 1-од от 20.11.2026 ${PAIRS_ORDER_TITLE}.docx`;
    expect(register).toEqual([{
      [O.number]: '1-од', [O.date]: NOW, [O.kind]: PAIRS_ORDER_TITLE, [O.title]: PAIRS_ORDER_TITLE,
      [O.link]: join('Документы', name), [O.pdf]: null, [O.status]: 'проект',
    }]);
    // The link is relative to the workbook's folder and names the file that was written.
    expect(existsSync(join(dirname(file), String(register[0][O.link])))).toBe(true);

    const pairs = await byCode(file);
    expect(pairs.get('П-004')![P.order]).toBe('1-од от 20.11.2026');
    for (const code of ['П-001', 'П-002', 'П-003']) expect(pairs.get(code)).toEqual(before.get(code));
    expect(pairs.get('П-004')![P.status]).toBe('предложена');

    const log = await sheetRecords(file, SHEET.log);
    expect(log.map((r) => [r[L.action], r[L.codes], r[L.details]])).toEqual([[`Документ: ${PAIRS_ORDER_TITLE}`, 'П-004', '№ 1-од']]);
  });

  test('a rerun numbers on: every order of the year gets its own number', async () => {
    const file = await writeGrids(midYearGrids());
    const out = tempDir();
    expect((await cli('docs', file, '--out', out)).code).toBe(0);
    const again = await cli('docs', file, '--out', out);
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toContain('Приказ № 5-од от 20.11.2026');

    const register = await sheetRecords(file, SHEET.orders);
    expect(register.map((r) => r[O.number])).toEqual(['1-од', '2-од', '3-од', '4-од', '5-од', '6-од', '7-од', '8-од']);
    expect(register.every((r) => r[O.status] === 'проект')).toBe(true);
    // Documents outside the workbook's folder are linked by their full path.
    expect(register[4][O.link]).toBe(resolve(again.out.split('\n')[0]));
    // The pairs order made last is the one the pair now refers to; other orders set no «Приказ».
    const pairs = await byCode(file);
    expect(pairs.get('П-004')![P.order]).toBe('5-од от 20.11.2026');
    expect([...pairs.values()].filter((p) => p[P.order]).map((p) => p[P.code])).toEqual(['П-004']);
    // One «Журнал» row per document, one for all the programmes: 7 per run.
    const log = await sheetRecords(file, SHEET.log);
    expect(log).toHaveLength(14);
    expect(log.filter((r) => r[L.action] === 'Документы: программы наставничества').map((r) => r[L.codes])).toEqual(['П-002; П-004', 'П-002; П-004']);
  });

  test('a pairs order that cannot write «Приказ» is not made, and nothing is registered', async () => {
    const grids = midYearGrids();
    const column = grids[SHEET.pairs][0].indexOf(P.order);
    grids[SHEET.pairs] = grids[SHEET.pairs].map((row) => row.filter((_, i) => i !== column));
    const file = await writeGrids(grids);
    const before = hash(file);
    const out = tempDir();
    const run = await cli('docs', file, '--out', out, '--kind', 'order-pairs');
    expect(run.code).toBe(1);
    expect(run.err).toContain('На листе «Пары» нет столбца «Приказ»: документ не создан, ничего не изменено.');
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(hash(file)).toBe(before);
  });
});
