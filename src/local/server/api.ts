/**
 * The sidebar's server functions (ServerApi, the interface google.script.run is typed by) over the Excel bank: the
 * same pairing service as in Google Sheets on a workbook store, and «Проверить банк» on the workbook's tables.
 * A page calls them through the client bridge as POST /api/<name>.
 */
import type ExcelJS from 'exceljs';
import { checkBank } from '../../domain/bank/validation';
import type { ServerApi } from '../../gas/contract';
import { pairingService } from '../../gas/pairing/service';
import { readWorkbookTables } from '../excel/bankFile';
import { workbookPairingStore } from '../excel/pairingStore';
import type { BankAccess } from './bankAccess';

type ApiName = keyof ServerApi;

/** Which functions write the bank: they go through the write queue, the others read. */
const WRITES: Record<ApiName, boolean> = {
  checkBankReport: false,
  goToCell: false,
  pairingLoad: false,
  pairingSuggest: false,
  pairingProposeAll: false,
  pairingCheck: false,
  pairingConfirm: true,
  pairingRepair: true,
};

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(WRITES, name);
}

function workbookApi(workbook: ExcelJS.Workbook, now: () => Date) {
  const store = workbookPairingStore(workbook, now);
  const api: ServerApi = {
    ...pairingService(store),
    checkBankReport: () => checkBank(readWorkbookTables(workbook)),
    goToCell(target) {
      // The browser cannot move Excel's cursor: the curator is told where the cell is instead.
      const where = [`лист «${target.sheet}»`, target.row ? `строка ${target.row}` : '', target.column ? `столбец «${target.column}»` : ''].filter(Boolean).join(', ');
      throw new Error(`в приложении на компьютере перейти к ячейке нельзя — откройте книгу в Excel: ${where}.`);
    },
  };
  return { api, store };
}

/** Runs one server function on the bank; its arguments are the JSON the page sent. */
export async function callApi(bank: BankAccess, name: ApiName, args: unknown[], now: () => Date): Promise<unknown> {
  const call = (api: ServerApi) => (api[name] as (...a: unknown[]) => unknown)(...args);
  if (!WRITES[name]) return bank.read((workbook) => call(workbookApi(workbook, now).api));
  return bank.edit((workbook) => {
    const { api, store } = workbookApi(workbook, now);
    const value = call(api);
    return { value, changed: store.changed };
  });
}
