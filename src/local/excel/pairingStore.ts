/** The sidebar's pairing service over an Excel workbook: the same PairingStore the Google Sheets adapter gives. */
import type ExcelJS from 'exceljs';
import type { BankTables } from '../../domain/bank/bank';
import { PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import type { PairingStore } from '../../gas/pairing/service';
import { readWorkbookTables } from './bankFile';
import { appendPairsToWorkbook } from './pairsFile';

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
    get changed() {
      return changed;
    },
  };
}
