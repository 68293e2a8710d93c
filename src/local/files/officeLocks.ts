/**
 * Excel and LibreOffice mark a workbook they have open with a file beside it: «~$bank.xlsx» (Excel) and
 * «.~lock.bank.xlsx#» (LibreOffice, «user,host,…» inside). While one is there the program will save its own copy
 * over whatever we write, so a writing command refuses and asks the curator to close the workbook.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BankFileError } from './fileErrors';

interface OfficeLock {
  program: string;
  path: string;
}

export function officeLockPaths(bankPath: string): OfficeLock[] {
  const dir = dirname(bankPath);
  const name = basename(bankPath);
  return [
    { program: 'Excel', path: join(dir, `~$${name}`) },
    { program: 'LibreOffice', path: join(dir, `.~lock.${name}#`) },
  ];
}

/** The user LibreOffice wrote into its lock file: the first field of «Имя,компьютер,пользователь,дата,профиль». */
async function libreOfficeUser(path: string): Promise<string | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const user = text.split(',')[0]?.trim();
  return user || undefined;
}

export async function assertNotOpenInOffice(bankPath: string): Promise<void> {
  for (const lock of officeLockPaths(bankPath)) {
    if (!existsSync(lock.path)) continue;
    const user = lock.program === 'LibreOffice' ? await libreOfficeUser(lock.path) : undefined;
    throw new BankFileError(`Банк «${bankPath}» открыт в ${lock.program}${user ? ` (пользователь «${user}»)` : ''}: `
      + `закройте его в ${lock.program} и повторите команду — иначе ${lock.program} при сохранении затрёт то, что запишет Наставник. Ничего не изменено. `
      + `Если ${lock.program} уже закрыт, а сообщение повторяется, удалите служебный файл «${lock.path}».`);
  }
}
