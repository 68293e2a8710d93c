/**
 * The bank under real processes: a `pair --write` killed with SIGKILL at moments of its save, and two writing commands
 * started together on one bank. Whatever happens, the bank opens, with the old content or the new, and nothing a
 * command reported done is lost.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { pairs as fixturePairs } from '../domain/documents/fixtures';
import { cli, tempDir } from '../helpers/cli';
import { buildCliProcess, startCli } from '../helpers/cliProcess';
import { documentGrids } from '../helpers/documentsBank';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

let runner: string;
beforeAll(() => {
  runner = buildCliProcess();
});

/** Two proposed pairs listed in the draft order 1-од; mentees У-003… still without a pair. */
async function bankWithOrderAndUnpaired(): Promise<string> {
  const file = await writeGrids(documentGrids({ pairs: [fixturePairs[0], fixturePairs[1]], settings: { 'Учебный год': '2026/2027' } }));
  expect((await cli('docs', file, '--out', tempDir(), '--kind', 'order-pairs')).code).toBe(0);
  return file;
}

/** The bank as a reader sees it; throws if it does not open. */
async function pairCodes(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return (await sheetRecords(file, SHEET.pairs)).map((r) => String(r[P.code]));
}

describe('a save killed at any moment', () => {
  test('pair --write killed with SIGKILL during its save leaves a bank that opens, with the old pairs or the new', async () => {
    const original = await bankWithOrderAndUnpaired();
    const before = await pairCodes(original);
    const proposed = await cli('pair', original, '--json');
    const expectedNew = JSON.parse(proposed.out).pairs.length as number;
    expect(expectedNew).toBeGreaterThan(0);
    // Kills from the first write in the bank's folder on (the old code truncated the bank there; the safe save writes
    // its temporary file), at delays that cover writing, flushing and renaming.
    const delays = [0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
    const outcomes: string[] = [];
    for (const delay of delays) {
      const dir = tempDir();
      const bank = join(dir, 'bank.xlsx');
      copyFileSync(original, bank);
      const { child, done } = startCli(runner, ['pair', bank, '--write']);
      const watcher = watch(dir, (_event, name) => {
        if (name !== 'bank.xlsx' && !String(name).includes('.saving-')) return;
        watcher.close();
        setTimeout(() => child.kill('SIGKILL'), delay);
      });
      const run = await done;
      watcher.close();
      const after = await pairCodes(bank);
      expect([before.length, before.length + expectedNew]).toContain(after.length);
      expect(after.slice(0, before.length)).toEqual(before);
      outcomes.push(run.signal === 'SIGKILL' ? (after.length === before.length ? 'old' : 'new') : `exit ${run.code}`);
      // No temporary file is taken for a bank; the next save clears what a killed one left.
      expect(readdirSync(dir).filter((n) => n.endsWith('.xlsx'))).toEqual(['bank.xlsx']);
    }
    // Most runs were killed inside the save, not after it.
    expect(outcomes.filter((o) => o === 'old' || o === 'new').length).toBeGreaterThan(delays.length / 2);
    const dir = tempDir();
    const bank = join(dir, 'bank.xlsx');
    copyFileSync(original, bank);
    const leftover = join(dir, '.bank.xlsx.saving-999999-0badf00d');
    copyFileSync(original, leftover);
    expect((await cli('pair', bank, '--write')).code).toBe(0);
    expect(readdirSync(dir)).not.toContain('.bank.xlsx.saving-999999-0badf00d');
  }, 240_000);
});

describe('two writers at once', () => {
  test('pair --write and sign started 0–0.6 s apart: each change a command reported done is in the bank', async () => {
    const original = await bankWithOrderAndUnpaired();
    const before = await pairCodes(original);
    let bothDone = 0;
    for (const gap of [0, 0, 150, 300, 450, 600]) {
      const bank = join(tempDir(), 'bank.xlsx');
      copyFileSync(original, bank);
      const pair = startCli(runner, ['pair', bank, '--write']);
      await new Promise((wait) => setTimeout(wait, gap));
      const sign = startCli(runner, ['sign', bank, '--order', '1-од']);
      const [paired, signed] = await Promise.all([pair.done, sign.done]);
      for (const run of [paired, signed]) {
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) expect(run.err).toMatch(/сейчас изменяет «(pair --write|sign --order 1-од)» \(процесс \d+/);
      }
      expect(paired.code === 0 || signed.code === 0).toBe(true);
      const after = await pairCodes(bank);
      const pairs = await sheetRecords(bank, SHEET.pairs);
      const orders = await sheetRecords(bank, SHEET.orders);
      if (paired.code === 0) {
        const written = /Записано в «Пары» файла .*: (\d+) пар/.exec(paired.out);
        expect(written).not.toBeNull();
        expect(after.length).toBe(before.length + Number(written![1]));
      } else {
        expect(after).toEqual(before);
      }
      if (signed.code === 0) {
        expect(orders.map((r) => r[O.status])).toEqual(['подписан']);
        expect(pairs.filter((p) => ['П-001', 'П-002'].includes(String(p[P.code]))).map((p) => p[P.status])).toEqual(['утверждена', 'утверждена']);
      } else {
        expect(orders.map((r) => r[O.status])).toEqual(['проект']);
      }
      if (paired.code === 0 && signed.code === 0) bothDone++;
    }
    // The second writer waits for the first rather than refusing at once.
    expect(bothDone).toBeGreaterThan(0);
  }, 240_000);
});
