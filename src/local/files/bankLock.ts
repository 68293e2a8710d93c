/**
 * One writer at a time: a lock file beside the bank («.bank.xlsx.lock») made with an exclusive create, holding who
 * writes — process, computer, command, since when. A second writer waits a few seconds, then refuses naming the holder.
 * A lock whose process is gone (this computer) or that was not refreshed for minutes (another computer on a shared
 * folder) is stale and taken over; a takeover itself is guarded, so two waiting writers never both take one lock.
 * Within one process (a server) writers to one bank queue up instead of polling.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { BankFileError, fileProblem } from './fileErrors';
import { processAlive } from './processes';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Tells this holder's lock from a later one of the same process. */
  nonce: string;
}

export interface LockOptions {
  /** What the holder does, for the message another writer gets: «pair --write», «веб-страница: подбор пар». */
  command: string;
  /** How long a second writer waits before refusing. */
  waitMs?: number;
}

export const LOCK_WAIT_MS = 5000;
const POLL_MS = 100;
/** The holder refreshes the lock's time; one not refreshed for this long is stale (its computer may be off). */
const REFRESH_MS = 15_000;
const FOREIGN_STALE_MS = 120_000;
/** A live process of this computer holding a lock this long has a pid reused by another program. */
const LOCAL_STALE_MS = 30 * 60_000;
/** A lock file still empty after this long was left by a writer killed while creating it. */
const EMPTY_STALE_MS = 10_000;

export function lockPathFor(bankPath: string): string {
  return join(dirname(bankPath), `.${basename(bankPath)}.lock`);
}

export class BankLockedError extends BankFileError {
  constructor(readonly bankPath: string, readonly holder: LockHolder | undefined, readonly lockPath: string) {
    super(lockedMessage(bankPath, holder, lockPath));
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function lockedMessage(bankPath: string, holder: LockHolder | undefined, lockPath: string): string {
  const since = holder ? new Date(holder.since) : undefined;
  const when = since && !Number.isNaN(since.getTime())
    ? `, с ${pad(since.getHours())}:${pad(since.getMinutes())}:${pad(since.getSeconds())} ${pad(since.getDate())}.${pad(since.getMonth() + 1)}.${since.getFullYear()}`
    : '';
  const who = holder
    ? `«${holder.command}» (процесс ${holder.pid} на компьютере «${holder.host}»${when})`
    : 'другая команда Наставника';
  return `Банк «${bankPath}» сейчас изменяет ${who}; ничего не изменено. Дождитесь, пока она закончит, и повторите. `
    + `Если такой команды уже нет (компьютер выключили посреди записи), удалите файл «${lockPath}» и повторите.`;
}

interface SeenLock {
  raw: string;
  holder: LockHolder | undefined;
  ageMs: number;
}

async function readLock(lockPath: string): Promise<SeenLock | undefined> {
  try {
    const [raw, stats] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    let holder: LockHolder | undefined;
    try {
      holder = JSON.parse(raw) as LockHolder;
    } catch {
      holder = undefined;
    }
    return { raw, holder, ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(seen: SeenLock): boolean {
  const { holder, ageMs } = seen;
  if (!holder || typeof holder.pid !== 'number') return ageMs > EMPTY_STALE_MS;
  if (holder.host !== hostname()) return ageMs > FOREIGN_STALE_MS;
  // This process holds no lock on this bank here (the in-process queue is ahead): its own pid in the file is a leftover.
  if (holder.pid === process.pid || !processAlive(holder.pid)) return true;
  return ageMs > LOCAL_STALE_MS;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Removes a stale lock, if it is still the one judged stale: another waiter may have replaced it meanwhile. False when
 * another waiter is taking it over right now.
 */
async function takeOver(lockPath: string, stale: SeenLock): Promise<boolean> {
  const guard = `${lockPath}.takeover`;
  let handle;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const guardAge = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (guardAge > EMPTY_STALE_MS) await unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    const now = await readLock(lockPath);
    if (now && now.raw === stale.raw) await unlink(lockPath);
    return true;
  } finally {
    await handle.close();
    await unlink(guard).catch(() => undefined);
  }
}

function lockError(bankPath: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const problem = code === 'ENOENT' ? `папки «${dirname(bankPath)}» нет` : fileProblem(error);
  if (!problem) return error;
  if (code === 'ENOENT') return new BankFileError(`Не удалось сохранить «${bankPath}»: ${problem}.`);
  return new BankFileError(`Не удалось сохранить «${bankPath}»: ${problem} — в папке банка нельзя создать даже служебный файл. Ничего не изменено.`);
}

/** Takes the bank's lock (waiting up to `waitMs`), returns its release. */
async function acquire(file: string, bankPath: string, options: LockOptions): Promise<() => Promise<void>> {
  const lockPath = lockPathFor(file);
  const holder: LockHolder = {
    pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString(), nonce: randomBytes(8).toString('hex'),
  };
  const raw = JSON.stringify(holder);
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(raw);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(bankPath, error);
    }
    const seen = await readLock(lockPath);
    if (!seen) continue;
    if (isStale(seen) && await takeOver(lockPath, seen)) continue;
    if (Date.now() >= deadline) throw new BankLockedError(bankPath, seen.holder, lockPath);
    await sleep(POLL_MS);
  }
  const refresh = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => undefined);
  }, REFRESH_MS);
  refresh.unref();
  return async () => {
    clearInterval(refresh);
    // Only our own lock is removed: had it been taken over as stale, the file is someone else's now.
    const seen = await readLock(lockPath).catch(() => undefined);
    if (seen?.raw === raw) await unlink(lockPath).catch(() => undefined);
  };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `body` holding the bank's lock; the lock is released however `body` ends. */
export async function withFileLock<T>(bankPath: string, options: LockOptions, body: () => Promise<T>): Promise<T> {
  // Two names of one file (a symbolic link, a relative path) share one lock; resolved at once, so writers queue in order.
  const key = realPath(bankPath);
  const before = queues.get(key) ?? Promise.resolve();
  const turn = before.catch(() => undefined).then(async () => {
    const release = await acquire(key, bankPath, options);
    try {
      return await body();
    } finally {
      await release();
    }
  });
  queues.set(key, turn);
  try {
    return await turn;
  } finally {
    if (queues.get(key) === turn) queues.delete(key);
  }
}
