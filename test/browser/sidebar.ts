/**
 * A sidebar page of build/ in a real headless Chromium (Debian's package), with google.script.run bridged to real
 * server functions running in this Node process over the in-memory fakes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = join(__dirname, '../../build');

export type ServerFunctions = Record<string, (...args: never[]) => unknown>;

export interface Sidebar {
  page: Page;
  close(): Promise<void>;
}

/** The client side of google.script.run: each call goes to window.__server, which Node answers. */
const GOOGLE_SCRIPT_SHIM = `
  (() => {
    function runner(success, failure) {
      return new Proxy({}, {
        get(_, name) {
          if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn) => runner(success, fn);
          if (name === 'withUserObject') return () => runner(success, failure);
          return (...args) => {
            window.__server(String(name), JSON.stringify(args)).then(
              (answer) => {
                const { ok, value, message } = JSON.parse(answer);
                setTimeout(() => (ok ? success && success(value) : failure && failure(new Error(message))), 0);
              });
          };
        },
      });
    }
    window.google = { script: { run: runner(null, null), host: { close() { window.__closed = true; } } } };
  })();
`;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium не найден (${CHROMIUM}): установите пакет Debian «chromium» (apt-get install chromium) или укажите путь к нему в переменной CHROMIUM_PATH; .ci/run ставит его сам.`);
  }
  // Playwright starts Chromium with a fresh temporary profile (--user-data-dir) of its own for every launch.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic'],
  });
}

/** Waits until a condition about the server side holds (the page answers asynchronously). */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Условие не выполнилось за отведённое время');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens build/<page>.html at the sidebar's 300 px width; calls to google.script.run reach `server`. */
export async function openSidebar(browser: Browser, pageName: string, server: ServerFunctions): Promise<Sidebar> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  await page.exposeFunction('__server', async (name: string, args: string) => {
    const fn = server[name];
    try {
      if (!fn) throw new Error(`Script function not found: ${name}`);
      // Results cross google.script.run as JSON-like values, as in Apps Script.
      const value = await fn(...(JSON.parse(args) as never[]));
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await page.addInitScript(GOOGLE_SCRIPT_SHIM);
  // Served from an intercepted address (nothing leaves the machine), so that init scripts run as on a real load.
  const url = `http://sidebar.localhost/${pageName}`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(BUILD, `${pageName}.html`), 'utf8') }));
  await page.goto(url);
  return { page, close: () => context.close() };
}
