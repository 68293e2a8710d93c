/**
 * The demo's documents: made as `docs` makes them (DOCX next to the demo bank, orders registered in «Приказы», the
 * pairs order's reference in «Пары», «Журнал»), and told in a few lines.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { DocumentKind } from '../../domain/documents/catalog';
import { orderReference } from '../../domain/documents/register';
import { countOf, formatCount } from '../../domain/language/plural';
import { docxLines } from '../docx/read';
import { openWorkbook } from '../excel/bankFile';
import { saveBank } from '../excel/bankSession';
import { AGREEMENTS_DIR, PROGRAMMES_DIR, type DocxRun } from './generate';
import { makeDocuments } from './register';
import { DEMO_SAVE } from '../demo/save';

export const DEMO_DOCUMENTS_DIR = 'Документы';

export interface DemoDocuments {
  run: DocxRun;
  lines: string[];
}

export async function demoDocuments(bankPath: string, dir: string, kinds: readonly DocumentKind[], date: Date): Promise<DemoDocuments> {
  const out = join(dir, DEMO_DOCUMENTS_DIR);
  const workbook = await openWorkbook(bankPath);
  const run = await makeDocuments(workbook, bankPath, kinds, { out, templates: join(out, 'Шаблоны') }, date, () => saveBank(workbook, bankPath, DEMO_SAVE));
  const grouped = [join(out, PROGRAMMES_DIR), join(out, AGREEMENTS_DIR)];
  const lines = run.files.filter((f) => !grouped.includes(dirname(f))).map((f) => relative(dir, f));
  const programmes = run.files.filter((f) => dirname(f) === grouped[0]).length;
  if (programmes > 0) lines.push(`${countOf(programmes, 'программа')} наставничества — по одной на пару: ${relative(dir, grouped[0])}`);
  const agreements = run.files.filter((f) => dirname(f) === grouped[1]).map((f) => basename(f, '.docx'));
  const consents = agreements.filter((name) => name.startsWith('Согласие')).length;
  if (consents > 0) lines.push(`Согласий на выполнение работы наставника и дополнительных соглашений к трудовым договорам — по ${consents} (по одному на наставника): ${relative(dir, grouped[1])}`);
  for (const notice of agreements.filter((name) => name.startsWith('Уведомление'))) lines.push(`${notice}: ${relative(dir, join(grouped[1], `${notice}.docx`))}`);
  if (run.orders.length > 0) {
    lines.push(`В «Приказы» зарегистрированы (статус «проект», ссылка — файл DOCX): ${run.orders.map((o) => `№ ${o.record.number}`).join(', ')}.`);
  }
  for (const order of run.orders) {
    if (order.pairsWrite && order.record.date) {
      lines.push(`В «Пары» → «Приказ» у ${formatCount(order.pairCodes.length, 'пары', 'пар', 'пар')}: «${orderReference(order.record.number, order.record.date)}».`);
    }
  }
  for (const note of run.notes) lines.push(`Проверьте склонение — ${note}`);
  for (const skipped of run.skipped) lines.push(`Пропущено — ${skipped}`);
  for (const renamed of run.renamed) lines.push(`Не перезаписано — ${renamed}`);
  for (const problem of run.problems) lines.push(`Не создано — ${problem}`);
  return { run, lines };
}

/** The first line of the reward order's list, to show the declension: «1.1. Кузнецовой Елене Викторовне, наставнику …». */
export async function firstRewardLine(run: DocxRun): Promise<string | undefined> {
  const order = run.orders.find((o) => o.kind === 'order-reward');
  if (!order) return undefined;
  const lines = await docxLines(readFileSync(order.record.link));
  return lines.find((line) => /^1\.1\. /.test(line));
}
