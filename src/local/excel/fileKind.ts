/** What a file is by its first bytes: a workbook is a zip; Excel's password protection and the old .xls are not. */

/** An OLE compound file: the old .xls (BIFF) and a password-protected .xlsx (its package encrypted inside). */
const COMPOUND_FILE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ZIP = Buffer.from('504b', 'hex');
/** The stream an encrypted OOXML package is kept in (MS-OFFCRYPTO 2.3.4.4), as a directory entry name in UTF-16. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export type FileKind = 'zip' | 'encrypted' | 'xls' | 'other';

export function fileKind(bytes: Buffer): FileKind {
  if (bytes.subarray(0, 2).equals(ZIP)) return 'zip';
  if (bytes.subarray(0, 8).equals(COMPOUND_FILE)) return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return 'other';
}

export const KIND_PROBLEM: Record<Exclude<FileKind, 'zip'>, string> = {
  encrypted: 'файл защищён паролем. Снимите пароль (в Excel: «Файл → Сведения → Защитить книгу → Зашифровать с использованием пароля», '
    + 'сотрите пароль; в LibreOffice: «Файл → Сохранить как» без «Сохранить с паролем») и повторите',
  xls: 'это книга старого формата Excel 97–2003 (.xls). Откройте её в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»',
  other: 'это не книга Excel (.xlsx) или файл повреждён',
};
