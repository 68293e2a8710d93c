/**
 * A scored submission writes its rows and asks for a redraw: at most 40 Google calls (Spreadsheet and ScriptApp, as
 * the fakes count them), the same whether the sheets hold a few rows or hundreds.
 */
import { SHEET, sheetSpec } from '../../../src/domain/bank/schema';
import { RUBRIC_CHOICES, RUBRIC_CRITERIA } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import { handleSubmission } from '../../../src/gas/monitoring/submit';
import { submitResponse } from '../../fakes/monitoring';
import type { Value } from '../../fakes/spreadsheet';
import { schoolGrids } from './school';
import { NOW, world } from './world';

function rubricAnswers(pair: string): Record<string, Value> {
  const answers: Record<string, Value> = { 'Код пары': pair };
  RUBRIC_CRITERIA.flatMap((criterion) => criterion.indicators).forEach((title, index) => { answers[title] = RUBRIC_CHOICES[index % 2].label; });
  return answers;
}

/** Calls made by the second of two rubric submissions, after `earlier` answers were scored into the sheets. */
function callsOfOneSubmission(earlier: number): { spreadsheet: number; scriptApp: number } {
  // Every sheet «Настроить банк» makes is there (a missing one costs a look through the list of sheets).
  const w = world({ ...schoolGrids(), [SHEET.mailing]: [sheetSpec('mailing').columns.map((column) => column.header)] });
  const { spreadsheet, scriptApp, services } = w;
  try {
    const rubric = w.form('efficiency-rubric');
    for (let i = 0; i < earlier; i++) submitResponse(spreadsheet, rubric, new Date(2027, 4, 1, 8, 0, i), rubricAnswers(i % 2 ? 'П-001' : 'П-002'));
    // The first submission catches up with the rows above (and schedules the redraw); the second is an ordinary one.
    handleSubmission(spreadsheet as never, submitResponse(spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 0), rubricAnswers('П-001')) as never, services, NOW);
    const event = submitResponse(spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 1), rubricAnswers('П-002'));
    spreadsheet.log.reset();
    scriptApp.log.reset();
    // Through the counted handle, as SpreadsheetApp.getActiveSpreadsheet() gives it: getSheetByName counts too.
    expect(handleSubmission(spreadsheet.wrap(spreadsheet, 'Spreadsheet'), event as never, services, NOW)).toMatchObject({ ran: true, scored: 1 });
    return { spreadsheet: spreadsheet.log.total(), scriptApp: scriptApp.log.total() };
  } finally {
    w.uninstall();
  }
}

describe('a scored submission', () => {
  it('costs at most 40 calls, and no more with 300 answers in the sheets than with 3; «Мониторинг» is left to the redraw', () => {
    const small = callsOfOneSubmission(3);
    const large = callsOfOneSubmission(300);
    expect(small.spreadsheet + small.scriptApp).toBeLessThanOrEqual(40);
    expect(large).toEqual(small);
    // The redraw is pending already: the submission only looks (one getProjectTriggers), it adds no trigger.
    expect(small.scriptApp).toBe(1);
  });

  it('does not touch «Мониторинг»', () => {
    const w = world();
    const { spreadsheet, scriptApp, services } = w;
    try {
      const rubric = w.form('efficiency-rubric');
      const event = submitResponse(spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 0), rubricAnswers('П-001'));
      handleSubmission(spreadsheet as never, event as never, services, NOW);
      expect(spreadsheet.sheets.some((sheet) => sheet.name === SHEET.monitoring)).toBe(false);
      expect(scriptApp.triggers.map((trigger) => trigger.handler)).toEqual(['onFormSubmit', 'redrawMonitoring']);
    } finally {
      w.uninstall();
    }
  });
});
