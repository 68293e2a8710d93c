/** One document in Drive: a copy of the template, filled in, saved; removed again if it cannot be filled. */
import type { BuiltDocument, DocumentDefinition } from '../../domain/documents/catalog';
import { renderGoogleDoc } from './render';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

export type MadeDocument = { ok: true; file: File; url: string } | { ok: false; problems: string[] };

export function makeDocument(built: BuiltDocument, definition: DocumentDefinition, template: File, folder: Folder): MadeDocument {
  const file = template.makeCopy(built.name, folder);
  const doc = DocumentApp.openById(file.getId());
  const rendered = renderGoogleDoc(doc, definition.schema, built.data);
  if (!rendered.ok) {
    // No half-made document stays in the folder.
    file.setTrashed(true);
    return { ok: false, problems: rendered.problems.map((p) => p.message) };
  }
  // A closed Document is not to be used again (DocumentApp reopens by id): its URL is taken while it is open.
  const url = doc.getUrl();
  doc.saveAndClose();
  return { ok: true, file, url };
}

/** The PDF next to the document (after saveAndClose, so it has the filled-in text). */
export function savePdf(file: File, folder: Folder, name: string): { blob: GoogleAppsScript.Base.Blob; url: string } {
  const blob = file.getAs('application/pdf').setName(`${name}.pdf`);
  return { blob, url: folder.createFile(blob).getUrl() };
}
