/** The sidebar's pairing service over an Excel workbook: the same PairingStore the Google Sheets adapter gives. */
import type ExcelJS from 'exceljs';
import type { BankTables } from '../../domain/bank/bank';
import { PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import { fitCheck } from '../../domain/questionnaires/catalog/fit-check';
import type { PairingStore } from '../../gas/pairing/service';
import { responseSheetTable } from '../monitoring/submit';
import { readWorkbookTables } from './bankFile';
import { appendPairsToWorkbook } from './pairsFile';
import { applyAppend, applyColumnWrite } from './write';

export interface WorkbookPairingStore extends PairingStore {
  /** Whether «Пары» and «Журнал» were appended to, so the workbook must be saved. */
  readonly changed: boolean;
}

export function workbookPairingStore(workbook: ExcelJS.Workbook, now: () => Date): WorkbookPairingStore {
  let tables: BankTables = {};
  let changed = false;
  return {
    read() {
      tables = readWorkbookTables(workbook, PAIRING_SHEETS);
      return pairingInput(tables);
    },
    appendPairs(pairs, at) {
      appendPairsToWorkbook(workbook, tables, pairs, at);
      changed = true;
    },
    now,
    readFitCheck() {
      const table = responseSheetTable(workbook, fitCheck());
      return table.rows.length ? { header: table.header, rows: table.rows, source: table.sheet } : undefined;
    },
    writeRepair(plan) {
      for (const cell of plan.cells) applyColumnWrite(workbook, cell);
      for (const append of plan.appends) applyAppend(workbook, append);
      changed = true;
    },
    get changed() {
      return changed;
    },
  };
}
