import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCESSING_COLUMNS, RESULT_COLUMNS, SHEET } from '../../src/domain/bank/schema';
import { parseArgs } from '../../src/local/cli/args';
import { scoreCommand } from '../../src/local/cli/commands/score';
import { toExcelValue } from '../../src/local/excel/cells';
import { monitoringDemoStep } from '../../src/local/monitoring/demo-step';
import { schoolGrids } from '../gas/monitoring/school';

const NOW = new Date(2027, 4, 20, 12, 0);

async function schoolWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(schoolGrids())) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((cell, c) => { sheet.getCell(r + 1, c + 1).value = toExcelValue(cell); }));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'nastavnik-demo-')), 'bank.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function column(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  const values: unknown[] = [];
  sheet.eachRow((row, number) => { if (number > 1) values.push(row.getCell(index).value); });
  return values;
}

describe('demo step: monitoring', () => {
  it('answers the questionnaires for the sample school, scores them and fills «Результаты» and «Мониторинг»', async () => {
    const file = await schoolWorkbook();
    const lines = await monitoringDemoStep.run({ bankPath: file, now: NOW });
    expect(lines[0]).toMatch(/^Ответов на анкеты: 19 .*оценено 17, отклонено 2/);
    expect(lines.join('\n')).toContain('код участника «НП-999» не найден');
    expect(lines.join('\n')).toContain('ответ «11» вне шкалы 1–10');
    expect(lines.join('\n')).toMatch(/Входная диагностика → Итоговая диагностика: [\d,]+ → [\d,]+ из 5 \(\+/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const results = workbook.getWorksheet(SHEET.results)!;
    expect(column(results, RESULT_COLUMNS.level)).toHaveLength(17);
    expect(column(results, RESULT_COLUMNS.pair).filter((pair) => pair === 'П-001').length).toBeGreaterThan(0);
    expect(column(workbook.getWorksheet(SHEET.processing)!, PROCESSING_COLUMNS.outcome).filter((o) => o === 'отклонён')).toHaveLength(2);
    const dashboard = workbook.getWorksheet(SHEET.monitoring)!;
    expect(dashboard.getCell(1, 1).value).toBe('Мониторинг программы наставничества');
    // Before → after per person, in the workbook as in Google Sheets: a row per participant with a coloured change.
    const firstColumn = dashboard.getColumn(1).values as unknown[];
    const block = firstColumn.indexOf('Входная диагностика → Итоговая диагностика: по участникам');
    expect(block).toBeGreaterThan(0);
    expect((dashboard.getRow(block + 1).values as unknown[]).slice(1, 7)).toEqual(['Код', 'ФИО', 'Пара', 'До', 'После', 'Изменение']);
    const ivanov = dashboard.getRow(firstColumn.indexOf('НП-001', block));
    expect([ivanov.getCell(2).value, ivanov.getCell(3).value]).toEqual(['Иванов Пётр Сергеевич', 'П-001']);
    // A name next to other values wraps instead of being cut off at the column's edge; the title runs on.
    expect(ivanov.getCell(2).alignment?.wrapText).toBe(true);
    expect(dashboard.getCell(1, 1).alignment?.wrapText).toBeUndefined();
    expect(typeof ivanov.getCell(6).value).toBe('number');
    expect((ivanov.getCell(6).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toMatch(/^FF(C8E6C9|F8C7C3|FFF3C4)$/);
    const answers = workbook.getWorksheet('Ответы — удовл. наставляемых')!;
    expect(column(answers, 'Что можно улучшить в программе наставничества?')).toContain('=больше встреч');

    // Running it again gives the same figures: derived sheets are rebuilt, not appended to.
    await monitoringDemoStep.run({ bankPath: file, now: NOW });
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(file);
    expect(column(again.getWorksheet(SHEET.results)!, RESULT_COLUMNS.level)).toHaveLength(17);

    // The CLI scores the demo's response sheet the same way.
    const out: string[] = [];
    const rubric = new ExcelJS.Workbook();
    rubric.addWorksheet('Ответы — эффективность');
    const source = again.getWorksheet('Ответы — эффективность')!;
    source.eachRow((row, number) => { rubric.getWorksheet('Ответы — эффективность')!.getRow(number).values = row.values; });
    const rubricFile = join(file, '..', 'rubric.xlsx');
    await rubric.xlsx.writeFile(rubricFile);
    const code = await scoreCommand.run(parseArgs([file, '--responses', rubricFile, '--json'], scoreCommand.args), { out: (l) => out.push(l), err: () => undefined, now: () => NOW });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).results.map((r: { pair: string }) => r.pair)).toEqual(['П-001', 'П-002']);
  });
});
