/**
 * The offline documents: DOCX files from the workbook, with the curator's DOCX templates when they exist (defaults are
 * written next to them on first use, to be edited in Word or LibreOffice). What the run changes in the workbook — the
 * «Приказы» rows, «Пары» → «Приказ», «Журнал» — is collected in the run and written by register.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankTables } from '../../domain/bank/bank';
import { logEntry } from '../../domain/bank/log';
import { SHEET } from '../../domain/bank/schema';
import type { Cell } from '../../domain/bank/table';
import { buildDocuments, DOCUMENTS, safeFileName, type DocumentDefinition, type DocumentKind } from '../../domain/documents/catalog';
import type { OrderRecord } from '../../domain/documents/register';
import { AGREEMENTS_LOG_ACTION, documentLogEntry, madeOrderRecord, orderPairsWrite, orderRegisterCheck, PROGRAMMES_LOG_ACTION } from '../../domain/documents/registration';
import type { ColumnWrite } from '../../domain/documents/sheets';
import { documentsWorkbook } from '../../domain/documents/workbook';
import { countOf } from '../../domain/language/plural';
import { renderDocx } from '../docx/render';
import { writeDocx } from '../docx/writer';

export const PROGRAMMES_DIR = 'Программы наставничества';
/** Consents, agreements and notices of the mentors (ст. 351.8 ТК РФ): one folder, as programmes have. */
export const AGREEMENTS_DIR = 'Соглашения с наставниками';

/** An order made in the run: its register record (link = the DOCX path) and its «Пары» → «Приказ» write, if any. */
export interface MadeOrder {
  kind: DocumentKind;
  record: OrderRecord;
  pairCodes: string[];
  pairsWrite: ColumnWrite | null;
}

export interface DocxRun {
  files: string[];
  problems: string[];
  /** Kinds with nothing new to make, with the reason: not failures. */
  skipped: string[];
  /** Doubts about declensions in the documents made: they are made, the curator checks them. */
  notes: string[];
  templatesCreated: string[];
  orders: MadeOrder[];
  /** «Журнал» rows: one per document, one for all the programmes. */
  log: Cell[][];
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
  const run: DocxRun = { files: [], problems: [], skipped: [], notes: [], templatesCreated: [], orders: [], log: [] };
  const workbook = documentsWorkbook(tables, today);
  // Orders made in this run take their numbers one after another, as registered ones do.
  const register: OrderRecord[] = [...workbook.register];
  for (const kind of kinds) {
    const definition = DOCUMENTS[kind];
    const built = buildDocuments(kind, workbook.ctx, register);
    run.problems.push(...built.problems.map((p) => `${definition.title}: ${p}`));
    if (built.skipped) run.skipped.push(`${definition.title}: ${built.skipped}`);
    if (built.documents.length === 0) continue;
    const template = await docxTemplate(definition, templatesDir, run.templatesCreated);
    const dir = kind === 'programmes' ? join(outDir, PROGRAMMES_DIR) : kind === 'agreements' ? join(outDir, AGREEMENTS_DIR) : outDir;
    mkdirSync(dir, { recursive: true });
    const batched: string[] = [];
    for (const document of built.documents) {
      // As in Google Sheets: a «Пары» write that cannot be made stops the order before anything is made.
      const pairsWrite = orderPairsWrite(document, tables[SHEET.pairs]);
      const registerProblem = orderRegisterCheck(document, tables[SHEET.orders]);
      if ((pairsWrite && !pairsWrite.ok) || registerProblem) {
        run.problems.push(`${definition.title}: ${registerProblem ?? (pairsWrite && !pairsWrite.ok ? pairsWrite.problem : '')}`);
        continue;
      }
      const rendered = await renderDocx(template, definition.schema, document.data);
      if (!rendered.ok) {
        run.problems.push(...rendered.problems.map((p) => `${definition.title}: ${p.message}`));
        // A broken template is broken for every pair: one message is enough.
        break;
      }
      const path = join(dir, `${document.name}.docx`);
      writeFileSync(path, rendered.docx);
      run.files.push(path);
      run.notes.push(...document.notes);
      const record = madeOrderRecord(definition, document, path, '');
      if (record) {
        register.push(record);
        run.orders.push({ kind, record, pairCodes: document.pairCodes, pairsWrite: pairsWrite?.ok ? pairsWrite.write : null });
      }
      if (kind === 'programmes' || kind === 'agreements') batched.push(...document.pairCodes);
      else run.log.push(documentLogEntry(today, definition, document));
    }
    // Many documents of one kind, one «Журнал» row: the programmes, the agreements.
    if (batched.length > 0 && kind === 'programmes') run.log.push(logEntry(today, PROGRAMMES_LOG_ACTION, batched, `${countOf(batched.length, 'программа')} (DOCX)`));
    if (batched.length > 0 && kind === 'agreements') run.log.push(logEntry(today, AGREEMENTS_LOG_ACTION, [...new Set(batched)], `${countOf(built.documents.length, 'документ')} (DOCX)`));
  }
  return run;
}
