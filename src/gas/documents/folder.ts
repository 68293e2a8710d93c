/** The Drive folders documents go to: the one in «Настройки» (created and recorded there when empty), and its subfolders. */
import { SETTING, settingText, type Settings } from '../../domain/bank/settings';
import { SETTINGS_COLUMNS, SHEET } from '../../domain/bank/schema';
import { findColumn } from '../../domain/bank/table';
import { folderIdFrom } from '../../domain/documents/sheets';
import { writableRange } from '../sheets/range';
import { findSheet } from '../sheets/find';

type Folder = GoogleAppsScript.Drive.Folder;

export const DEFAULT_FOLDER_NAME = 'Наставничество — документы';
export const TEMPLATES_FOLDER = 'Шаблоны';

export type FolderResult = { ok: true; folder: Folder; created: boolean } | { ok: false; problem: string };

/**
 * The folder from «Папка для документов». When the parameter is empty a folder is created in «Мой диск» and its link
 * is written into the empty value cell (nothing the curator typed is replaced).
 */
export function documentsFolder(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): FolderResult {
  const value = settingText(settings, SETTING.documentsFolder);
  if (value !== '') {
    const id = folderIdFrom(value);
    if (!id) return { ok: false, problem: `На листе «Настройки» в параметре «${SETTING.documentsFolder}» не ссылка на папку Google Диска: «${value}». Вставьте ссылку на папку или очистите значение — папка будет создана.` };
    let folder: Folder;
    try {
      folder = DriveApp.getFolderById(id);
    } catch {
      return { ok: false, problem: `Папка для документов из «Настроек» недоступна (${value}): проверьте ссылку и права доступа.` };
    }
    // Drive still opens a folder in the trash: documents put there would vanish with it.
    if (folder.isTrashed()) return { ok: false, problem: `Папка для документов из «Настроек» (${value}) в корзине Google Диска: восстановите её или очистите параметр «${SETTING.documentsFolder}» — тогда будет создана новая.` };
    return { ok: true, folder, created: false };
  }
  const folder = DriveApp.createFolder(DEFAULT_FOLDER_NAME);
  const entry = settings.get(SETTING.documentsFolder);
  const sheet = findSheet(spreadsheet, SHEET.settings);
  if (sheet) {
    const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0].map(String);
    const valueColumn = findColumn({ header }, SETTINGS_COLUMNS.value) + 1;
    const nameColumn = findColumn({ header }, SETTINGS_COLUMNS.name) + 1;
    if (entry && valueColumn > 0) sheet.getRange(entry.row, valueColumn).setValue(folder.getUrl());
    else if (valueColumn > 0 && nameColumn > 0) {
      const row = sheet.getLastRow() + 1;
      writableRange(sheet, row, nameColumn, 1, 1).setValue(SETTING.documentsFolder);
      writableRange(sheet, row, valueColumn, 1, 1).setValue(folder.getUrl());
    }
  }
  return { ok: true, folder, created: true };
}

/** Drive lists trashed files and folders too: the first of `found` that is not in the trash. */
function firstLive<T extends { isTrashed(): boolean }>(found: { hasNext(): boolean; next(): T }): T | null {
  while (found.hasNext()) {
    const item = found.next();
    if (!item.isTrashed()) return item;
  }
  return null;
}

/** A live subfolder by name, created on first use. */
export function subfolder(parent: Folder, name: string): Folder {
  return firstLive(parent.getFoldersByName(name)) ?? parent.createFolder(name);
}

/** The first live file of that name in the folder: a template the curator deleted (it is in the trash) does not count. */
export function fileNamed(folder: Folder, name: string): GoogleAppsScript.Drive.File | null {
  return firstLive(folder.getFilesByName(name));
}

/** The live files of a folder, listed once: a batch checks «already made» against this instead of a search per document. */
export function liveFiles(folder: Folder): GoogleAppsScript.Drive.File[] {
  const files: GoogleAppsScript.Drive.File[] = [];
  const found = folder.getFiles();
  while (found.hasNext()) {
    const file = found.next();
    if (!file.isTrashed()) files.push(file);
  }
  return files;
}
