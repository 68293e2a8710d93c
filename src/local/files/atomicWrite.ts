/**
 * The safe save of the bank. The bytes go to a temporary file in the bank's own folder (a rename is atomic only within
 * one file system), are flushed to the disk, and the temporary file is renamed over the bank; the folder is flushed
 * too where the system allows it (not on Windows). A crash or a kill at any moment leaves the old bank or the new one,
 * never a mix; a refusal (no space, no rights, a read-only file) leaves the bank untouched and removes the temporary
 * file. Before the rename the previous version is kept in «Резервные копии» (backups.ts).
 */
import { constants, type Stats } from 'node:fs';
import { access, link, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { KEEP_BACKUPS, keepBackup, pruneBackups } from './backups';
import { BankFileError, fileProblem } from './fileErrors';
import { processAlive } from './processes';

/** The two steps a test may replace, to simulate a full disk or a crash between the write and the rename. */
export interface SaveSteps {
  writeTemp(path: string, bytes: Uint8Array, like: Stats | undefined): Promise<void>;
  replace(from: string, to: string): Promise<void>;
}

export interface SafeSaveOptions {
  /** false: the file must not exist yet (a new bank); an existing one is refused, even one made a moment ago. */
  overwrite?: boolean;
  /** How many dated copies of this bank to keep (KEEP_BACKUPS); 0 keeps none. */
  keepBackups?: number;
  /** The clock that dates the copy. */
  now?: () => Date;
  steps?: Partial<SaveSteps>;
}

export interface SafeSaveResult {
  /** The file written (a symbolic link's target). */
  path: string;
  /** The copy of the previous version, when there was one. */
  backup?: string;
}

async function writeTemp(path: string, bytes: Uint8Array, like: Stats | undefined): Promise<void> {
  const handle = await open(path, 'wx', 0o666);
  try {
    // writeFile loops until every byte is written: a short write near a full disk is not taken for success.
    await handle.writeFile(bytes);
    if (like) {
      await handle.chmod(like.mode & 0o7777);
      // Root saving a curator's bank must not leave it owned by root.
      if (process.getuid?.() === 0) await handle.chown(like.uid, like.gid).catch(() => undefined);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * On Windows a virus scanner or the search indexer may hold a file for a moment after it is written; the rename is
 * retried for a few seconds then, as graceful-fs does, before it counts as a refusal.
 */
async function replace(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(code)) throw error;
      await new Promise((wait) => setTimeout(wait, 50 * attempt));
    }
  }
}

const DEFAULT_STEPS: SaveSteps = { writeTemp, replace };

const TEMP_MARK = '.saving-';

/** Hidden where dot-files are hidden; the pid lets the next save remove what a killed one left behind. */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Temporary files of this bank left by a killed save: any whose process is gone. */
async function removeLeftovers(target: string): Promise<void> {
  const prefix = `.${basename(target)}${TEMP_MARK}`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid !== process.pid && !processAlive(pid)) await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

/** The flush of the folder makes the rename itself durable; Windows cannot open a folder, and some disks refuse. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data itself is already on the disk.
  }
}

async function statOf(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A rename would replace a read-only file without a word (the folder's rights decide it), and root may write anything:
 * the mark «только чтение» (no write bit at all; Windows maps its read-only attribute to it) is honoured as Excel does.
 */
async function assertWritable(path: string, target: string, stats: Stats): Promise<void> {
  const readOnly = (stats.mode & 0o222) === 0 || (await access(target, constants.W_OK).then(() => false, () => true));
  if (readOnly) {
    throw new BankFileError(`Не удалось сохранить «${path}»: файл доступен только для чтения (снимите отметку «Только чтение» в свойствах файла и повторите). Банк не изменён.`);
  }
}

function saveError(path: string, error: unknown, existed: boolean): unknown {
  if (error instanceof BankFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const problem = code === 'ENOENT' ? `папки «${dirname(path)}» нет` : fileProblem(error);
  if (!problem) return error;
  return new BankFileError(`Не удалось сохранить «${path}»: ${problem}. ${existed ? 'Банк не изменён: в нём всё, что было до этой команды.' : 'Банк не создан.'}`);
}

/** Writes `bytes` as the file at `path`, safely (see the file's comment). */
export async function writeFileSafely(path: string, bytes: Uint8Array, options: SafeSaveOptions = {}): Promise<SafeSaveResult> {
  const steps = { ...DEFAULT_STEPS, ...options.steps };
  const target = await realpath(path).catch(() => path);
  const previous = await statOf(target).catch(() => undefined);
  if (previous && options.overwrite === false) throw new BankFileError(`Файл «${path}» уже существует; он не будет перезаписан.`);
  if (previous?.isDirectory()) throw new BankFileError(`Не удалось сохранить «${path}»: это папка, а не файл.`);
  if (previous) await assertWritable(path, target, previous);
  const keep = options.keepBackups ?? KEEP_BACKUPS;
  await removeLeftovers(target);
  const temp = tempPath(target);
  let backup: string | undefined;
  try {
    await steps.writeTemp(temp, bytes, previous);
    if (previous && keep > 0) backup = await keepBackup(target, (options.now ?? (() => new Date()))());
    if (options.overwrite === false) {
      // A link fails if the name was taken meanwhile: a new bank never replaces one made by someone else.
      await link(temp, target);
      await unlink(temp);
    } else {
      await steps.replace(temp, target);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (backup) await unlink(backup).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && options.overwrite === false) {
      throw new BankFileError(`Файл «${path}» уже существует; он не будет перезаписан.`);
    }
    throw saveError(path, error, previous !== undefined);
  }
  await syncFolder(dirname(target));
  if (backup) await pruneBackups(target, keep).catch(() => undefined);
  return { path: target, ...(backup ? { backup } : {}) };
}
