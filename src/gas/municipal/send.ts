/**
 * «Отправить сведения в управление образования»: the school's package (src/domain/municipal) written as a JSON file
 * into the Drive folder the municipality shared, named in «Настройки». The file is the school's own (one per school,
 * found by its name); a new sending moves the previous one to the trash, so the folder holds each school once.
 * Only DriveApp and the spreadsheet: no scope beyond those the manifest already has.
 * Folder.createFile(name, content): https://developers.google.com/apps-script/reference/drive/folder#createFile(String,String)
 */
import { readSettings, settingText } from '../../domain/bank/settings';
import { SHEET } from '../../domain/bank/schema';
import { safeFileName } from '../../domain/documents/catalog';
import type { ActionOutcome } from '../../domain/documents/outcome';
import { folderIdFrom } from '../../domain/documents/sheets';
import { DOCUMENT_SHEETS } from '../../domain/documents/workbook';
import type { SchoolPackage } from '../../domain/municipal/format';
import { buildPackage, packageJson } from '../../domain/municipal/package';
import { MUNICIPAL_SETTING } from '../../domain/municipal/settings';
import { readTables } from '../sheets/tables';

/** One file per school, whatever its name becomes: the code is in the file name. */
export function packageFileName(pkg: SchoolPackage): string {
  return `${safeFileName(`Сведения о наставничестве — ${pkg.school.shortName || pkg.school.fullName} (${pkg.school.id})`)}.json`;
}

export function sendPackage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): ActionOutcome {
  const tables = readTables(spreadsheet, DOCUMENT_SHEETS);
  const value = settingText(readSettings(tables[SHEET.settings]), MUNICIPAL_SETTING.packageFolder);
  const parameter = `параметр «${MUNICIPAL_SETTING.packageFolder}» на листе «Настройки»`;
  if (value === '') {
    return { made: [], problems: [`Заполните ${parameter}: ссылку на папку Google Диска, которую управление образования открыло школе для сведений.`], notes: [] };
  }
  const id = folderIdFrom(value);
  if (!id) return { made: [], problems: [`В ${parameter.replace('параметр', 'параметре')} не ссылка на папку Google Диска: «${value}».`], notes: [] };
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(id);
  } catch {
    return { made: [], problems: [`Папка управления образования недоступна (${value}): попросите управление образования открыть её вам с правом редактирования.`], notes: [] };
  }
  const { package: pkg, warnings } = buildPackage(tables, now);
  const name = packageFileName(pkg);
  const previous = folder.getFilesByName(name);
  const replaced: GoogleAppsScript.Drive.File[] = [];
  while (previous.hasNext()) {
    const file = previous.next();
    if (!file.isTrashed()) replaced.push(file);
  }
  // The new file is written first: if Drive refuses it, the previous sending is still in the folder.
  const file = folder.createFile(name, packageJson(pkg));
  for (const old of replaced) old.setTrashed(true);
  return {
    made: [{ name, url: file.getUrl() }],
    problems: [],
    notes: [
      ...warnings,
      `Наставников в реестре: ${pkg.mentors.length} (свободных мест: ${pkg.mentors.reduce((s, m) => s + m.freePlaces, 0)}); ` +
        `наставляемых без пары: ${pkg.unplaced.length} — только коды и потребности, без ФИО и email.`,
      replaced.length > 0 ? 'Прежние сведения школы в этой папке заменены новыми.' : `Папка: ${folder.getUrl()}`,
    ],
  };
}
