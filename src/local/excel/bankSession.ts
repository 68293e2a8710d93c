/**
 * A change of the bank from reading to saving, one writer at a time: the CLI's writing commands and the local web
 * server call `editBank`. It takes the bank's lock (files/bankLock.ts), refuses a workbook open in Excel or LibreOffice,
 * opens the workbook and hands it to `edit`; `edit` changes it and calls `session.save()` (the safe save) when there is
 * something to keep. Nothing here ends the process: refusals are BankFileError, for the caller to show.
 */
import type ExcelJS from 'exceljs';
import { type LockOptions, withFileLock } from '../files/bankLock';
import { assertNotOpenInOffice } from '../files/officeLocks';
import type { SafeSaveOptions, SafeSaveResult } from '../files/atomicWrite';
import { openWorkbook, saveWorkbook } from './bankFile';
import { refuseDuplicateHeaders } from './headerCheck';

export interface BankSession {
  readonly path: string;
  /** Saves the workbook as it is now; the bank stays locked until `edit` returns. */
  save(options?: SafeSaveOptions): Promise<SafeSaveResult>;
}

/** Runs `body` as the bank's one writer (the bank need not exist yet: `init`, `demo`). */
export async function withBank<T>(path: string, options: LockOptions, body: () => Promise<T>): Promise<T> {
  return withFileLock(path, options, async () => {
    await assertNotOpenInOffice(path);
    return body();
  });
}

/** Saves `workbook` as the bank at `path`, refusing while Excel or LibreOffice has it open; call it inside withBank. */
export async function saveBank(workbook: ExcelJS.Workbook, path: string, options?: SafeSaveOptions): Promise<SafeSaveResult> {
  await assertNotOpenInOffice(path);
  return saveWorkbook(workbook, path, options);
}

export async function editBank<T>(path: string, edit: (workbook: ExcelJS.Workbook, session: BankSession) => Promise<T>, options: LockOptions): Promise<T> {
  return withBank(path, options, async () => {
    const workbook = await openWorkbook(path);
    // A header written twice makes reads take one column and writes another: no writer touches such a bank.
    refuseDuplicateHeaders(workbook, path);
    return edit(workbook, { path, save: (saveOptions) => saveBank(workbook, path, saveOptions) });
  });
}
