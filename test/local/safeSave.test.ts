/**
 * The safe save and the one-writer lock, in process: a full disk, no rights, a read-only bank, backups and their
 * number, the lock's holder, stale locks, Excel and LibreOffice holding the workbook, and `editBank` for a server.
 */
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { BACKUP_DIR, KEEP_BACKUPS, listBackups } from '../../src/local/files/backups';
import { writeFileSafely } from '../../src/local/files/atomicWrite';
import { BankLockedError, lockPathFor } from '../../src/local/files/bankLock';
import { editBank } from '../../src/local/excel/bankSession';
import { BankFileError } from '../../src/local/excel/bankFile';
import { pairs as fixturePairs } from '../domain/documents/fixtures';
import { cli, tempDir } from '../helpers/cli';
import { documentGrids, midYearGrids } from '../helpers/documentsBank';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file in the bank's folder and its backups folder. */
const folderFiles = (file: string) => readdirSync(join(file, '..'), { recursive: true }).map(String).sort();
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Two proposed pairs listed in the draft order 1-од (made by `docs` elsewhere), mentees still without a pair. */
async function bank(): Promise<string> {
  const file = await writeGrids(documentGrids({ pairs: [fixturePairs[0], fixturePairs[1]], settings: { 'Учебный год': '2026/2027' } }));
  expect((await cli('docs', file, '--out', tempDir(), '--kind', 'order-pairs')).code).toBe(0);
  return file;
}

/** The error a promise is rejected with; a test fails if it is fulfilled. */
async function refusalOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('ожидался отказ');
}

/** A process id that is surely not running: one that has just ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** A file time in the past, to age a lock file (not a stopwatch). */
function ago(ms: number): Date {
  return new Date(new Date().getTime() - ms);
}

function writeLock(file: string, holder: Record<string, unknown>, ageMs = 0): string {
  const path = lockPathFor(file);
  writeFileSync(path, JSON.stringify({ host: hostname(), command: 'pair --write', since: new Date().toISOString(), nonce: 'x', ...holder }));
  const when = ago(ageMs);
  utimesSync(path, when, when);
  return path;
}

describe('safe save', () => {
  test('a full disk in the middle of the write: the bank is unchanged, the message names it, no temporary file stays', async () => {
    const file = await bank();
    const before = hash(file);
    const files = folderFiles(file);
    const half = async (path: string, bytes: Uint8Array) => {
      writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
      throw enospc();
    };
    const refusal = await refusalOf(writeFileSafely(file, new Uint8Array(5000).fill(7), { steps: { writeTemp: half } }));
    expect(refusal).toBeInstanceOf(BankFileError);
    expect((refusal as Error).message).toBe(`Не удалось сохранить «${file}»: на диске нет места. Банк не изменён: в нём всё, что было до этой команды.`);
    expect(hash(file)).toBe(before);
    expect(folderFiles(file)).toEqual(files);
  });

  test('pair --write on a full disk (the write fails part-way): exit 2, the bank named and unchanged', async () => {
    const file = await bank();
    const before = hash(file);
    const files = folderFiles(file);
    const realOpen = fsp.open;
    const spy = jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).includes('.saving-')) {
        handle.writeFile = async (data: unknown) => {
          await handle.write((data as Uint8Array).subarray(0, 100));
          throw enospc();
        };
      }
      return handle;
    });
    try {
      const run = await cli('pair', file, '--write');
      expect(run.code).toBe(2);
      expect(run.err).toBe(`Ошибка: Не удалось сохранить «${file}»: на диске нет места. Банк не изменён: в нём всё, что было до этой команды.`);
    } finally {
      spy.mockRestore();
    }
    expect(hash(file)).toBe(before);
    expect(folderFiles(file)).toEqual(files);
  });

  test('a rename refused (the file held by another program): the copy made for it is removed too', async () => {
    const file = await bank();
    const before = hash(file);
    const files = folderFiles(file);
    const busy = async () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    };
    const refusal = await refusalOf(writeFileSafely(file, new Uint8Array([1, 2, 3]), { steps: { replace: busy } }));
    expect(refusal.message).toContain(`«${file}»: файл занят другой программой`);
    expect(hash(file)).toBe(before);
    expect(folderFiles(file)).toEqual(files);
  });

  test('a read-only bank is not replaced, even by root; its mode and contents stay', async () => {
    const file = await bank();
    chmodSync(file, 0o444);
    const before = hash(file);
    const run = await cli('sign', file, '--order', '1-од');
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toBe(`Ошибка: Не удалось сохранить «${file}»: файл доступен только для чтения (снимите отметку «Только чтение» в свойствах файла и повторите). Банк не изменён.`);
    expect(hash(file)).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  test('each save keeps the previous version, dated, in «Резервные копии»; the newest five stay', async () => {
    const file = join(tempDir(), 'Банк школы № 5.xlsx');
    const versions: string[] = [];
    for (let i = 0; i < 8; i++) {
      const bytes = new TextEncoder().encode(`версия ${i}`);
      const result = await writeFileSafely(file, bytes, { now: () => new Date(2026, 11, 7, 20, 38, 27) });
      versions.push(`версия ${i}`);
      if (i > 0) expect(readFileSync(result.backup!, 'utf8')).toBe(`версия ${i - 1}`);
    }
    expect(readFileSync(file, 'utf8')).toBe('версия 7');
    const backups = await listBackups(file);
    expect(backups).toHaveLength(KEEP_BACKUPS);
    expect(backups.map((b) => readFileSync(b, 'utf8'))).toEqual(versions.slice(2, 7));
    expect(backups[0]).toBe(join(file, '..', BACKUP_DIR, 'Банк школы № 5 2026-12-07 20-38-27 (3).xlsx'));
    expect(backups[4]).toBe(join(file, '..', BACKUP_DIR, 'Банк школы № 5 2026-12-07 20-38-27 (7).xlsx'));
  });

  test('a save keeps the bank’s mode; init never replaces a bank made meanwhile', async () => {
    const file = await bank();
    chmodSync(file, 0o640);
    expect((await cli('setup', file)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const refusal = await refusalOf(writeFileSafely(file, new Uint8Array([1]), { overwrite: false }));
    expect(refusal.message).toBe(`Файл «${file}» уже существует; он не будет перезаписан.`);
  });
});

describe('one writer at a time', () => {
  test('a bank locked by a running command: the second waits, then refuses with exit 2, naming the bank and the holder', async () => {
    const file = await bank();
    const before = hash(file);
    writeLock(file, { pid: process.ppid });
    const refusal = await refusalOf(editBank(file, async () => 'изменено', { command: 'sign', waitMs: 300 }));
    expect(refusal).toBeInstanceOf(BankLockedError);
    const message = (refusal as Error).message;
    expect(message).toContain(`Банк «${file}» сейчас изменяет «pair --write» (процесс ${process.ppid} на компьютере «${hostname()}», с `);
    expect(message).toContain(`удалите файл «${lockPathFor(file)}»`);
    const run = await cli('sign', file, '--order', '1-од');
    expect(run.code).toBe(2);
    expect(run.err).toContain('сейчас изменяет «pair --write»');
    expect(hash(file)).toBe(before);
  });

  test('a lock left by a killed process is taken over at once; one from another computer, once it is old', async () => {
    const file = await bank();
    writeLock(file, { pid: deadPid() });
    expect((await cli('sign', file, '--order', '1-од')).code).toBe(0);
    expect(existsSync(lockPathFor(file))).toBe(false);
    writeLock(file, { pid: 1, host: 'учительская-пк' }, 10 * 60_000);
    expect((await cli('pair', file, '--write')).code).toBe(0);
    expect(existsSync(lockPathFor(file))).toBe(false);
    // A takeover cut off by a kill left its guard behind: once old, it is cleared too.
    writeLock(file, { pid: deadPid() });
    const guard = `${lockPathFor(file)}.takeover`;
    writeFileSync(guard, '');
    utimesSync(guard, ago(60_000), ago(60_000));
    expect((await cli('setup', file)).code).not.toBe(2);
    expect(existsSync(guard)).toBe(false);
    writeLock(file, { pid: 1, host: 'учительская-пк' });
    const fresh = await refusalOf(editBank(file, async () => 'изменено', { command: 'setup', waitMs: 200 }));
    expect(fresh.message).toContain('на компьютере «учительская-пк»');
  });

  test('in one process (a server) writers to one bank queue up and both changes are kept', async () => {
    const file = await bank();
    const tag = (code: string) => editBank(file, async (workbook, session) => {
      const sheet = workbook.getWorksheet(SHEET.pairs)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      await new Promise((wait) => setTimeout(wait, 50));
      sheet.addRow(header.map((h) => (h === P.code ? code : null)));
      await session.save();
      return code;
    }, { command: 'веб-страница', waitMs: 200 });
    expect(await Promise.all([tag('П-101'), tag('П-102'), tag('П-103')])).toEqual(['П-101', 'П-102', 'П-103']);
    expect((await sheetRecords(file, SHEET.pairs)).map((r) => r[P.code])).toEqual(['П-001', 'П-002', 'П-101', 'П-102', 'П-103']);
  });

  test('Excel or LibreOffice holding the workbook open: the command refuses and asks to close it', async () => {
    const file = await bank();
    const before = hash(file);
    const excel = join(file, '..', '~$bank.xlsx');
    writeFileSync(excel, 'Гумерова Г.М.');
    const run = await cli('pair', file, '--write');
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Банк «${file}» открыт в Excel: закройте его в Excel и повторите команду`);
    expect(run.err).toContain(`удалите служебный файл «${excel}»`);
    chmodSync(excel, 0o644);
    await fsp.unlink(excel);
    writeFileSync(join(file, '..', '.~lock.bank.xlsx#'), 'Гумерова Гульсасак,school-pc,gumerova,07.12.2026 10:15,file:///home/gumerova/.config/libreoffice/4;');
    const lo = await cli('sign', file, '--order', '1-од');
    expect(lo.code).toBe(2);
    expect(lo.err).toContain('открыт в LibreOffice (пользователь «Гумерова Гульсасак»)');
    expect(hash(file)).toBe(before);
    // Reading is not writing: check and pair without --write still work.
    expect((await cli('check', file)).code).not.toBe(2);
  });
});

describe('documents after the save', () => {
  test('docs on a read-only bank writes no document and says so', async () => {
    const file = await bank();
    chmodSync(file, 0o444);
    const out = tempDir();
    const run = await cli('docs', file, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`«${file}»: файл доступен только для чтения`);
    expect(run.err).toContain('Документы не записаны');
    expect(readdirSync(out)).toEqual([]);
  });

  test('a second docs never overwrites a document the curator edited', async () => {
    const file = await writeGrids(midYearGrids());
    const out = tempDir();
    const first = await cli('docs', file, '--out', out, '--kind', 'summary');
    expect(first.code).toBe(0);
    writeFileSync(first.out, 'сводка, дополненная куратором');
    const second = await cli('docs', file, '--out', out, '--kind', 'summary');
    expect(second.code).toBe(0);
    expect(second.out).toBe(first.out.replace(/\.docx$/, ' (2).docx'));
    expect(readFileSync(first.out, 'utf8')).toBe('сводка, дополненная куратором');
    expect(second.err).toContain('не перезаписан');
  });
});

describe('demo', () => {
  test('refuses a folder that already has a bank unless --force; with --force the old bank goes to the backups', async () => {
    const dir = tempDir();
    const bankPath = join(dir, 'bank.xlsx');
    const mine = await bank();
    copyFileSync(mine, bankPath);
    const refused = await cli('demo', '--out', dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`в папке «${dir}» уже есть банк «${bankPath}»; демо его не заменит`);
    expect(hash(bankPath)).toBe(hash(mine));
    expect(readdirSync(dir)).toEqual(['bank.xlsx']);
    const forced = await cli('demo', '--out', dir, '--force');
    expect(forced.code).toBe(0);
    const backups = await listBackups(bankPath);
    expect(backups).toHaveLength(1);
    expect(forced.out).toContain(`Прежний банк сохранён: ${backups[0]}`);
    expect(hash(backups[0])).toBe(hash(mine));
  }, 120_000);
});
