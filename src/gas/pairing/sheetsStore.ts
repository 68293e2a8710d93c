/** Pairing over the active spreadsheet: one getValues per sheet per action, one setValues for «Пары» and «Журнал». */
import type { BankTables } from '../../domain/bank/bank';
import { PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import { pairingAppends } from '../../domain/matching/pairRecords';
import { writeAppend } from '../sheets/write';
import { schoolNow } from '../sheets/dates';
import { readTables } from '../sheets/tables';
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
  };
}
