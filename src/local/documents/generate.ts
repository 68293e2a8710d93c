/**
 * The offline documents: DOCX files from the workbook, with the curator's DOCX templates when they exist (defaults are
 * written next to them on first use, to be edited in Word or LibreOffice). Nothing is written to the workbook.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankTables } from '../../domain/bank/bank';
import { buildDocuments, DOCUMENTS, safeFileName, type DocumentDefinition, type DocumentKind } from '../../domain/documents/catalog';
import type { OrderRecord } from '../../domain/documents/register';
import { documentsWorkbook } from '../../domain/documents/workbook';
import { renderDocx } from '../docx/render';
import { writeDocx } from '../docx/writer';

export const PROGRAMMES_DIR = 'Программы наставничества';

export interface DocxRun {
  files: string[];
  problems: string[];
  templatesCreated: string[];
}

/** The curator's template, or the default one written to `dir` first. */
export async function docxTemplate(definition: DocumentDefinition, dir: string, created: string[]): Promise<Uint8Array> {
  const path = join(dir, `${safeFileName(definition.templateName)}.docx`);
  if (existsSync(path)) return readFileSync(path);
  mkdirSync(dir, { recursive: true });
  const bytes = await writeDocx(definition.template(), definition.templateName);
  writeFileSync(path, bytes);
  created.push(path);
  return bytes;
}

export async function generateDocxFiles(tables: BankTables, kinds: readonly DocumentKind[], outDir: string, templatesDir: string, today: Date): Promise<DocxRun> {
  const run: DocxRun = { files: [], problems: [], templatesCreated: [] };
  const workbook = documentsWorkbook(tables, today);
  // Orders made in this run take their numbers one after another, as if each had been registered.
  const register: OrderRecord[] = [...workbook.register];
  for (const kind of kinds) {
    const definition = DOCUMENTS[kind];
    const built = buildDocuments(kind, workbook.ctx, register);
    run.problems.push(...built.problems.map((p) => `${definition.title}: ${p}`));
    if (built.documents.length === 0) continue;
    const template = await docxTemplate(definition, templatesDir, run.templatesCreated);
    const dir = kind === 'programmes' ? join(outDir, PROGRAMMES_DIR) : outDir;
    mkdirSync(dir, { recursive: true });
    for (const document of built.documents) {
      const rendered = await renderDocx(template, definition.schema, document.data);
      if (!rendered.ok) {
        run.problems.push(...rendered.problems.map((p) => `${definition.title}: ${p.message}`));
        // A broken template is broken for every pair: one message is enough.
        break;
      }
      const path = join(dir, `${document.name}.docx`);
      writeFileSync(path, rendered.docx);
      run.files.push(path);
      if (document.order) {
        register.push({ number: document.order.number, date: document.order.date, kind: definition.title, title: document.order.title, link: path, pdf: '', status: 'проект' });
      }
    }
  }
  return run;
}
