/**
 * Letters through the school's mail server: the page «Почта» (server, port, security, login, sender; the password
 * for this run only), and on «Анкеты» the button that sends each questionnaire's invitations and reminders. Sending
 * is a write: it runs in the write queue, so two clicks send one after the other and the second finds the first's
 * letters in «Рассылка» and sends nothing again the same day. Each letter sent is recorded there at once with the
 * others of the click, even when a later one fails.
 */
import type ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { appendPlan } from '../../domain/bank/append';
import { readBank } from '../../domain/bank/bank';
import { SHEET, sheetSpec } from '../../domain/bank/schema';
import { appLetters } from '../../domain/monitoring/appLetters';
import { catalogFor } from '../../domain/monitoring/catalog';
import { dashboardFromSources } from '../../domain/monitoring/dashboard-plan';
import { sender } from '../../domain/monitoring/mail-plan';
import { MONITORING_SHEETS, type MonitoringTables } from '../../domain/monitoring/process';
import { type QuestionnaireRespondents, respondentsOf } from '../../domain/monitoring/respondents';
import { mailRecord, readMailLog } from '../../domain/questionnaires/mail-log';
import { SENDER_NAME } from '../../domain/questionnaires/mailing';
import { readRegistry } from '../../domain/questionnaires/registry';
import { formatCount } from '../../domain/language/plural';
import { readWorkbookTables } from '../excel/bankFile';
import { applyAppend } from '../excel/write';
import { workbookSources, writeDashboardToWorkbook } from '../monitoring/workbook';
import type { AppOptions } from './app';
import { type Html, page } from './layout';
import { OUTCOME_PARAM, type Outcomes } from './outcomes';
import { formPath } from './questionnaireForms';
import { readiness, SECURITY_LABELS, type Security } from './smtp';

const letters = (n: number) => formatCount(n, 'письмо', 'письма', 'писем');

function lettersOf(options: AppOptions, entry: QuestionnaireRespondents, tables: MonitoringTables, now: Date) {
  const base = options.baseUrl();
  return appLetters(entry, readMailLog(tables[SHEET.mailing]), (code) => `${base}${formPath(entry.questionnaire.id, code)}`, sender(readBank(tables)), now);
}

/** Under a questionnaire on «Анкеты»: the button that sends its letters, or why it cannot (a div: the section's paragraphs are its counts). */
export function sendControls(options: AppOptions, entry: QuestionnaireRespondents, tables: MonitoringTables, now: Date): Html | string {
  if (!entry.respondents.some((r) => r.recipient && !r.answered)) return '';
  const state = readiness(options.mail);
  if (!state.ready) {
    return html`<div class="muted mail-note">Письма можно отправить через почтовый сервер школы: ${state.problem} — <a href="/mail">страница «Почта»</a>. Или скопируйте приглашения из таблицы в школьную почту.</div>`;
  }
  if (!options.lan) return html`<div class="muted mail-note">Чтобы отправить письма с личными ссылками, запустите приложение с --lan: без него ссылки открываются только на этом компьютере.</div>`;
  const { items, recent } = lettersOf(options, entry, tables, now);
  const waitNote = recent ? ` Писали меньше суток назад: ${recent} — им напомнить можно будет завтра.` : '';
  if (!items.length) return html`<div class="muted mail-note">Всем, кто ещё не ответил, письмо уже отправлено.${waitNote}</div>`;
  return html`<form method="post" action="/questionnaires/send"><input type="hidden" name="csrf" value="${options.secrets.csrfToken}"><input type="hidden" name="questionnaire" value="${entry.questionnaire.id}">
<button class="action" type="submit">Отправить письма: ${letters(items.length)}</button> <span class="muted">через ${options.mail.serverName()} с адреса ${options.mail.settings()!.from}.${waitNote}</span></form>`;
}

/** Sends the questionnaire's due letters one by one; records the ones sent in «Рассылка» and redraws «Мониторинг». */
async function sendLetters(options: AppOptions, workbook: ExcelJS.Workbook, questionnaireId: string): Promise<{ value: string[]; changed: boolean }> {
  const now = options.now();
  const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
  const bank = readBank(tables);
  const entry = respondentsOf(catalogFor(bank), bank, tables, now).find((candidate) => candidate.questionnaire.id === questionnaireId);
  if (!entry) return { value: [`Анкеты «${questionnaireId}» нет в списке анкет этого года.`], changed: false };
  const state = readiness(options.mail);
  if (!state.ready) return { value: [`Письма не отправлены: ${state.problem} (страница «Почта»).`], changed: false };
  if (!options.lan) return { value: ['Письма не отправлены: приложение запущено без --lan, ссылки в письмах не открылись бы с компьютеров учителей.'], changed: false };
  const { items, recent } = lettersOf(options, entry, tables, now);
  const sent: typeof items = [];
  let failure: string | undefined;
  const session = items.length ? options.mail.session(SENDER_NAME) : undefined;
  try {
    for (const item of items) {
      await session!.send(item.letter);
      sent.push(item);
    }
  } catch (error) {
    // The first failure stops the click: the server is unreachable or refuses the login, the next would fail too.
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    session?.close();
  }
  const lines = [`«${entry.questionnaire.title}»: отправлено через ${options.mail.serverName()} — ${letters(sent.length)}${sent.length ? ` (${sent.map((item) => item.letter.to).join(', ')})` : ''}.`];
  if (failure) lines.push(`${failure} Не отправлено: ${letters(items.length - sent.length)} — исправьте настройки на странице «Почта» или повторите позже; отправленные второй раз не уйдут.`);
  if (recent) lines.push(`Писали меньше суток назад: ${recent} — им напомнить можно будет завтра.`);
  if (!items.length && !recent) lines.push('Писать некому: все ответили или ни у кого нет адреса почты.');
  if (!sent.length) return { value: lines, changed: false };
  const mailing = tables[SHEET.mailing] ?? { sheet: SHEET.mailing, header: sheetSpec('mailing').columns.map((column) => column.header), rows: [] };
  const append = appendPlan(mailing, sent.flatMap((item) => item.records.map(mailRecord)));
  applyAppend(workbook, append);
  const catalog = catalogFor(bank);
  const after = { ...tables, [SHEET.mailing]: { ...mailing, header: append.header, rows: [...mailing.rows, ...append.rows] } };
  writeDashboardToWorkbook(workbook, dashboardFromSources(catalog, workbookSources(workbook, catalog), after, readRegistry(tables[SHEET.forms]), now));
  lines.push(`Записано в «${SHEET.mailing}»: ${sent.length}.`);
  return { value: lines, changed: true };
}

function mailPage(options: AppOptions, lines: string[]): Html {
  const settings = options.mail.settings();
  const csrf = options.secrets.csrfToken;
  const security = settings?.security ?? 'ssl';
  return page(options.root, 'Почта', html`${lines.length ? html`<div class="status" role="status"><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}
<p>Приглашения и напоминания об анкетах можно отправлять со страницы «Анкеты» через почтовый сервер школы (SMTP). Данные сервера даёт администратор сети или почты школы. Без них письма остаются текстом, который можно скопировать.</p>
<p class="muted">Настройки хранятся в папке программы, в файле, доступном только этому пользователю компьютера, и не попадают в книгу. Пароль не записывается никуда: он хранится, пока приложение запущено, — после перезапуска введите его снова.</p>
<form method="post" action="/mail"><input type="hidden" name="csrf" value="${csrf}">
<p><label for="mail-host">Сервер</label> <input id="mail-host" type="text" name="host" value="${settings?.host ?? ''}" placeholder="smtp.school.ru" required></p>
<p><label for="mail-port">Порт</label> <input id="mail-port" type="text" name="port" value="${settings ? String(settings.port) : '465'}" inputmode="numeric" required></p>
<p><label for="mail-security">Шифрование</label> <select id="mail-security" name="security">${(Object.keys(SECURITY_LABELS) as Security[]).map((value) => html`<option value="${value}"${value === security ? raw(' selected') : ''}>${SECURITY_LABELS[value]}</option>`)}</select></p>
<p><label for="mail-login">Логин</label> <input id="mail-login" type="text" name="login" value="${settings?.login ?? ''}" autocomplete="username" placeholder="пусто — сервер принимает письма без входа"></p>
<p><label for="mail-password">Пароль</label> <input id="mail-password" type="password" name="password" autocomplete="current-password" placeholder="${options.mail.hasPassword() ? 'введён (оставьте пустым, чтобы не менять)' : ''}"></p>
<p><label for="mail-from">Адрес отправителя</label> <input id="mail-from" type="text" name="from" value="${settings?.from ?? ''}" placeholder="nastavnik@school.ru" required></p>
<button class="action" type="submit">Сохранить</button></form>
${settings ? html`<form method="post" action="/mail/check"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Проверить соединение с ${options.mail.serverName()}</button></form>` : ''}`);
}

export function mailPages(options: AppOptions, done: Outcomes): Hono {
  const pages = new Hono();
  pages.get('/mail', (c) => c.html(mailPage(options, done.take(c.req.query(OUTCOME_PARAM)))));
  pages.post('/mail', async (c) => {
    const body = await c.req.parseBody();
    const given = Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const problems = options.mail.configure(given);
    const lines = problems.length ? ['Настройки не сохранены:', ...problems] : [`Сохранено: ${options.mail.serverName()}, отправитель ${options.mail.settings()!.from}.`];
    return c.redirect(done.redirect('/mail', lines), 303);
  });
  pages.post('/mail/check', async (c) => {
    const line = await options.mail.verify().then(() => `Сервер ${options.mail.serverName()} отвечает и принимает вход.`, (error: Error) => error.message);
    return c.redirect(done.redirect('/mail', [line]), 303);
  });
  pages.post('/questionnaires/send', async (c) => {
    const questionnaireId = String((await c.req.parseBody())['questionnaire'] ?? '');
    const lines = await options.bank.edit((workbook) => sendLetters(options, workbook, questionnaireId));
    return c.redirect(done.redirect('/questionnaires', lines), 303);
  });
  return pages;
}
