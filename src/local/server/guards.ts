/**
 * Who may reach what. Every request must name this server in its Host header (a page of another site resolved to
 * 127.0.0.1 by DNS rebinding names its own host, and is refused). The curator's pages answer only on this computer,
 * or with --lan only to a browser that brought the access key printed at start. Every write of a curator page carries
 * the CSRF token only the app's own pages know.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { networkInterfaces } from 'node:os';
import { sameSecret, type Secrets } from './secrets';

export const KEY_COOKIE = 'nastavnik_key';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host values this server answers to: loopback names, and with --lan this computer's network addresses. */
export function allowedHosts(port: number, lan: boolean): Set<string> {
  const names = [...LOOPBACK_NAMES];
  if (lan) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) {
        if (!address.internal) names.push(address.family === 'IPv6' ? `[${address.address}]` : address.address);
      }
    }
  }
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}

/** Non-loopback IPv4 addresses of this computer: where teachers open their links with --lan. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).filter((a) => !a.internal && a.family === 'IPv4').map((a) => a.address));
}

export function hostGuard(hosts: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts().has(host)) return c.text('Неизвестный адрес сервера: запрос отклонён.', 421);
    await next();
  };
}

function isLoopback(c: Context): boolean {
  const address = getConnInfo(c).remote.address ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function refuse(c: Context, text: string): Response {
  return c.req.path.startsWith('/api/') ? c.json({ ok: false, message: text }, 403) : c.text(text, 403);
}

/**
 * The curator's pages. Without --lan the server listens on 127.0.0.1 only and the check is a second lock. With --lan a
 * link with ?key=… sets a cookie the browser then sends by itself (SameSite=Strict: never from another site's page).
 */
export function curatorGuard(lan: boolean, secrets: Secrets): MiddlewareHandler {
  return async (c, next) => {
    if (!lan) {
      if (!isLoopback(c)) return refuse(c, 'Страницы куратора открываются только на этом компьютере.');
      return next();
    }
    const key = c.req.query('key');
    if (key !== undefined && c.req.method === 'GET') {
      if (!sameSecret(key, secrets.accessKey)) return refuse(c, 'Неверный ключ доступа.');
      setCookie(c, KEY_COOKIE, key, { httpOnly: true, sameSite: 'Strict', path: '/' });
      return c.redirect(c.req.path, 303);
    }
    if (!sameSecret(getCookie(c, KEY_COOKIE), secrets.accessKey)) {
      return refuse(c, 'Нужен ключ доступа: откройте адрес с ключом, который программа показала при запуске.');
    }
    return next();
  };
}

/** A write (POST) of a curator page: the token in the x-csrf-token header (the bridge) or in the form's «csrf» field. */
export function csrfGuard(secrets: Secrets): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      let token = c.req.header('x-csrf-token');
      const type = c.req.header('content-type') ?? '';
      if (!token && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
        const field = (await c.req.parseBody())['csrf'];
        token = typeof field === 'string' ? field : undefined;
      }
      if (!sameSecret(token, secrets.csrfToken)) return refuse(c, 'Запрос отклонён: нет ключа формы (CSRF). Обновите страницу и повторите.');
    }
    return next();
  };
}
