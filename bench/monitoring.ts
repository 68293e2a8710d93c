/**
 * Issue 4: scoring 10,000 responses with `score` (time); Spreadsheet calls per submission handled by the trigger (the
 * same for 10 and 10,000 responses), the cells it reads and writes (these grow: it reads the response sheets to redraw
 * «Мониторинг») and its time estimated; «Пересчитать всё» on 10,000 responses: calls and cells counted on the fakes,
 * the domain timed, and the Apps Script run estimated from them.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET, SHEETS, type SheetName } from '../src/domain/bank/schema';
import type { Cell } from '../src/domain/bank/table';
import { tableFromGrid } from '../src/domain/bank/table';
import { catalogFor } from '../src/domain/monitoring/catalog';
import { MONITORING_SHEETS } from '../src/domain/monitoring/process';
import { planRecompute, type ResponseSource } from '../src/domain/monitoring/recompute';
import { readBank, type BankTables } from '../src/domain/bank/bank';
import type { Questionnaire } from '../src/domain/questionnaires/model';
import { isScored } from '../src/domain/questionnaires/model';
import { parseArgs } from '../src/local/cli/args';
import { scoreCommand } from '../src/local/cli/commands/score';
import { toExcelValue } from '../src/local/excel/cells';
import { setUpBank } from '../src/gas/bank/setup';
import { createForms } from '../src/gas/monitoring/create-forms';
import { recomputeAll } from '../src/gas/monitoring/recompute';
import { handleSubmission } from '../src/gas/monitoring/submit';
import { FakeProperties } from '../test/fakes/documents';
import { createGasFakes, installGlobals } from '../test/fakes/gas';
import { FakeMonitoringSpreadsheet, formsWritingInto, submitResponse } from '../test/fakes/monitoring';
import { FakeRange } from '../test/fakes/spreadsheet';
import { FakeLockService, FakeScriptApp } from '../test/fakes/script-app';
import type { Value } from '../test/fakes/spreadsheet';
import { type Benchmark, medianMs, ms } from './measure';

const NOW = new Date(2027, 4, 20, 12, 0);
const MENTORS = 400;
const MENTEES = 1000;

function grid(name: SheetName, rows: Array<Record<string, Cell>>): Cell[][] {
  const header = SHEETS.find((spec) => spec.name === name)!.columns.map((column) => column.header);
  return [header, ...rows.map((row) => header.map((title) => row[title] ?? ''))];
}

const mentorCode = (i: number) => `НС-${String(i + 1).padStart(4, '0')}`;
const menteeCode = (i: number) => `НП-${String(i + 1).padStart(4, '0')}`;
const pairCode = (i: number) => `П-${String(i + 1).padStart(4, '0')}`;

/** 400 mentors, 1,000 mentees, each mentee in a working pair. */
function bankGrids(): Record<string, Cell[][]> {
  return {
    [SHEET.mentors]: grid(SHEET.mentors, Array.from({ length: MENTORS }, (_, i) => ({
      [M.code]: mentorCode(i), [M.fullName]: `Наставникова Анна ${i}`, [M.position]: 'учитель', [M.experience]: 20, [M.capacity]: 3,
      [M.consentData]: 'да', [M.consentMentor]: 'да', [M.status]: 'активен',
    }))),
    [SHEET.mentees]: grid(SHEET.mentees, Array.from({ length: MENTEES }, (_, i) => ({
      [E.code]: menteeCode(i), [E.fullName]: `Молодцов Пётр ${i}`, [E.position]: 'учитель', [E.experience]: 1,
      [E.category]: 'молодой специалист (стаж 0–3 года)', [E.consentData]: 'да', [E.status]: 'активен',
    }))),
    [SHEET.pairs]: grid(SHEET.pairs, Array.from({ length: MENTEES }, (_, i) => ({
      [P.code]: pairCode(i), [P.mentorCode]: mentorCode(i % MENTORS), [P.menteeCodes]: menteeCode(i), [P.status]: 'действует',
    }))),
  };
}

/** Response rows of a scored questionnaire as Google Forms writes them, respondents cycling through the bank. */
function responseRows(questionnaire: Questionnaire, count: number, offset: number): Cell[][] {
  const header: Cell[] = ['Отметка времени', ...questionnaire.items.map((item) => item.title)];
  const rows: Cell[][] = [header];
  for (let n = 0; n < count; n += 1) {
    const i = offset + n;
    const code = questionnaire.items[0].code === 'pair' ? pairCode(i % MENTEES)
      : questionnaire.audience.includes('наставляемый') ? menteeCode(i % MENTEES) : mentorCode(i % MENTORS);
    rows.push([new Date(2027, 0, 1 + (i % 120), 8 + (i % 10), i % 60, Math.floor(i / 60) % 60), ...questionnaire.items.map((item) => {
      if (item.code) return code;
      if (!isScored(item)) return '';
      if (item.scale) return item.scale.min + ((i + item.key.length) % (item.scale.max - item.scale.min + 1));
      return item.choices![(i + item.key.length) % item.choices!.length].label;
    })]);
  }
  return rows;
}

async function scoreFile(dir: string, questionnaire: Questionnaire, count: number): Promise<{ bank: string; responses: string }> {
  const bank = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(bankGrids())) {
    const sheet = bank.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((cell, c) => { sheet.getCell(r + 1, c + 1).value = toExcelValue(cell); }));
  }
  const bankPath = join(dir, 'bank.xlsx');
  await bank.xlsx.writeFile(bankPath);
  const csv = responseRows(questionnaire, count, 0)
    .map((row) => row.map((cell) => {
      const text = cell instanceof Date
        ? `${String(cell.getDate()).padStart(2, '0')}.${String(cell.getMonth() + 1).padStart(2, '0')}.${cell.getFullYear()} ${String(cell.getHours()).padStart(2, '0')}:${String(cell.getMinutes()).padStart(2, '0')}:${String(cell.getSeconds()).padStart(2, '0')}`
        : String(cell ?? '');
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    }).join(','))
    .join('\n');
  const responses = join(dir, `${questionnaire.id}.csv`);
  writeFileSync(responses, csv);
  return { bank: bankPath, responses };
}

/** A spreadsheet with the bank, the nine forms, and `perForm` responses in each scored form's sheet. */
function spreadsheetWithResponses(perForm: number) {
  const spreadsheet = new FakeMonitoringSpreadsheet();
  for (const [name, rows] of Object.entries(bankGrids())) spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => cell ?? '')) as Value[][]);
  const uninstall = installGlobals(createGasFakes(spreadsheet));
  // As a school works: «Настроить банк» first, so the sheets it makes are there when answers come.
  setUpBank(spreadsheet as never, NOW);
  const formApp = formsWritingInto(spreadsheet);
  const properties = new FakeProperties();
  createForms(spreadsheet as never, { formApp, scriptApp: new FakeScriptApp(), properties }, NOW);
  const catalog = catalogFor(readBank(tablesOf(spreadsheet)));
  const scored = catalog.filter((questionnaire) => questionnaire.kind === 'scored');
  // The same respondents in every form, so that the before → after chart is there whatever the size.
  for (const questionnaire of scored) {
    const form = formApp.forms.find((candidate) => candidate.title === questionnaire.title)!;
    spreadsheet.responseSheetOf(form).load(responseRows(questionnaire, perForm, 0) as Value[][]);
  }
  return { spreadsheet, formApp, properties, catalog, scored, uninstall };
}

function tablesOf(spreadsheet: FakeMonitoringSpreadsheet): BankTables {
  const tables: BankTables = {};
  for (const sheet of spreadsheet.sheets) (tables as Record<string, unknown>)[sheet.name] = tableFromGrid(sheet.name, sheet.grid());
  return tables;
}

function cellsOf(spreadsheet: FakeMonitoringSpreadsheet, run: () => void): { calls: number; reads: number; writes: number; cells: number } {
  spreadsheet.log.reset();
  const before = spreadsheet.sheets.reduce((sum, sheet) => sum + sheet.grid().length * (sheet.grid()[0]?.length ?? 0), 0);
  run();
  const after = spreadsheet.sheets.reduce((sum, sheet) => sum + sheet.grid().length * (sheet.grid()[0]?.length ?? 0), 0);
  return { calls: spreadsheet.log.total(), reads: spreadsheet.log.count('Range.getValues'), writes: spreadsheet.log.count('Range.setValues'), cells: before + after };
}

/** Cells moved by getValues / setValues while `run` runs (the fakes count calls, not cells). */
function cellsMoved<T>(run: () => T): { value: T; read: number; written: number } {
  const { getValues, setValues } = FakeRange.prototype;
  let read = 0;
  let written = 0;
  FakeRange.prototype.getValues = function counted(this: FakeRange) {
    const values = getValues.call(this);
    read += values.length * (values[0]?.length ?? 0);
    return values;
  };
  FakeRange.prototype.setValues = function counted(this: FakeRange, values: Value[][]) {
    written += values.length * (values[0]?.length ?? 0);
    return setValues.call(this, values);
  };
  try {
    return { value: run(), read, written };
  } finally {
    Object.assign(FakeRange.prototype, { getValues, setValues });
  }
}

interface SubmissionCost {
  calls: number;
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
  /** Milliseconds in Node, fakes included: an upper bound of the computing part. */
  nodeMs: number;
}

function submissionCost(existing: number): SubmissionCost {
  const world = spreadsheetWithResponses(existing / 5);
  try {
    const rubric = world.formApp.forms.find((form) => form.title.startsWith('Показатели эффективности'))!;
    const answers: Record<string, Value> = { 'Код пары': pairCode(1) };
    for (const item of rubric.questions()) if (item.choices.length) answers[item.title] = item.choices[0];
    const services = { lockService: new FakeLockService(), scriptApp: new FakeScriptApp(), formApp: world.formApp, properties: world.properties };
    // The first submission catches up with the rows loaded above; the second is a plain one.
    handleSubmission(world.spreadsheet as never, submitResponse(world.spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 0), answers) as never, services, NOW);
    answers['Код пары'] = pairCode(2);
    const event = submitResponse(world.spreadsheet, rubric, new Date(2027, 4, 20, 10, 0, 1), answers);
    world.spreadsheet.log.reset();
    services.scriptApp.log.reset();
    const started = performance.now();
    // Through the counted Spreadsheet handle (getSheetByName counts), ScriptApp's calls (the redraw trigger) added.
    const handle = world.spreadsheet.wrap<GoogleAppsScript.Spreadsheet.Spreadsheet>(world.spreadsheet, 'Spreadsheet');
    const moved = cellsMoved(() => handleSubmission(handle, event as never, services, NOW));
    const nodeMs = performance.now() - started;
    const log = world.spreadsheet.log;
    return {
      calls: log.total() + services.scriptApp.log.total(), reads: log.count('Range.getValues'), writes: log.count('Range.setValues'),
      cellsRead: moved.read, cellsWritten: moved.written, nodeMs,
    };
  } finally {
    world.uninstall();
  }
}

/**
 * Apps Script cost model for the estimate, stated so it can be checked: about 0.1 s per Spreadsheet call that moves
 * data and 10 µs per cell moved (≈100,000 cells/s), and the V8 of Apps Script 3 times slower than Node here.
 */
const CALL_S = 0.1;
const CELL_S = 0.00001;
const V8_SLOWDOWN = 3;

export const monitoringBenchmark: Benchmark = {
  title: 'Мониторинг: оценка ответов, вызовы на одну отправку формы, «Пересчитать всё» (задача 4)',
  async run(print, figure) {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-score-'));
    const tables = { [SHEET.mentors]: tableFromGrid(SHEET.mentors, bankGrids()[SHEET.mentors]) } as BankTables;
    const satisfaction = catalogFor(readBank(tables)).find((questionnaire) => questionnaire.id === 'mentee-satisfaction')!;
    const files = await scoreFile(dir, satisfaction, 10_000);
    const silent = { out: () => undefined, err: () => undefined, now: () => NOW };
    const score = await medianMs(3, () => scoreCommand.run(parseArgs([files.bank, '--responses', files.responses, '--json'], scoreCommand.args), silent));
    print(`score: 10 000 ответов (CSV, банк 400 наставников и 1000 наставляемых) — ${ms(score)} (чтение книги и CSV, оценка, JSON)`);

    for (const existing of [10, 1000, 10_000]) {
      const cost = submissionCost(existing);
      const estimate = cost.calls * CALL_S + (cost.cellsRead + cost.cellsWritten) * CELL_S + (cost.nodeMs / 1000) * V8_SLOWDOWN;
      if (existing === 1000) figure('submission.calls', cost.calls);
      print(`Одна отправка формы при ${existing} ответах в листах: вызовов Spreadsheet и ScriptApp — ${cost.calls} (чтений getValues — ${cost.reads}, записей setValues — ${cost.writes}), `
        + `ячеек прочитано — ${cost.cellsRead}, записано — ${cost.cellsWritten}; оценка в Apps Script ≈ ${estimate.toFixed(0)} с (в Node ${ms(cost.nodeMs)})`);
    }

    const world = spreadsheetWithResponses(2000);
    try {
      const counted = cellsOf(world.spreadsheet, () => recomputeAll(world.spreadsheet as never, { lockService: new FakeLockService(), formApp: world.formApp, properties: world.properties }, NOW));
      const sources: ResponseSource[] = world.scored.map((questionnaire) => {
        const form = world.formApp.forms.find((candidate) => candidate.title === questionnaire.title)!;
        const table = tableFromGrid('x', world.spreadsheet.responseSheetOf(form).grid());
        return { questionnaire, table: { header: table.header, rows: table.rows } };
      });
      const monitoringTables = {} as BankTables;
      for (const name of MONITORING_SHEETS) {
        const sheet = world.spreadsheet.sheets.find((candidate) => candidate.name === name);
        if (sheet) (monitoringTables as Record<string, unknown>)[name] = tableFromGrid(name, sheet.grid());
      }
      const domain = await medianMs(3, () => planRecompute(sources, monitoringTables, NOW));
      const estimate = counted.calls * CALL_S + counted.cells * CELL_S + (domain / 1000) * V8_SLOWDOWN;
      figure('recomputeAll.calls', counted.calls);
      print(`«Пересчитать всё», 10 000 ответов в 5 анкетах: вызовов Spreadsheet — ${counted.calls} (чтений ${counted.reads}, записей ${counted.writes}), ячеек прочитано и записано ≈ ${counted.cells}; расчёт в Node — ${ms(domain)}`);
      print(`   оценка в Apps Script: ${counted.calls} × ${CALL_S} с + ${counted.cells} ячеек × ${CELL_S * 1e6} мкс + расчёт × ${V8_SLOWDOWN} ≈ ${estimate.toFixed(0)} с из 360 с лимита`);
    } finally {
      world.uninstall();
    }
  },
};
