/**
 * The school's mail server for the app's letters, through nodemailer. The settings (server, port, security, login,
 * sender) are kept in a file of the app's own folder, readable by this user only (0600): they are not the workbook's,
 * which is copied and backed up. The password is never written anywhere: it stays in this process's memory until the
 * app stops, and the curator types it again after a restart.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { isEmail, type Letter } from '../../domain/questionnaires/mailing';

export type Security = 'ssl' | 'starttls' | 'none';

export const SECURITY_LABELS: Record<Security, string> = {
  ssl: 'SSL/TLS (обычно порт 465)',
  starttls: 'STARTTLS (обычно порт 587)',
  none: 'без шифрования (только внутри сети школы, обычно порт 25)',
};

export interface SmtpSettings {
  host: string;
  port: number;
  security: Security;
  /** Blank: the server takes letters without a login (a relay of the school's network). */
  login: string;
  /** The address letters come from: the curator's or the programme's mailbox. */
  from: string;
}

export interface MailSetup {
  settings(): SmtpSettings | undefined;
  /** Checks and keeps the settings; a blank password keeps the one typed before. Returns the problems, if any. */
  configure(given: Record<string, string>): string[];
  hasPassword(): boolean;
  /**
   * A connection for one click's letters (nodemailer's pool of one: a school's server may refuse many connections at
   * once); a failure of `send` is thrown as a Russian sentence naming the server. Close it when done.
   */
  session(fromName: string): { send(letter: Letter): Promise<void>; close(): void };
  /** Asks the server whether it takes the login (nodemailer's verify). */
  verify(): Promise<void>;
  /** «smtp.school.ru:465». */
  serverName(): string;
}

const FILE = 'почта.json';

function isSecurity(value: string): value is Security {
  return value === 'ssl' || value === 'starttls' || value === 'none';
}

function readSettings(path: string): SmtpSettings | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<SmtpSettings>;
    if (!data.host || !data.port || !data.security || !isSecurity(data.security) || !data.from) return undefined;
    return { host: data.host, port: data.port, security: data.security, login: data.login ?? '', from: data.from };
  } catch {
    return undefined;
  }
}

/** Written beside and renamed over, 0600 from the start: never half a file, never readable by other users. */
function writeSettings(dir: string, settings: SmtpSettings): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
  // A file left from before keeps its mode through a rename over it on some systems: set it again.
  chmodSync(path, 0o600);
}

/** Why a send failed, in words the curator can act on; nodemailer's own text follows for the school's administrator. */
export function smtpProblem(server: string, error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const reason = code === 'EAUTH' ? 'сервер не принял логин или пароль'
    : code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'EDNS' || code === 'ESOCKET' ? 'нет связи с сервером (адрес, порт, шифрование или сеть)'
      : code === 'EENVELOPE' ? 'сервер не принял адрес отправителя или получателя'
        : code === 'ETLS' ? 'не удалось установить шифрованное соединение (проверьте «Шифрование» и порт)'
          : 'сервер ответил ошибкой';
  return `Почтовый сервер ${server}: ${reason}${message ? ` (${message})` : ''}.`;
}

export function mailSetup(dir: string): MailSetup {
  const path = join(dir, FILE);
  let settings = readSettings(path);
  let password = '';
  const serverName = () => (settings ? `${settings.host}:${settings.port}` : '');
  const transport = (pool = false) => {
    const s = settings!;
    return nodemailer.createTransport({
      host: s.host, port: s.port, secure: s.security === 'ssl', requireTLS: s.security === 'starttls', ignoreTLS: s.security === 'none',
      auth: s.login ? { user: s.login, pass: password } : undefined,
      pool, maxConnections: 1,
      // A school's server that does not answer should not hold the curator's page for minutes.
      connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000,
    });
  };
  return {
    settings: () => settings,
    hasPassword: () => password !== '',
    serverName,
    configure(given) {
      const problems: string[] = [];
      const host = (given.host ?? '').trim();
      const port = Number((given.port ?? '').trim());
      const security = (given.security ?? '').trim();
      const login = (given.login ?? '').trim();
      const from = (given.from ?? '').trim();
      if (!/^[A-Za-z0-9.-]+$/.test(host)) problems.push('«Сервер»: укажите имя или адрес почтового сервера, например smtp.school.ru.');
      if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`«Порт»: «${given.port ?? ''}» — не номер порта (1–65535).`);
      if (!isSecurity(security)) problems.push('«Шифрование»: выберите один из вариантов.');
      if (!isEmail(from)) problems.push(`«Адрес отправителя»: «${from}» — не адрес электронной почты.`);
      if (problems.length) return problems;
      settings = { host, port, security: security as Security, login, from };
      writeSettings(dir, settings);
      if (given.password) password = given.password;
      if (!login) password = '';
      return [];
    },
    session(fromName) {
      if (!settings) throw new Error('Почтовый сервер не настроен: откройте страницу «Почта».');
      const from = { name: fromName, address: settings.from };
      const server = serverName();
      const pooled = transport(true);
      return {
        async send(letter) {
          try {
            await pooled.sendMail({ from, to: letter.to, subject: letter.subject, text: letter.body });
          } catch (error) {
            throw new Error(smtpProblem(server, error));
          }
        },
        close: () => pooled.close(),
      };
    },
    async verify() {
      if (!settings) throw new Error('Почтовый сервер не настроен.');
      try {
        await transport().verify();
      } catch (error) {
        throw new Error(smtpProblem(serverName(), error));
      }
    },
  };
}

/** Whether letters can go now, or what the curator must do first. */
export function readiness(mail: MailSetup): { ready: true } | { ready: false; problem: string } {
  const settings = mail.settings();
  if (!settings) return { ready: false, problem: 'почтовый сервер школы не настроен' };
  if (settings.login && !mail.hasPassword()) return { ready: false, problem: 'после запуска приложения не введён пароль почты' };
  return { ready: true };
}
