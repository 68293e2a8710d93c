/**
 * The sidebar in a real headless Chromium (Debian's `chromium`, never a downloaded browser),
 * with google.script.run bridged to server functions running in this Node process. Like Apps
 * Script, the bridge passes only plain data: a Date, NaN or a function in a value fails the call.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SIDEBAR_URL = 'https://sidebar.invalid/pairing.html';

/** An object of server functions (an interface like PairingApi, or the bundle's globals). */
export type ServerFunctions = object;

export interface Sidebar {
  page: Page;
  /** Calls of server functions, in order, by name. */
  calls: string[];
  /** Dialogs (alert/confirm) the page opened: an injected script would show up here. */
  dialogs: string[];
  close(): Promise<void>;
}

/** Throws on values google.script.run cannot carry, so the test fails where Apps Script would. */
function assertPlain(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} не передаётся через google.script.run`);
    return;
  }
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) assertPlain(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path}: ${Object.prototype.toString.call(value)} не передаётся через google.script.run`);
}

const BRIDGE = `
  window.google = { script: { run: (function () {
    function runner(ok, fail) {
      return new Proxy({}, { get(_t, name) {
        if (name === 'withSuccessHandler') return (h) => runner(h, fail);
        if (name === 'withFailureHandler') return (h) => runner(ok, h);
        return (...args) => {
          window.__callServer(String(name), JSON.stringify(args)).then((reply) => {
            const r = JSON.parse(reply);
            if (r.error !== undefined) { if (fail) fail(new Error(r.error)); }
            else if (ok) ok(r.value);
          });
        };
      } });
    }
    return runner(null, null);
  })() } };
`;

export async function openSidebar(html: string, server: ServerFunctions, width = 300): Promise<Sidebar> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Нет ${CHROMIUM}: установите пакет Debian «chromium» (apt-get install -y chromium). Браузер не скачивается.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'nastavnik-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const calls: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // The sidebar is served from a made-up origin; nothing else loads, so it must be one self-contained file.
  await page.route('**/*', (route) =>
    route.request().url() === SIDEBAR_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  await page.exposeFunction('__callServer', (name: string, argsJson: string) => {
    calls.push(name);
    try {
      const fn = (server as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
      if (!fn) throw new Error(`Нет серверной функции ${name}`);
      const args = JSON.parse(argsJson) as unknown[];
      const value = fn(...args);
      assertPlain(value, name);
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(BRIDGE);
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  return {
    page,
    calls,
    dialogs,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
