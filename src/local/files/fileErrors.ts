/** File-system errors told in Russian: the refusals of the bank's safe save and lock, and Node's error codes. */

/** A refusal about a file the user named: the CLI prints it as one line and exits 2; a server shows it as is. */
export class BankFileError extends Error {}

/** Why the file system refused, in Russian; undefined for an error that is not about a file. */
export function fileProblem(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'такого файла или папки нет';
    case 'ENOTDIR': return 'в пути есть файл там, где должна быть папка';
    case 'EISDIR': return 'это папка, а не файл';
    case 'EACCES':
    case 'EPERM': return 'нет прав доступа';
    case 'EBUSY': return 'файл занят другой программой — закройте его и повторите';
    case 'EROFS': return 'диск доступен только для чтения';
    case 'ENOSPC':
    case 'EDQUOT': return 'на диске нет места';
    case 'EFBIG': return 'файл слишком большой для этого диска';
    case 'EIO': return 'ошибка ввода-вывода диска';
    default: return undefined;
  }
}
