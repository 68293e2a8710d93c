/**
 * Issue 9: what a save costs when it patches the changed cells into the workbook's own package (every other part
 * kept) beside exceljs rewriting the whole file, on a bank of 5,000 mentees.
 */
import { readFileSync } from 'node:fs';
import { SHEET } from '../src/domain/bank/schema';
import { openWorkbook, worksheetTable } from '../src/local/excel/bankFile';
import { workbookBytes } from '../src/local/excel/package/patch';
import { appendLog, applyColumnWrite } from '../src/local/excel/write';
import { bigBankFile } from './bank';
import { type Benchmark, medianMs, ms } from './measure';

const NOW = new Date(2026, 10, 20, 10, 0);

export const fidelityBenchmark: Benchmark = {
  title: 'Книга Excel: сохранение с сохранением чужих частей файла (задача 9)',
  async run(print, figure) {
    const file = await bigBankFile(5000);
    const size = readFileSync(file).length;
    // One «Журнал» row: what sign or setup change.
    const logRow = await medianMs(3, async () => {
      const workbook = await openWorkbook(file);
      appendLog(workbook, [[NOW, 'Проверка', '', 'замер']]);
      await workbookBytes(workbook);
    });
    // A whole column of 5,000 cells rewritten: the largest change a command makes in one sheet.
    const column = await medianMs(3, async () => {
      const workbook = await openWorkbook(file);
      const table = worksheetTable(workbook.getWorksheet(SHEET.mentees)!);
      applyColumnWrite(workbook, { sheet: SHEET.mentees, column: table.header.length + 1, firstRow: 2, values: table.rows.map((_, i) => [`отметка ${i}`]), changed: table.rows.length });
      await workbookBytes(workbook);
    });
    const plain = await medianMs(3, async () => {
      const workbook = await openWorkbook(file);
      appendLog(workbook, [[NOW, 'Проверка', '', 'замер']]);
      await workbook.xlsx.writeBuffer();
    });
    const open = await medianMs(3, () => openWorkbook(file));
    figure('fidelity.patchSaveMs', logRow);
    figure('fidelity.patchSaveColumnMs', column);
    figure('fidelity.exceljsSaveMs', plain);
    print(`банк из 5000 наставляемых (${Math.round(size / 1024)} КБ), открытие ${ms(open)}; с открытием:`);
    print(`  строка «Журнала», сохранение правкой частей файла: ${ms(logRow)}; столбец из 5000 ячеек: ${ms(column)}`);
    print(`  та же строка, файл целиком заново (exceljs, чужие части теряются): ${ms(plain)}`);
  },
};
