import ExcelJS from 'exceljs';
import { PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { DO_NOT_CONTINUE, fitCheck } from '../../src/domain/questionnaires/catalog/fit-check';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { TIMESTAMP_TITLE } from '../../src/domain/questionnaires/responses';
import { readWorkbookTables } from '../../src/local/excel/bankFile';
import { appendAndProcess } from '../../src/local/monitoring/submit';
import { fitCheckSchool } from '../helpers/fitCheckSchool';
import { workbookOfGrids } from '../helpers/workbookFile';

const NOW = new Date(2026, 9, 20, 10, 30);

function workbookWithPair(withMarkColumn = true): ExcelJS.Workbook {
  const grids = fitCheckSchool();
  if (!withMarkColumn) {
    const at = grids[SHEET.pairs][0].indexOf(P.fitCheck);
    grids[SHEET.pairs] = grids[SHEET.pairs].map((row) => row.filter((_, i) => i !== at));
  }
  return workbookOfGrids(grids);
}

function answerDoNotContinue(workbook: ExcelJS.Workbook): void {
  const [codeItem, comfort, clarity, wish] = fitCheck().items;
  appendAndProcess(workbook, fitCheck(), [{
    [TIMESTAMP_TITLE]: NOW, [codeItem.title]: linkedCode('НП-001'), [comfort.title]: 7, [clarity.title]: 6, [wish.title]: DO_NOT_CONTINUE,
  }], NOW);
}

describe('the fit check in the workbook (issue 12)', () => {
  test('a bank made before the column existed gets «Проверка совместимости» after its last column, with the mark', () => {
    const workbook = workbookWithPair(false);
    const before = readWorkbookTables(workbook)[SHEET.pairs]!;
    expect(before.header).not.toContain(P.fitCheck);
    answerDoNotContinue(workbook);
    const after = readWorkbookTables(workbook)[SHEET.pairs]!;
    expect(after.header).toEqual([...before.header, P.fitCheck]);
    expect(after.rows[0]).toEqual([...before.rows[0], `требует внимания: наставляемый Сидорова А.В.: ответил «${DO_NOT_CONTINUE}»`]);
  });

  test('a teacher\'s «Не хочу продолжать» through the app marks the pair in «Пары» → «Проверка совместимости», and nothing else of the row changes', () => {
    const workbook = workbookWithPair();
    const before = readWorkbookTables(workbook)[SHEET.pairs]!;
    answerDoNotContinue(workbook);
    const after = readWorkbookTables(workbook)[SHEET.pairs]!;
    const mark = after.header.indexOf(P.fitCheck);
    expect(mark).toBeGreaterThan(0);
    expect(after.rows[0][mark]).toBe(`требует внимания: наставляемый Сидорова А.В.: ответил «${DO_NOT_CONTINUE}»`);
    expect(after.rows[0].filter((_, i) => i !== mark)).toEqual(before.rows[0].filter((_, i) => i !== mark));
  });
});
