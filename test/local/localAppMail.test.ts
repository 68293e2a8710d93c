/**
 * Letters through the school's mail server: a real SMTP server in the test process (smtp-server, nodemailer's
 * sibling) receives what «Отправить письма» on «Анкеты» sends — the recipient, the Russian subject and body in UTF-8,
 * the personal link — and «Рассылка» records it, so a second click (or two at once) sends nothing twice the same day. A wrong password
 * is a Russian message naming the server, and nothing is recorded for it.
 */
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MAIL_COLUMNS as MC, SHEET } from '../../src/domain/bank/schema';
import { linkedCode } from '../../src/domain/questionnaires/links';
import { KEY_COOKIE } from '../../src/local/server/guards';
import { tempDir } from '../helpers/cli';
import { send, type HttpAnswer } from '../helpers/http';
import { appPerTest, ONE_PAIR } from '../helpers/localApp';
import { pairingGrids } from '../helpers/pairingBank';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const LOGIN = 'nastavnik@school.test';
const PASSWORD = 'пароль-школы';

let smtp: SMTPServer;
let smtpPort: number;
let connections = 0;
const received: Array<{ envelopeTo: string[]; mail: ParsedMail }> = [];
beforeAll(async () => {
  smtp = new SMTPServer({
    // A plain server inside the school's network: no TLS offered, login over the plain connection allowed.
    disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === LOGIN && auth.password === PASSWORD) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const apps = appPerTest();
const grids = pairingGrids(ONE_PAIR);

/** The curator's browser under --lan: the access key's cookie, forms with the CSRF token; the 303 followed. */
async function post(path: string, fields: Record<string, string>): Promise<HttpAnswer> {
  const cookie = `${KEY_COOKIE}=${apps.app.secrets.accessKey}`;
  const answer = await send(apps.app.port, path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrf: apps.app.secrets.csrfToken, ...fields }).toString(),
  });
  expect(answer.status).toBe(303);
  return get(String(answer.headers.location));
}

function get(path: string): Promise<HttpAnswer> {
  return send(apps.app.port, path, { headers: { cookie: `${KEY_COOKIE}=${apps.app.secrets.accessKey}` } });
}

const text = (answer: HttpAnswer) => answer.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const server = (password: string) => ({ host: '127.0.0.1', port: String(smtpPort), security: 'none', login: LOGIN, password, from: 'orlova@school.test' });

test('«Отправить письма» sends the invitation through the school\'s server, records it in «Рассылка», and a second click sends nothing', async () => {
  const file = await writeGrids(grids);
  const configDir = tempDir();
  const app = await apps.start({ bankPath: file, port: 0, lan: true, now: () => NOW, configDir });
  expect(text(await get('/questionnaires'))).toContain('почтовый сервер школы не настроен');

  expect(text(await post('/mail', server(PASSWORD)))).toContain(`Сохранено: 127.0.0.1:${smtpPort}, отправитель orlova@school.test.`);
  const settingsFile = join(configDir, 'почта.json');
  expect(statSync(settingsFile).mode & 0o777).toBe(0o600);
  expect(readFileSync(settingsFile, 'utf8')).not.toContain(PASSWORD);
  expect(text(await post('/mail/check', {}))).toContain(`Сервер 127.0.0.1:${smtpPort} отвечает и принимает вход.`);

  const page = text(await post('/questionnaires/send', { questionnaire: 'mentor-satisfaction' }));
  expect(page).toContain(`отправлено через 127.0.0.1:${smtpPort} — 1 письмо (belov@school.test).`);
  expect(received).toHaveLength(1);
  const [{ envelopeTo, mail }] = received;
  expect(envelopeTo).toEqual(['belov@school.test']);
  expect(mail.from?.value).toEqual([{ name: 'Программа наставничества', address: 'orlova@school.test' }]);
  expect(mail.subject).toBe('Анкета «Удовлетворённость наставника работой в программе наставничества»');
  expect(mail.text).toContain('Здравствуйте, Игорь Сергеевич!');
  const link = `${app.baseUrl}/anketa/mentor-satisfaction/${encodeURIComponent(linkedCode('НС-001'))}`;
  expect(mail.text).toContain(`Ваша личная ссылка:\n${link}\n`);
  expect((await send(app.port, new URL(link).pathname)).status).toBe(200);
  expect((await sheetRecords(file, SHEET.mailing)).map((r) => [r[MC.questionnaire], r[MC.code], r[MC.email], r[MC.kind]])).toEqual([
    ['mentor-satisfaction', 'НС-001', 'belov@school.test', 'приглашение'],
  ]);

  // The same click again (a double click, or the form posted twice): nothing more is sent the same day.
  const again = text(await post('/questionnaires/send', { questionnaire: 'mentor-satisfaction' }));
  expect(again).toContain('— 0 писем.');
  expect(again).toContain('Писали меньше суток назад: 1');
  expect(received).toHaveLength(1);
  expect(await sheetRecords(file, SHEET.mailing)).toHaveLength(1);

  // A questionnaire for both of the pair: two letters over one connection to the server.
  const before = connections;
  expect(text(await post('/questionnaires/send', { questionnaire: 'diagnostics-entry' }))).toContain('— 2 письма (belov@school.test, kuznetsov@school.test).');
  expect(received.slice(1).map((r) => r.envelopeTo)).toEqual([['belov@school.test'], ['kuznetsov@school.test']]);
  expect(connections - before).toBe(1);
});

test('a wrong password is a Russian message naming the server; nothing is sent or recorded; without the CSRF token nothing is sent', async () => {
  const file = await writeGrids(grids);
  const app = await apps.start({ bankPath: file, port: 0, lan: true, now: () => NOW, configDir: tempDir() });
  const before = received.length;
  await post('/mail', server('не тот пароль'));
  const page = text(await post('/questionnaires/send', { questionnaire: 'mentee-satisfaction' }));
  expect(page).toContain(`Почтовый сервер 127.0.0.1:${smtpPort}: сервер не принял логин или пароль`);
  expect(page).toContain('Не отправлено: 1 письмо');
  expect(received).toHaveLength(before);
  await expect(sheetRecords(file, SHEET.mailing)).rejects.toThrow('no sheet');

  await post('/mail', { ...server(''), password: PASSWORD });
  const forged = await send(app.port, '/questionnaires/send', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${KEY_COOKIE}=${app.secrets.accessKey}` }, body: 'questionnaire=mentee-satisfaction&csrf=guess',
  });
  expect(forged.status).toBe(403);
  // Under --lan, a browser without the access key is refused too.
  const keyless = await send(app.port, '/questionnaires/send', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `questionnaire=mentee-satisfaction&csrf=${app.secrets.csrfToken}`,
  });
  expect(keyless.status).toBe(403);
  expect(received).toHaveLength(before);

  // A double click: two posts at once go one after the other through the write queue; one letter leaves.
  const pages = await Promise.all([1, 2].map(() => post('/questionnaires/send', { questionnaire: 'mentee-satisfaction' })));
  expect(pages.map((p) => /— (\d) пис/.exec(text(p))?.[1]).sort()).toEqual(['0', '1']);
  expect(received.slice(before).map((r) => r.envelopeTo)).toEqual([['kuznetsov@school.test']]);
  expect((await sheetRecords(file, SHEET.mailing)).map((r) => r[MC.code])).toEqual(['НП-001']);
});
