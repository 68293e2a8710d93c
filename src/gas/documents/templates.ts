/** Templates as Google Docs in «<папка>/Шаблоны»: made from the defaults when missing, never overwritten once edited. */
import { DOCUMENT_KINDS, DOCUMENTS, type DocumentDefinition } from '../../domain/documents/catalog';
import { fileNamed, subfolder, TEMPLATES_FOLDER } from './folder';
import { writeTemplateDoc } from './templateWriter';

type Folder = GoogleAppsScript.Drive.Folder;

export function templatesFolder(documents: Folder): Folder {
  return subfolder(documents, TEMPLATES_FOLDER);
}

/** The curator's template for the document, or the default one, created now. */
export function ensureTemplate(templates: Folder, definition: DocumentDefinition): { file: GoogleAppsScript.Drive.File; created: boolean } {
  const existing = fileNamed(templates, definition.templateName);
  if (existing) return { file: existing, created: false };
  return { file: writeTemplateDoc(definition.template(), definition.templateName, templates), created: true };
}

/** «Создать шаблоны»: every missing template; existing ones (maybe edited by the curator) are left as they are. */
export function createTemplates(documents: Folder): { created: string[]; existing: string[]; folderUrl: string } {
  const templates = templatesFolder(documents);
  const created: string[] = [];
  const existing: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const definition = DOCUMENTS[kind];
    (ensureTemplate(templates, definition).created ? created : existing).push(definition.templateName);
  }
  return { created, existing, folderUrl: templates.getUrl() };
}
