/** Templates as Google Docs in «<папка>/Шаблоны»: made from the defaults when missing, never overwritten once edited. */
import { shouldPause, SLICE_BUDGET_MS } from '../../domain/documents/batch';
import { DOCUMENT_KINDS, DOCUMENTS, type DocumentDefinition } from '../../domain/documents/catalog';
import { fileNamed, subfolder, TEMPLATES_FOLDER } from './folder';
import { writeTemplateDoc } from './templateWriter';

type Folder = GoogleAppsScript.Drive.Folder;

export function templatesFolder(documents: Folder): Folder {
  return subfolder(documents, TEMPLATES_FOLDER);
}

/** The curator's template for the document, or the default one, created now. */
export function ensureTemplate(templates: Folder, definition: Pick<DocumentDefinition, 'templateName' | 'template'>): { file: GoogleAppsScript.Drive.File; created: boolean } {
  const existing = fileNamed(templates, definition.templateName);
  if (existing) return { file: existing, created: false };
  return { file: writeTemplateDoc(definition.template(), definition.templateName, templates), created: true };
}

/**
 * «Создать шаблоны»: every missing template; existing ones (maybe edited by the curator) are left as they are. A new
 * template costs a hundred-odd DocumentApp calls, all of them a minute or more: a run cut off by the 6-minute limit
 * would leave a half-written template that is then never overwritten. So the run stops before a template that might
 * not fit (`clock` in milliseconds, Date.now in Apps Script) and lists the rest as `postponed`.
 */
export function createTemplates(documents: Folder, clock: () => number = Date.now, budgetMs = SLICE_BUDGET_MS): {
  created: string[]; existing: string[]; postponed: string[]; folderUrl: string;
} {
  const started = clock();
  const templates = templatesFolder(documents);
  const created: string[] = [];
  const existing: string[] = [];
  const postponed: string[] = [];
  let slowest = 0;
  for (const kind of DOCUMENT_KINDS) {
    const definition = DOCUMENTS[kind];
    const before = clock();
    if (postponed.length > 0 || shouldPause(before - started, slowest, budgetMs)) {
      postponed.push(definition.templateName);
      continue;
    }
    (ensureTemplate(templates, definition).created ? created : existing).push(definition.templateName);
    slowest = Math.max(slowest, clock() - before);
  }
  return { created, existing, postponed, folderUrl: templates.getUrl() };
}
