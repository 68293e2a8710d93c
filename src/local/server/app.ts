/**
 * The curator's app over the Excel bank, on hono (routing, cookies, security headers; see docs/local-app.md for why).
 * Teachers' forms live under /anketa/; everything else is the curator's.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { callApi, isApiName } from './api';
import type { BankAccess } from './bankAccess';
import { csrfGuard, curatorGuard, hostGuard } from './guards';
import { bare } from './layout';
import { curatorPages } from './curatorPages';
import { documentPages } from './documentPages';
import { outcomes } from './outcomes';
import { isFormPath, questionnaireForms, FORMS_PREFIX } from './questionnaireForms';
import type { Secrets } from './secrets';
import { mailPages } from './mailPages';
import type { MailSetup } from './smtp';
import { SIDEBAR_PAGES, sidebarPageHtml } from './sidebarPages';

export interface AppOptions {
  bank: BankAccess;
  /** The package root: build/ and src/ui/shared/addon.css are read from there. */
  root: string;
  lan: boolean;
  secrets: Secrets;
  /** The Host values this server answers to (known once it listens). */
  hosts: () => ReadonlySet<string>;
  /** The address teachers' personal links start with. */
  baseUrl: () => string;
  now: () => Date;
  /** The school's mail server for the questionnaires' letters (smtp.ts). */
  mail: MailSetup;
}

type Env = { Variables: { secureHeadersNonce?: string } };

export function createApp(options: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  // What a curator's form did, shown by the page it redirects to (Post/Redirect/Get).
  const done = outcomes();
  app.use(hostGuard(options.hosts));
  // An export of answers is a few hundred kilobytes; nothing the app takes is near this.
  app.use(bodyLimit({ maxSize: 20 * 1024 * 1024, onError: (c) => c.text('Файл слишком большой: не больше 20 МБ.', 413) }));
  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"], scriptSrc: [NONCE], styleSrc: ["'unsafe-inline'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
      formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
  }));
  // Browsers ask for it on every page, teachers' too: an empty answer rather than a 404 or a refusal.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.route(FORMS_PREFIX, questionnaireForms(options, done));

  // Middleware of a mounted app would cover every path, the forms' too: the curator's locks skip the forms here.
  const curatorOnly = (guard: MiddlewareHandler): MiddlewareHandler => (c, next) => (isFormPath(c.req.path) ? next() : guard(c, next));
  app.use(curatorOnly(curatorGuard(options.lan, options.secrets)));
  app.use(curatorOnly(csrfGuard(options.secrets)));
  const curator = new Hono<Env>();
  for (const [path, name] of Object.entries(SIDEBAR_PAGES)) {
    curator.get(path, (c) => c.html(sidebarPageHtml(options.root, name, options.secrets.csrfToken, c.get('secureHeadersNonce') ?? '')));
  }
  curator.post('/api/:name', async (c) => {
    const name = c.req.param('name');
    if (!isApiName(name)) return c.json({ ok: false, message: `Нет функции «${name}».` }, 404);
    const body = await c.req.json<{ args?: unknown }>().catch(() => ({ args: undefined }));
    const args = Array.isArray(body.args) ? body.args : [];
    try {
      return c.json({ ok: true, value: (await callApi(options.bank, name, args, options.now)) ?? null });
    } catch (error) {
      return c.json({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  curator.route('/', curatorPages(options, done));
  curator.route('/', documentPages(options, done));
  curator.route('/', mailPages(options, done));
  app.route('/', curator);

  app.notFound((c) => c.html(bare(options.root, 'Страница не найдена', html`<p>Проверьте адрес.</p>`), 404));
  // The details (a file path, a stack) go to the curator's console, never to a page a teacher may see.
  app.onError((error, c) => {
    console.error(error);
    return c.text('Сбой в приложении: подробности — в окне, где оно запущено.', 500);
  });
  return app;
}
