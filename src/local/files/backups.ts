/**
 * Dated copies of the bank, kept beside it before each save: «Резервные копии/bank 2026-12-07 20-38-27.xlsx». The
 * newest KEEP_BACKUPS copies of each bank stay; older ones are removed after a save succeeds. A copy keeps the .xlsx
 * extension, so the curator opens it in Excel as it is, and restores it by copying it over the bank.
 */
import { copyFile, link, mkdir, readdir, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export const BACKUP_DIR = 'Резервные копии';
export const KEEP_BACKUPS = 5;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time, as the curator reads the clock; «-» between hours, minutes and seconds: «:» is not allowed on Windows. */
function stamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
}

export function backupFolder(bankPath: string): string {
  return join(dirname(bankPath), BACKUP_DIR);
}

function nameParts(bankPath: string): { stem: string; ext: string } {
  const ext = extname(bankPath);
  return { stem: basename(bankPath, ext), ext };
}

export function backupName(bankPath: string, at: Date, copy = 1): string {
  const { stem, ext } = nameParts(bankPath);
  return `${stem} ${stamp(at)}${copy > 1 ? ` (${copy})` : ''}${ext}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Backup {
  path: string;
  stamp: string;
  copy: number;
}

/** This bank's copies in the folder, oldest first (by the time in the name, then the copy number). */
export async function listBackups(bankPath: string): Promise<string[]> {
  return (await backupsOf(bankPath)).map((backup) => backup.path);
}

async function backupsOf(bankPath: string): Promise<Backup[]> {
  const { stem, ext } = nameParts(bankPath);
  const pattern = new RegExp(`^${escape(stem)} (\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d)(?: \\((\\d+)\\))?${escape(ext)}$`);
  let names: string[];
  try {
    names = await readdir(backupFolder(bankPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ path: join(backupFolder(bankPath), name), stamp: match[1], copy: Number(match[2] ?? 1) }))
    .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.copy - b.copy));
}

/**
 * Keeps the bank as it is now under a dated name. A hard link costs no copying (the bank is replaced by a rename, so the
 * link then holds the old version alone); a disk without hard links (FAT on a USB stick) gets a copy.
 */
export async function keepBackup(bankPath: string, at: Date): Promise<string> {
  await mkdir(backupFolder(bankPath), { recursive: true });
  // Saves within one second: the next number after the highest, so the newest copy always sorts last.
  const sameSecond = (await backupsOf(bankPath)).filter((backup) => backup.stamp === stamp(at));
  for (let copy = 1 + Math.max(0, ...sameSecond.map((backup) => backup.copy)); ; copy++) {
    const path = join(backupFolder(bankPath), backupName(bankPath, at, copy));
    try {
      await link(bankPath, path);
      return path;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
    }
    try {
      await copyFile(bankPath, path, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Removes all but the newest `keep` copies of this bank; returns the removed paths. */
export async function pruneBackups(bankPath: string, keep: number): Promise<string[]> {
  const backups = await listBackups(bankPath);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const path of old) await unlink(path).catch(() => undefined);
  return old;
}
