/**
 * Where a kind made one per pair or mentor (programmes, agreements) goes: its template in «Шаблоны» (made when absent,
 * which the curator is told) and a folder for the academic year. A file a stopped run left half-made goes to the trash;
 * the names of the finished ones are returned, so that no document is made twice over the curator's edits.
 */
import type { DocumentDefinition } from '../../domain/documents/catalog';
import { liveFiles, subfolder } from './folder';
import { isUnfinished } from './make';
import { ensureTemplate, templatesFolder } from './templates';

type Folder = GoogleAppsScript.Drive.Folder;

export interface YearFolder {
  template: GoogleAppsScript.Drive.File;
  target: Folder;
  made: Set<string>;
}

export function yearFolder(root: Folder, definition: DocumentDefinition, title: string, academicYear: string, notes: string[]): YearFolder {
  const template = ensureTemplate(templatesFolder(root), definition);
  if (template.created) notes.push(`Создан шаблон «${definition.templateName}» (его можно редактировать).`);
  const target = subfolder(root, `${title} ${academicYear}`.replace('/', '–'));
  const made = new Set<string>();
  for (const file of liveFiles(target)) {
    const name = file.getName();
    if (isUnfinished(name)) file.setTrashed(true);
    else made.add(name);
  }
  return { template: template.file, target, made };
}
