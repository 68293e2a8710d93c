/** Pairing over the active spreadsheet: one getValues per sheet per action, one setValues for «Пары» and «Журнал». */
import type { BankTables } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import { pairingLogRow, pairRows } from '../../domain/matching/pairRecords';
import { appendRows } from '../bank/setup';
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
      const sheet = spreadsheet.getSheetByName(SHEET.pairs);
      const header = tables[SHEET.pairs]?.header;
      if (!sheet || !header) throw new Error(`Нет листа «${SHEET.pairs}». Выполните «Наставничество → Настроить банк».`);
      appendRows(sheet, pairRows(header, pairs), header.length);
      const log = spreadsheet.getSheetByName(SHEET.log);
      const logHeader = tables[SHEET.log]?.header;
      if (log && logHeader) appendRows(log, [pairingLogRow(logHeader, now, pairs)], logHeader.length);
    },
    now: () => new Date(),
  };
}
