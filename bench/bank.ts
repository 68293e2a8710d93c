/** Issue 2: «Проверить банк» — time of `check` on a 5,000-row bank, Spreadsheet calls on 50 and 5,000 rows. */
import { join } from 'node:path';
import { SHEET } from '../src/domain/bank/schema';
import { checkBank } from '../src/domain/bank/validation';
import { checkSpreadsheet } from '../src/gas/bank/check';
import { openWorkbook, readWorkbookTables, worksheetTable } from '../src/local/excel/bankFile';
import { sampleBankWorkbook } from '../src/local/demo/sampleBank';
import { createGasFakes, installGlobals, spreadsheetWith } from '../test/fakes/gas';
import { manyMentees, sampleGrids } from '../test/helpers/sampleTables';
import { type Benchmark, medianMs, ms } from './measure';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from '../src/local/cli/main';

const NOW = new Date(2026, 10, 20);

export async function bigBankFile(rows: number): Promise<string> {
  const { workbook } = sampleBankWorkbook(NOW);
  const sheet = workbook.getWorksheet(SHEET.mentees);
  if (!sheet) throw new Error('no mentees sheet');
  const header = worksheetTable(sheet).header;
  sheet.spliceRows(2, sheet.rowCount);
  const grid = manyMentees(rows);
  const order = header.map((h) => (grid[0] as string[]).indexOf(h));
  grid.slice(1).forEach((row, i) => {
    order.forEach((from, c) => {
      if (from >= 0) sheet.getCell(i + 2, c + 1).value = row[from] as never;
    });
  });
  const file = join(mkdtempSync(join(tmpdir(), 'nastavnik-bench-')), `bank-${rows}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

function spreadsheetCalls(rows: number): { total: number; reads: number } {
  const grids = sampleGrids();
  grids[SHEET.mentees] = manyMentees(rows);
  const fakes = createGasFakes(spreadsheetWith(grids));
  const uninstall = installGlobals(fakes);
  try {
    checkSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
    return { total: fakes.log.total(), reads: fakes.log.count('Range.getValues') };
  } finally {
    uninstall();
  }
}

export const bankBenchmark: Benchmark = {
  title: 'Банк: «Проверить банк» (задача 2)',
  async run(print, figure) {
    const file = await bigBankFile(5000);
    const silent = { out: () => undefined, err: () => undefined, now: () => NOW };
    const whole = await medianMs(3, () => runCli(['check', file, '--json'], silent));
    const workbook = await openWorkbook(file);
    const tables = readWorkbookTables(workbook);
    const domain = await medianMs(5, () => checkBank(tables));
    figure('check.bank5000Ms', whole);
    print(`check на банке из 5000 наставляемых: ${ms(whole)} (чтение файла и проверка), из них проверка ${ms(domain)}`);
    for (const rows of [50, 5000]) {
      const calls = spreadsheetCalls(rows);
      print(`«Проверить банк», ${rows} строк: вызовов Spreadsheet — ${calls.total}, из них чтений getValues — ${calls.reads}`);
    }
  },
};
