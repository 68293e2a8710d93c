/** The demo's documents step: every document for the sample school, as DOCX next to the demo bank. */
import { join, relative } from 'node:path';
import { DOCUMENT_KINDS } from '../../domain/documents/catalog';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { generateDocxFiles } from './generate';

export const DOCUMENTS_DEMO_TITLE = 'Документы: приказы, программы наставничества, аналитическая справка и сводка (DOCX)';

export async function demoDocuments(bankPath: string, dir: string, now: Date): Promise<string[]> {
  const out = join(dir, 'Документы');
  const tables = readWorkbookTables(await openWorkbook(bankPath));
  const run = await generateDocxFiles(tables, DOCUMENT_KINDS, out, join(out, 'Шаблоны'), now);
  const lines = run.files.filter((f) => !f.includes('Программа ')).map((f) => relative(dir, f));
  const programmes = run.files.length - lines.length;
  if (programmes > 0) lines.push(`программ наставничества: ${programmes} (${relative(dir, join(out, 'Программы наставничества'))})`);
  for (const problem of run.problems) lines.push(`Не создано — ${problem}`);
  lines.push(`Шаблоны для правки в Word: ${join(out, 'Шаблоны')}. Заново: npm run -s cli -- docs ${bankPath} --out ${out}`);
  return lines;
}
