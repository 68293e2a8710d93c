/**
 * One document in Drive: a copy of the template under a temporary name, filled in, saved, then given its own name. A
 * copy that cannot be filled — a template problem, a Google service error — is trashed; one left by a run cut off
 * at the time limit keeps the temporary name, so it is never taken for a made document (the next batch trashes it).
 */
import type { BuiltDocument, DocumentDefinition } from '../../domain/documents/catalog';
import { serviceFailure, type ServiceFailure } from '../../domain/documents/batch';
import { renderGoogleDoc } from './render';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

export type MadeDocument =
  | { ok: true; file: File; url: string }
  | { ok: false; problems: string[]; failure?: ServiceFailure };

const UNFINISHED = ' — не готов (создаётся)';

export function unfinishedName(name: string): string {
  return `${name}${UNFINISHED}`;
}

/** A copy left half-made by an interrupted run. */
export function isUnfinished(name: string): boolean {
  return name.endsWith(UNFINISHED);
}

export function makeDocument(built: Pick<BuiltDocument, 'name' | 'data'>, definition: Pick<DocumentDefinition, 'schema'>, template: File, folder: Folder): MadeDocument {
  return copyAndFill(built, template, folder, (file) => {
    const doc = DocumentApp.openById(file.getId());
    const rendered = renderGoogleDoc(doc, definition.schema, built.data);
    if (!rendered.ok) return { ok: false, problems: rendered.problems.map((p) => p.message) };
    // A closed Document is not to be used again (DocumentApp reopens by id): its URL is taken while it is open.
    const url = doc.getUrl();
    doc.saveAndClose();
    return { ok: true, url };
  });
}

/** Filling a fresh copy: its URL, or the problems that keep it from being made. */
export type Fill = (file: File) => { ok: true; url: string } | { ok: false; problems: string[] };

/** The copy under a temporary name, filled, then given its own name; trashed when anything goes wrong. */
export function copyAndFill(built: Pick<BuiltDocument, 'name'>, template: File, folder: Folder, fill: Fill): MadeDocument {
  let file: File | undefined;
  let made = false;
  try {
    file = template.makeCopy(unfinishedName(built.name), folder);
    const filled = fill(file);
    if (!filled.ok) return filled;
    file.setName(built.name);
    made = true;
    return { ok: true, file, url: filled.url };
  } catch (error) {
    const failure = serviceFailure(error instanceof Error ? error.message : String(error));
    return { ok: false, problems: [failure.message.replace('{документ}', `«${built.name}»`)], failure };
  } finally {
    // No half-made document stays in the folder under any name.
    if (!made && file) {
      try {
        file.setTrashed(true);
      } catch {
        // The copy keeps its temporary name: the next batch trashes it.
      }
    }
  }
}

/** The PDF next to the document (after saveAndClose, so it has the filled-in text). */
export function savePdf(file: File, folder: Folder, name: string): { blob: GoogleAppsScript.Base.Blob; url: string } {
  const blob = file.getAs('application/pdf').setName(`${name}.pdf`);
  return { blob, url: folder.createFile(blob).getUrl() };
}
