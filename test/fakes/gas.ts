/** The Google globals an adapter test or the built bundle needs, as counted fakes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog } from './calls';
import { FakeHtmlService, FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUtilities } from './utilities';

export interface GasFakes {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  app: FakeSpreadsheetApp;
  globals: Record<string, unknown>;
}

const BUILD = join(__dirname, '../../build');

export function createGasFakes(spreadsheet = new FakeSpreadsheet()): GasFakes {
  const log = spreadsheet.log;
  const app = new FakeSpreadsheetApp(spreadsheet);
  const html = new FakeHtmlService((name) => readFileSync(join(BUILD, `${name}.html`), 'utf8'));
  return {
    log,
    spreadsheet,
    app,
    globals: {
      SpreadsheetApp: spreadsheet.wrap(app, 'SpreadsheetApp'),
      HtmlService: spreadsheet.wrap(html, 'HtmlService'),
      // Not a Spreadsheet call: its formatDate calls are not counted with them.
      Utilities: new FakeUtilities(),
    },
  };
}

/** Puts the fakes on globalThis for adapter tests run in jest; returns a function that removes them. */
export function installGlobals(fakes: GasFakes): () => void {
  const target = globalThis as Record<string, unknown>;
  const previous = Object.keys(fakes.globals).map((key) => [key, target[key]] as const);
  Object.assign(target, fakes.globals);
  return () => {
    for (const [key, value] of previous) target[key] = value;
  };
}

/** Fills a fake spreadsheet with grids (sheet name → rows), as a curator's existing workbook. */
export function spreadsheetWith(grids: Record<string, unknown[][]>, timeZone?: string): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(undefined, undefined, timeZone);
  for (const [name, rows] of Object.entries(grids)) {
    spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell))) as never);
  }
  return spreadsheet;
}

/**
 * Runs an installable or time-driven trigger's function as Apps Script does: with no editor open, so getUi() throws
 * and an alert that would block a menu action fails the trigger instead.
 */
export function asTrigger<T>(app: FakeSpreadsheetApp, run: () => T): T {
  app.inTrigger = true;
  try {
    return run();
  } finally {
    app.inTrigger = false;
  }
}
