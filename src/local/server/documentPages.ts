/**
 * «Документы» in the local app: each kind made as DOCX into «Документы» next to the bank (as the CLI's docs and the
 * demo do), the order register «Приказы» with «подписан» for each order still a draft, and the files to download.
 * Only .docx files under that folder are ever served.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { SHEET } from '../../domain/bank/schema';
import { formatDateNumeric } from '../../domain/language/dates';
import { DOCUMENT_KINDS, DOCUMENTS, isDocumentKind } from '../../domain/documents/catalog';
import { readOrderRows } from '../../domain/documents/sheets';
import { isSigned, orderLabel } from '../../domain/documents/signing';
import { readWorkbookTables } from '../excel/bankFile';
import { makeDocuments } from '../documents/register';
import { signingChangedNothing, signingLines, signOrderInWorkbook } from '../documents/signing';
import { DEMO_DOCUMENTS_DIR } from '../documents/demo';
import type { AppOptions } from './app';
import { type Html, page } from './layout';
import { OUTCOME_PARAM, type Outcomes } from './outcomes';

export function documentsDir(bankPath: string): string {
  return join(dirname(resolve(bankPath)), DEMO_DOCUMENTS_DIR);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx files under the folder (one level of subfolders: the programmes), by path relative to it. */
function documentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && extname(entry.name) === '.docx') files.push(entry.name);
    else if (entry.isDirectory() && entry.name !== 'Шаблоны') {
      for (const inner of readdirSync(join(dir, entry.name), { withFileTypes: true })) {
        if (inner.isFile() && extname(inner.name) === '.docx') files.push(join(entry.name, inner.name));
      }
    }
  }
  return files.sort((a, b) => a.localeCompare(b, 'ru'));
}

/** The file a download names, or undefined for anything outside the folder (.., absolute paths, links out of it). */
export function servedFile(dir: string, wanted: string): string | undefined {
  if (!existsSync(dir) || extname(wanted) !== '.docx') return undefined;
  const full = resolve(dir, wanted);
  if (!existsSync(full) || !statSync(full).isFile()) return undefined;
  const inside = relative(realpathSync(dir), realpathSync(full));
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : full;
}

function fileUrl(path: string): string {
  return `/files/${path.split(sep).map(encodeURIComponent).join('/')}`;
}

function documentsPage(options: AppOptions, tables: ReturnType<typeof readWorkbookTables>, lines: string[]): Html {
  const orders = readOrderRows(tables[SHEET.orders]);
  const dir = documentsDir(options.bank.path);
  const files = documentFiles(dir);
  const csrf = options.secrets.csrfToken;
  return page(options.root, 'Документы', html`
${lines.length ? html`<div class="status" role="status"><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}
<h2>Создать</h2>
<p class="muted">Документы Word (DOCX) сохраняются в папку ${dir}; шаблоны — в ${join(dir, 'Шаблоны')} (их можно править в Word). Приказы регистрируются на листе «Приказы» со статусом «проект».</p>
<ul class="list">${DOCUMENT_KINDS.map((kind) => html`<li><form method="post" action="/documents/make"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="kind" value="${kind}"><button type="submit">${DOCUMENTS[kind].title}</button></form></li>`)}</ul>
<h2>Реестр приказов</h2>
${orders.length ? html`<table class="sheet"><thead><tr><th>Номер</th><th>Дата</th><th>Вид</th><th>Статус</th><th></th></tr></thead><tbody>${orders.map(({ record }) => html`<tr><td>${record.number}</td><td>${record.date ? formatDateNumeric(record.date) : ''}</td><td>${record.title || record.kind}</td><td>${record.status}</td><td>${isSigned(record) ? '' : html`<form method="post" action="/documents/sign"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="order" value="${orderLabel(record)}"><button type="submit">Директор подписал</button></form>`}</td></tr>`)}</tbody></table>` : html`<p>Реестр пуст: приказ попадает в него, когда его создают.</p>`}
<h2>Файлы</h2>
${files.length ? html`<ul class="list">${files.map((file) => html`<li><a href="${fileUrl(file)}">${file}</a></li>`)}</ul>` : html`<p>Файлов пока нет.</p>`}`);
}

export function documentPages(options: AppOptions, done: Outcomes): Hono {
  const pages = new Hono();
  const show = async (lines: string[]) => documentsPage(options, await options.bank.read((workbook) => readWorkbookTables(workbook)), lines);
  pages.get('/documents', async (c) => c.html(await show(done.take(c.req.query(OUTCOME_PARAM)))));
  pages.post('/documents/make', async (c) => {
    const kind = String((await c.req.parseBody())['kind'] ?? '');
    if (!isDocumentKind(kind)) return c.notFound();
    const dir = documentsDir(options.bank.path);
    const lines = await options.bank.edit(async (workbook, save) => {
      const run = await makeDocuments(workbook, options.bank.path, [kind], { out: dir, templates: join(dir, 'Шаблоны') }, options.now(), save);
      return {
        changed: false,
        value: [
          ...run.files.map((file) => `Создан: ${relative(dir, file)}`),
          ...run.orders.map((order) => `Приказ № ${order.record.number} зарегистрирован на листе «Приказы» (статус «проект»).`),
          ...run.notes.map((note) => `Проверьте склонение: ${note}`),
          ...run.renamed.map((renamed) => `Не перезаписано: ${renamed}`),
          ...run.skipped.map((skipped) => `Пропущено: ${skipped}`),
          ...run.problems.map((problem) => `Не создано: ${problem}`),
        ],
      };
    });
    return c.redirect(done.redirect('/documents', lines.length ? lines : ['Ничего не создано.']), 303);
  });
  pages.post('/documents/sign', async (c) => {
    const order = String((await c.req.parseBody())['order'] ?? '');
    const lines = await options.bank.edit((workbook) => {
      const result = signOrderInWorkbook(workbook, order, options.now());
      if (!result.ok) return { value: [result.problem], changed: false };
      return { value: signingLines(result.plan), changed: !signingChangedNothing(result.plan) };
    });
    return c.redirect(done.redirect('/documents', lines), 303);
  });
  pages.get('/files/*', (c) => {
    let wanted: string;
    try {
      wanted = decodeURIComponent(c.req.path.slice('/files/'.length));
    } catch {
      return c.notFound();
    }
    const file = servedFile(documentsDir(options.bank.path), wanted);
    if (!file) return c.notFound();
    return c.body(readFileSync(file), 200, {
      'content-type': DOCX,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(basename(file))}`,
    });
  });
  return pages;
}


