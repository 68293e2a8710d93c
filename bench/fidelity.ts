/**
 * Issue 9: what a save costs when it patches the changed cells into the workbook's own package (every other part
 * kept) beside exceljs rewriting the whole file, on a bank of 5,000 mentees.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SHEET } from '../src/domain/bank/schema';
import { openWorkbook, worksheetTable } from '../src/local/excel/bankFile';
import { workbookBytes } from '../src/local/excel/package/patch';
import { appendLog, applyColumnWrite } from '../src/local/excel/write';
import { bigBankFile } from './bank';
import { type Benchmark, medianMs, ms } from './measure';

const NOW = new Date(2026, 10, 20, 10, 0);

/** The median time of the save alone: each run opens the bank and makes the change untimed. */
async function saveMs(file: string, change: (workbook: ExcelJS.Workbook) => void, save: (workbook: ExcelJS.Workbook) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const workbook = await openWorkbook(file);
    change(workbook);
    const start = performance.now();
    await save(workbook);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1];
}

/** One «Журнал» row: what sign or setup change. */
function logRow(workbook: ExcelJS.Workbook): void {
  appendLog(workbook, [[NOW, 'Проверка', '', 'замер']]);
}

/** A whole column of 5,000 cells rewritten: the largest change a command makes in one sheet. */
function wholeColumn(workbook: ExcelJS.Workbook): void {
  const table = worksheetTable(workbook.getWorksheet(SHEET.mentees)!);
  applyColumnWrite(workbook, { sheet: SHEET.mentees, column: table.header.length + 1, firstRow: 2, values: table.rows.map((_, i) => [`отметка ${i}`]), changed: table.rows.length });
}

export const fidelityBenchmark: Benchmark = {
  title: 'Книга Excel: сохранение с сохранением чужих частей файла (задача 9)',
  async run(print, figure) {
    const file = await bigBankFile(5000);
    const size = readFileSync(file).length;
    const open = await medianMs(3, () => openWorkbook(file));
    const plainOpen = await medianMs(3, () => new ExcelJS.Workbook().xlsx.readFile(file));
    const patchRow = await saveMs(file, logRow, workbookBytes);
    const patchColumn = await saveMs(file, wholeColumn, workbookBytes);
    const plain = await saveMs(file, logRow, (workbook) => workbook.xlsx.writeBuffer());
    figure('fidelity.openMs', open);
    figure('fidelity.exceljsOpenMs', plainOpen);
    figure('fidelity.patchSaveMs', patchRow);
    figure('fidelity.patchSaveColumnMs', patchColumn);
    figure('fidelity.exceljsSaveMs', plain);
    print(`банк из 5000 наставляемых (${Math.round(size / 1024)} КБ): открытие ${ms(open)} (с запоминанием ячеек для сравнения при сохранении; exceljs сам — ${ms(plainOpen)})`);
    print(`сохранение правкой частей файла: строка «Журнала» ${ms(patchRow)}, столбец из 5000 ячеек ${ms(patchColumn)}`);
    print(`та же строка, файл целиком заново (exceljs, чужие части теряются): ${ms(plain)}`);
  },
};
