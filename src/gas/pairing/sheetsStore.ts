/** Pairing over the active spreadsheet: one getValues per sheet per action, one setValues for «Пары» and «Журнал». */
import type { BankTables } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import { pairingAppends } from '../../domain/matching/pairRecords';
import { FIT_CHECK_ID } from '../../domain/questionnaires/catalog/fit-check';
import { readRegistry } from '../../domain/questionnaires/registry';
import { responseSheet } from '../monitoring/sources';
import { writeAppend, writeColumn } from '../sheets/write';
import { schoolNow } from '../sheets/dates';
import { readTable, readTables } from '../sheets/tables';
import type { PairingStore } from './service';

export function sheetsPairingStore(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PairingStore {
  let tables: BankTables = {};
  return {
    read() {
      tables = readTables(spreadsheet, PAIRING_SHEETS);
      return pairingInput(tables);
    },
    appendPairs(pairs, now) {
      for (const append of pairingAppends(tables, pairs, now)) writeAppend(spreadsheet, append);
    },
    now: () => schoolNow(spreadsheet),
    readFitCheck() {
      // «Анкеты» says where the fit check's answers are; no form yet — no answers, and nothing more is read.
      const registry = readRegistry(readTables(spreadsheet, [SHEET.forms])[SHEET.forms]);
      const record = registry.find((r) => r.questionnaireId === FIT_CHECK_ID);
      const sheet = record ? responseSheet(spreadsheet, record, {}) : null;
      if (!sheet) return undefined;
      const table = readTable(sheet);
      return { header: table.header, rows: table.rows, source: table.sheet };
    },
    writeRepair(plan) {
      // Three cells of one row, not the span between them: a formula the curator keeps in «Приказ» stays untouched.
      for (const cell of plan.cells) writeColumn(spreadsheet, cell);
      for (const append of plan.appends) writeAppend(spreadsheet, append);
    },
  };
}
