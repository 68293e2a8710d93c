/** Loads build/Code.js the way Apps Script does: one global scope, no modules, no Node globals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';

export const BUNDLE_PATH = join(__dirname, '../../build/Code.js');

export function bundleText(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export type BundleContext = Record<string, unknown> & { [name: string]: unknown };

export function loadBundle(globals: Record<string, unknown>): BundleContext {
  // Apps Script has one realm: the fakes' Dates and the bundle's must be the same Date for instanceof to hold.
  const context = createContext({ console, Date, ...globals }) as BundleContext;
  new Script(bundleText(), { filename: 'Code.js' }).runInContext(context);
  return context;
}

/** Names declared as top-level `function name(` in the bundle: what Apps Script lists as runnable. */
export function topLevelFunctions(text = bundleText()): string[] {
  return [...text.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
}

export function call(context: BundleContext, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of the bundle`);
  return fn(...args);
}
