/**
 * The frame of the app's own pages (home, «Журнал», «Мониторинг», questionnaires): the add-on's look, wider than a
 * sidebar. Pages are written with hono's `html` template, which escapes every value put into it: text from the
 * workbook is shown as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the app's files are: the package root, found upwards from this module (also when bundled into .cache). */
export function appRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'nastavnik') return dir;
    } catch {
      // no package.json here: one level up
    }
    const parent = join(dir, '..');
    if (parent === dir) throw new Error('Не найдена папка программы «Наставник» (package.json).');
    dir = parent;
  }
}

/** Lets a page of the app sit in the middle of a wide window and gives it a way home. */
export const LOCAL_CSS = `
body { max-width: 960px; margin: 0 auto; padding: 12px 16px; }
nav.local { display: flex; gap: 16px; align-items: baseline; border-bottom: 1px solid var(--line); padding: 0 0 8px; margin: 0 0 12px; flex-wrap: wrap; }
nav.local a { color: var(--blue); text-decoration: none; }
nav.local a.brand { font-weight: 500; font-size: 15px; color: #202124; }
table.sheet { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
table.sheet th, table.sheet td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
table.sheet th { background: #e8f0fe; font-weight: 500; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; list-style: none; padding: 0; }
.tiles a { display: block; border: 1px solid var(--line); border-radius: 8px; padding: 12px; color: inherit; text-decoration: none; height: 100%; }
.tiles a:hover { box-shadow: 0 1px 3px rgba(60, 64, 67, .3); }
.tiles strong { color: var(--blue); display: block; margin-bottom: 4px; font-weight: 500; }
.link { font-family: monospace; word-break: break-all; }
.scroll { overflow-x: auto; }
pre.letter { white-space: pre-wrap; font-family: inherit; background: #f8f9fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px; }
figure { margin: 0; }
`;

export function addonCss(root: string): string {
  return readFileSync(join(root, 'src/ui/shared/addon.css'), 'utf8');
}

export const NAV: ReadonlyArray<[string, string]> = [
  ['/check', 'Проверить банк'], ['/pairing', 'Подбор пар'], ['/questionnaires', 'Анкеты'], ['/monitoring', 'Мониторинг'], ['/documents', 'Документы'], ['/journal', 'Журнал'],
];

export function navHtml(): HtmlEscapedString {
  return html`<nav class="local"><a class="brand" href="/">Наставник</a>${NAV.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav>` as HtmlEscapedString;
}

export function page(root: string, title: string, body: Html | Html[]): Html {
  return html`<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Наставник</title>
<style>${raw(addonCss(root))}${raw(LOCAL_CSS)}</style></head>
<body>${navHtml()}<h1>${title}</h1>${body}</body></html>`;
}

/** A page for people outside the curator's pages (a teacher's form, a refusal): no navigation. */
export function bare(root: string, title: string, body: Html | Html[]): Html {
  return html`<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>${raw(addonCss(root))}${raw(LOCAL_CSS)}</style></head>
<body><h1>${title}</h1>${body}</body></html>`;
}
