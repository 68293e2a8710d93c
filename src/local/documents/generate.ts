/**
 * The offline documents: DOCX files from the workbook, with the curator's DOCX templates when they exist (defaults are
 * written next to them on first use, to be edited in Word or LibreOffice). What the run changes in the workbook — the
 * «Приказы» rows, «Пары» → «Приказ», «Журнал» — is collected in the run and written by register.ts. Nothing is written
 * here: the files wait in `run.pending` until the bank is saved (writeDocxRun), so a bank that cannot be saved leaves no
 * order on disk that its register does not know. An existing file is never overwritten: an order, the report or the
 * summary gets a new name «… (2).docx»; a pair's programme already made (the curator may have filled it in) is skipped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
  /** Documents given a new name because a file had the planned one: «Приказ … .docx» → «Приказ … (2).docx». */
  renamed: string[];
  /** Templates and documents to write once the bank is saved, in this order. */
  pending: PendingFile[];
}

export interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

/** `path`, or «name (2).docx», «name (3).docx»… when the name is taken on disk or earlier in the run. */
export function freePath(path: string, taken: ReadonlySet<string>): string {
  const ext = path.endsWith('.docx') ? '.docx' : '';
  const stem = path.slice(0, path.length - ext.length);
  for (let copy = 1; ; copy++) {
    const candidate = copy === 1 ? path : `${stem} (${copy})${ext}`;
    if (!taken.has(candidate) && !existsSync(candidate)) return candidate;
  }
}

/**
 * Writes the run's files after the bank is saved. Each is created exclusively: a file that appeared meanwhile is not
 * overwritten, it is reported in `run.problems`.
 */
export function writeDocxRun(run: Pick<DocxRun, 'pending' | 'problems'>): void {
  for (const file of run.pending) {
    try {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.bytes, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      run.problems.push(`«${file.path}» не записан: ${code === 'EEXIST' ? 'файл с таким именем появился во время работы команды (он не перезаписан)' : (error as Error).message}`);
    }
  }
  run.pending = [];
}

/** The curator's template, or the default one, to be written to `dir` with the run's documents. */
export async function docxTemplate(definition: Pick<DocumentDefinition, 'templateName' | 'template'>, dir: string, run: Pick<DocxRun, 'templatesCreated' | 'pending'>): Promise<Uint8Array> {
  const path = join(dir, `${safeFileName(definition.templateName)}.docx`);
  if (existsSync(path)) return readFileSync(path);
  const bytes = await writeDocx(definition.template(), definition.templateName);
  run.pending.push({ path, bytes });
  run.templatesCreated.push(path);
  return bytes;
}

export async function generateDocxFiles(tables: BankTables, kinds: readonly DocumentKind[], outDir: string, templatesDir: string, today: Date): Promise<DocxRun> {
  const run: DocxRun = { files: [], problems: [], skipped: [], notes: [], templatesCreated: [], orders: [], log: [], pending: [], renamed: [] };
  const taken = new Set<string>();
  const workbook = documentsWorkbook(tables, today);
  // Orders made in this run take their numbers one after another, as registered ones do.
  const register: OrderRecord[] = [...workbook.register];
  for (const kind of kinds) {
    const definition = DOCUMENTS[kind];
    const built = buildDocuments(kind, workbook.ctx, register);
    run.problems.push(...built.problems.map((p) => `${definition.title}: ${p}`));
    if (built.skipped) run.skipped.push(`${definition.title}: ${built.skipped}`);
    if (built.documents.length === 0) continue;
    const dir = kind === 'programmes' ? join(outDir, PROGRAMMES_DIR) : kind === 'agreements' ? join(outDir, AGREEMENTS_DIR) : outDir;
    // As Google Sheets does, a programme or an agreement already in the folder is not made again: the curator may have
    // filled it in, the mentor may have signed it.
    const keptOnDisk = kind === 'programmes' || kind === 'agreements';
    const madeBefore = keptOnDisk ? built.documents.filter((d) => existsSync(join(dir, `${d.name}.docx`))) : [];
    if (madeBefore.length > 0) {
      run.skipped.push(`${definition.title}: уже есть и не перезаписаны (их могли дополнить) — ${madeBefore.map((d) => d.name).join(', ')}; `
        + (kind === 'programmes' ? 'чтобы составить программу заново, удалите или переименуйте её файл' : 'чтобы составить документ заново, удалите или переименуйте его файл'));
    }
    const toMake = built.documents.filter((d) => !madeBefore.includes(d));
    if (toMake.length === 0) continue;
    const template = await docxTemplate(definition, templatesDir, run);
    const batched: string[] = [];
    for (const document of toMake) {
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
      const path = freePath(join(dir, `${document.name}.docx`), taken);
      taken.add(path);
      if (path !== join(dir, `${document.name}.docx`)) run.renamed.push(`файл «${document.name}.docx» уже есть и не перезаписан; новый документ — «${basename(path)}»`);
      run.pending.push({ path, bytes: rendered.docx });
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
    if (batched.length > 0 && kind === 'agreements') run.log.push(logEntry(today, AGREEMENTS_LOG_ACTION, [...new Set(batched)], `${countOf(toMake.length, 'документ')} (DOCX)`));
  }
  return run;
}
