/**
 * The only way the local app touches the bank file. Every request reads the workbook afresh (the curator may have
 * edited it in Excel between two clicks); writes run one at a time in this process, each on a fresh read under the
 * bank's lock (editBank: a CLI command writing meanwhile waits or refuses), and are saved safely. A read waits for the
 * write under way, so it never sees a half-saved file.
 */
import type ExcelJS from 'exceljs';
import { openWorkbook } from '../excel/bankFile';
import { editBank } from '../excel/bankSession';

/** What an edit returns: its answer, and whether the workbook changed and must be saved. */
export interface EditOutcome<T> {
  value: T;
  changed: boolean;
}

export interface BankAccess {
  readonly path: string;
  read<T>(fn: (workbook: ExcelJS.Workbook) => T | Promise<T>): Promise<T>;
  /**
   * Changes the bank: `fn` returns `changed` to have the workbook saved after it, or calls `save` itself when something
   * must follow the save (documents are written only once the bank that registers them is saved).
   */
  edit<T>(fn: (workbook: ExcelJS.Workbook, save: () => Promise<unknown>) => EditOutcome<T> | Promise<EditOutcome<T>>): Promise<T>;
  /** Resolves when the writes queued so far have finished (saved or failed). */
  drain(): Promise<void>;
}

export function bankAccess(path: string): BankAccess {
  // The tail of the write queue: each edit starts when the one before it has settled.
  let tail: Promise<unknown> = Promise.resolve();
  const settled = () => tail.then(() => undefined, () => undefined);
  return {
    path,
    async read(fn) {
      await settled();
      return fn(await openWorkbook(path));
    },
    edit(fn) {
      const run = settled().then(() => editBank(path, async (workbook, session) => {
        const outcome = await fn(workbook, () => session.save());
        if (outcome.changed) await session.save();
        return outcome.value;
      }, { command: 'serve' }));
      tail = run;
      return run;
    },
    drain: settled,
  };
}
