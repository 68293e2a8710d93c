// Builds what clasp pushes: build/Code.js (every export of src/gas/main.ts as a top-level function), the sidebar
// pages as single HTML files, and appsscript.json; and the offline CLI, build/cli.cjs (clasp pushes only .js, .html
// and appsscript.json).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { bundleCli } from './cli-bundle.mjs';
import { root } from './root.mjs';

const out = join(root, 'build');
const GLOBAL = '__nastavnik';

async function buildCode() {
  const common = { entryPoints: [join(root, 'src/gas/main.ts')], bundle: true, target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'], write: false, charset: 'utf8' };
  // First pass only to learn the entry module's export names.
  const probe = await build({ ...common, format: 'esm', metafile: true, outfile: 'probe.js' });
  const exports = Object.values(probe.metafile.outputs)[0].exports.filter((name) => name !== 'default');
  const bundle = await build({ ...common, format: 'iife', globalName: GLOBAL, outfile: 'Code.js', legalComments: 'none' });
  const body = bundle.outputFiles[0].text;
  // Apps Script finds triggers, menu items and google.script.run targets only among top-level function declarations.
  // Evaluating the bundle only defines functions (no Google service is touched at load), so it tells which exports
  // are functions.
  const module = runInNewContext(`${body}\n${GLOBAL}`, {});
  const callable = exports.filter((name) => typeof module[name] === 'function');
  const stubs = callable
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n');
  writeFileSync(join(out, 'Code.js'), `${body}\n${stubs}\n`);
  return callable;
}

async function buildPages() {
  const pagesDir = join(root, 'src/ui/pages');
  const sharedCss = readFileSync(join(root, 'src/ui/shared/addon.css'), 'utf8');
  const pages = readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const page of pages) {
    const dir = join(pagesDir, page);
    const script = await build({
      entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'iife', target: 'es2020', write: false, charset: 'utf8', legalComments: 'none',
    });
    // A literal "</script" inside the bundle would end the inline script early.
    const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
    const css = sharedCss + (existsSync(join(dir, 'style.css')) ? readFileSync(join(dir, 'style.css'), 'utf8') : '');
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
      .replace('<!-- @style -->', () => `<style>\n${css}</style>`)
      .replace('<!-- @script -->', () => `<script>\n${js}</script>`);
    writeFileSync(join(out, `${page}.html`), html);
  }
  return pages;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const entries = await buildCode();
const pages = await buildPages();
copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
await bundleCli();
console.log(`build/Code.js: ${entries.length} функций (${entries.join(', ')}); страницы: ${pages.map((p) => `${p}.html`).join(', ')}; командная строка: build/cli.cjs`);
