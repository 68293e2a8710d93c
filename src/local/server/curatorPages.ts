/**
 * The app's own pages for the menu's actions: the home page, «Настроить банк», «Анкеты» (personal links, who has
 * answered, invitations to copy, answers exported from another forms service), «Мониторинг» and «Журнал». Each page
 * reads the workbook once; «Настроить банк» and the import write it, through the write queue.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { readBank } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { SETTING, settingText } from '../../domain/bank/settings';
import { describeSetup } from '../../domain/bank/setup';
import { type Cell, cellText } from '../../domain/bank/table';
import { catalogFor } from '../../domain/monitoring/catalog';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { MONITORING_SHEETS } from '../../domain/monitoring/process';
import { sender } from '../../domain/monitoring/mail-plan';
import { respondentsOf } from '../../domain/monitoring/respondents';
import { invitationLetter, type Letter } from '../../domain/questionnaires/mailing';
import type { Questionnaire } from '../../domain/questionnaires/model';
import { readRegistry } from '../../domain/questionnaires/registry';
import { setUpWorkbook } from '../bankWorkbook';
import { readWorkbookTables } from '../excel/bankFile';
import { importResponses } from '../monitoring/import';
import { readResponseFile } from '../monitoring/response-file';
import { workbookSources } from '../monitoring/workbook';
import type { AppOptions } from './app';
import { dashboardHtml } from './dashboardHtml';
import { type Html, page } from './layout';
import { OUTCOME_PARAM, type Outcomes } from './outcomes';
import { formPath } from './questionnaireForms';
import { sendControls } from './mailPages';

const TILES: ReadonlyArray<[string, string, string]> = [
  ['/check', 'Проверить банк', 'Ошибки и предупреждения по листам банка: лист, строка и столбец каждой.'],
  ['/pairing', 'Подбор пар', 'Наставники для каждого наставляемого с обоснованием, «Подобрать всех», запись в «Пары».'],
  ['/questionnaires', 'Анкеты', 'Личные ссылки на анкеты для учителей в сети школы и кто ещё не ответил.'],
  ['/monitoring', 'Мониторинг', 'Результаты анкет: средние, уровни, изменения «до → после».'],
  ['/documents', 'Документы', 'Приказы, программы, справка и сводка в Word; реестр приказов с отметкой «подписан»; файлы.'],
  ['/journal', 'Журнал', 'Кто что сделал и когда: подбор пар, приказы, анкеты.'],
  ['/setup', 'Настроить банк', 'Недостающие листы и настройки, коды новым строкам.'],
  ['/mail', 'Почта', 'Почтовый сервер школы: приглашения и напоминания об анкетах отправляются со страницы «Анкеты».'],
];

function sheetTable(rows: readonly (readonly Cell[])[], header?: readonly Cell[]): Html {
  return html`<table class="sheet">${header ? html`<thead><tr>${header.map((cell) => html`<th>${cellText(cell)}</th>`)}</tr></thead>` : ''}<tbody>${rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cellText(cell)}</td>`)}</tr>`)}</tbody></table>`;
}

function home(options: AppOptions, workbook: ExcelJS.Workbook): Html {
  const bank = readBank(readWorkbookTables(workbook));
  const school = settingText(bank.settings, SETTING.orgShortName) || settingText(bank.settings, SETTING.orgFullName);
  return page(options.root, 'Наставничество', html`
<p class="muted">${school ? `${school}. ` : ''}Книга: ${options.bank.path}. Наставников: ${bank.mentors.length}, наставляемых: ${bank.mentees.length}, пар: ${bank.pairs.length}.</p>
<ul class="tiles">${TILES.map(([href, title, text]) => html`<li><a href="${href}"><strong>${title}</strong><span class="muted">${text}</span></a></li>`)}</ul>
<p class="muted">Книгу можно одновременно открыть в Excel только для просмотра: сохранение из Excel, пока приложение записывает, может потерять одну из правок.</p>`);
}

function journal(options: AppOptions, workbook: ExcelJS.Workbook): Html {
  const table = readWorkbookTables(workbook, [SHEET.log])[SHEET.log];
  const rows = (table?.rows ?? []).filter((row) => row.some((cell) => cellText(cell).trim() !== '')).reverse();
  return page(options.root, 'Журнал', rows.length
    ? html`<p class="muted">Последние записи сверху: ${rows.length}.</p>${sheetTable(rows, table!.header)}`
    : html`<p>Журнал пуст.</p>`);
}

function monitoring(options: AppOptions, workbook: ExcelJS.Workbook): Html {
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const catalog = catalogFor(readBank(tables));
  const now = options.now();
  const layout = dashboardFromSources(catalog, workbookSources(workbook, catalog), tables, readRegistry(tables[SHEET.forms]), now);
  return page(options.root, 'Мониторинг', html`<p class="muted">Пересчитано по листам ответов книги при открытии страницы; лист «Мониторинг» в книге обновляется при каждом ответе через приложение.</p>${dashboardHtml(layout)}`);
}

/** A letter to copy into the school's mail: the same words «Разослать анкеты» sends from Google. */
function letterHtml(letter: Letter): Html {
  return html`<details><summary>Текст письма</summary><pre class="letter">Кому: ${letter.to}
Тема: ${letter.subject}

${letter.body}</pre></details>`;
}

function importForm(options: AppOptions, catalog: readonly Questionnaire[]): Html {
  return html`<section><h2>Ответы из другого сервиса форм</h2>
<p class="muted">Файл XLSX или CSV, выгруженный из Яндекс Форм (или другой Google Формы): заголовки столбцов — вопросы анкеты, время ответа — в столбце «Отметка времени» или «Время создания». Ответы, которые уже есть в книге, второй раз не добавляются.</p>
<form method="post" action="/questionnaires/import" enctype="multipart/form-data"><input type="hidden" name="csrf" value="${options.secrets.csrfToken}">
<label for="import-questionnaire">Анкета</label> <select id="import-questionnaire" name="questionnaire"><option value="">— определить по заголовкам —</option>${catalog.map((q) => html`<option value="${q.id}">${q.title}</option>`)}</select>
<p><label for="import-file">Файл</label> <input id="import-file" type="file" name="file" accept=".xlsx,.csv" required></p>
<button class="action" type="submit">Загрузить ответы</button></form></section>`;
}

function questionnaires(options: AppOptions, workbook: ExcelJS.Workbook, lines: string[] = []): Html {
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const bank = readBank(tables);
  const catalog = catalogFor(bank);
  const letterSender = sender(bank);
  const lists = respondentsOf(catalog, bank, tables, options.now());
  const base = options.baseUrl();
  const lanNote = options.lan
    ? html`<p>Учителя открывают свои ссылки в сети школы. Передайте каждому его ссылку (письмом, в мессенджере, распечаткой): ссылка личная, в ней код участника с проверочным числом.</p>`
    : html`<p class="warning">Приложение запущено без --lan: ссылки открываются только на этом компьютере. Чтобы учителя отвечали со своих компьютеров в сети школы, запустите: npm run -s cli -- serve ${options.bank.path} --lan</p>`;
  return page(options.root, 'Анкеты', html`${lines.length ? html`<div class="status" role="status"><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}${lanNote}
<p class="muted">Ссылки получают те же люди, кому «Разослать анкеты» отправил бы письмо: с согласием на обработку ПДн, с адресом почты, со статусом «активен»; анкеты по парам — пары, утверждённые приказом.</p>
${lists.map(({ questionnaire, respondents }) => {
    const waiting = respondents.filter((r) => !r.answered).length;
    return html`<section><h2>${questionnaire.title}</h2>
<p class="muted">Ответили: ${respondents.length - waiting} из ${respondents.length}; ещё не ответили: ${waiting}.</p>
${respondents.length ? html`<table class="sheet"><thead><tr><th>Код</th><th>Кто</th><th>Ответ</th><th>Личная ссылка</th><th>Приглашение</th></tr></thead><tbody>${respondents.map((r) => html`<tr><td>${r.code}</td><td>${r.name}</td><td>${r.answered ? 'есть' : html`<span class="warning">нет</span>`}</td><td class="link">${base}${formPath(questionnaire.id, r.code)}</td><td>${!r.answered && r.recipient ? letterHtml(invitationLetter(questionnaire, r.recipient, `${base}${formPath(questionnaire.id, r.code)}`, letterSender)) : ''}</td></tr>`)}</tbody></table>` : html`<p>Отвечать пока некому.</p>`}
${sendControls(options, { questionnaire, respondents }, tables, options.now())}</section>`;
  })}
${importForm(options, catalog)}`);
}

function setupPage(options: AppOptions, lines: string[] | null): Html {
  return page(options.root, 'Настроить банк', html`
<p>Добавляет недостающие листы и настройки, присваивает коды новым строкам «Наставники» и «Наставляемые». Заполненные ячейки не меняются.</p>
<form method="post" action="/setup"><input type="hidden" name="csrf" value="${options.secrets.csrfToken}"><button class="action" type="submit">Настроить банк</button></form>
${lines ? html`<div class="status" role="status"><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}`);
}

/** The upload in a temporary file (the readers take paths), read, and imported under the write queue. */
async function importUpload(options: AppOptions, file: File, questionnaireId: string): Promise<string[]> {
  const extension = extname(file.name).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') return [`Файл «${file.name}» — не .xlsx и не .csv: выгрузите ответы в одном из этих форматов.`];
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-import-'));
  try {
    const path = join(dir, `ответы${extension}`);
    writeFileSync(path, Buffer.from(await file.arrayBuffer()));
    const table = { ...(await readResponseFile(path)), source: file.name };
    return await options.bank.edit((workbook) => {
      const outcome = importResponses(workbook, table, questionnaireId, options.now());
      return { value: outcome.lines, changed: outcome.changed };
    });
  } catch (error) {
    return [error instanceof Error ? error.message.replace(join(dir, `ответы${extension}`), file.name) : String(error)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function curatorPages(options: AppOptions, done: Outcomes): Hono {
  const pages = new Hono();
  const reading = (render: (options: AppOptions, workbook: ExcelJS.Workbook) => Html) =>
    async (c: { html(body: Html): Response | Promise<Response> }) => c.html(await options.bank.read((workbook) => render(options, workbook)));
  pages.get('/', reading(home));
  pages.get('/journal', reading(journal));
  pages.get('/monitoring', reading(monitoring));
  pages.get('/questionnaires', async (c) => {
    const lines = done.take(c.req.query(OUTCOME_PARAM));
    return c.html(await options.bank.read((workbook) => questionnaires(options, workbook, lines)));
  });
  pages.post('/questionnaires/import', async (c) => {
    const body = await c.req.parseBody();
    const file = body['file'];
    const lines = file instanceof File && file.size > 0
      ? await importUpload(options, file, String(body['questionnaire'] ?? ''))
      : ['Выберите файл с ответами (.xlsx или .csv).'];
    return c.redirect(done.redirect('/questionnaires', lines), 303);
  });
  pages.get('/setup', (c) => {
    const lines = done.take(c.req.query(OUTCOME_PARAM));
    return c.html(setupPage(options, lines.length ? lines : null));
  });
  pages.post('/setup', async (c) => {
    const lines = await options.bank.edit((workbook) => {
      const plan = setUpWorkbook(workbook, options.now());
      // Nothing to do, nothing written: the file keeps its date and bytes (as the CLI's setup).
      return { value: describeSetup(plan), changed: Boolean(plan.log) };
    });
    return c.redirect(done.redirect('/setup', lines), 303);
  });
  return pages;
}
