/** Loads build/Code.js the way Apps Script does: one global scope, no modules, no Node globals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { asTrigger } from '../fakes/gas';
import type { FakeSpreadsheetApp } from '../fakes/spreadsheet';

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

/**
 * Where a value would not cross google.script.run: its legal values are strings, finite numbers, booleans, null, and
 * arrays and plain objects of these. A Date, a function, a Map or class instance, undefined inside an object or an
 * array, NaN or Infinity makes the call fail or arrive as null. The bundle runs in its own realm, so «plain» is told
 * by the prototype chain's shape, not by identity with this realm's Object.prototype.
 */
export function unpassable(value: unknown, path = 'value'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === undefined) return [`${path}: undefined`];
  if (typeof value !== 'object') return [`${path}: ${typeof value}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => unpassable(item, `${path}[${index}]`));
  const proto = Object.getPrototypeOf(value) as object | null;
  const plain = proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
  if (!plain) return [`${path}: ${Object.prototype.toString.call(value)} ${(proto as { constructor?: { name?: string } } | null)?.constructor?.name ?? ''}`.trim()];
  return Object.entries(value).flatMap(([key, item]) => unpassable(item, `${path}.${key}`));
}

/** Calls a trigger function of the bundle (onFormSubmit, a time-driven one) with no editor open: getUi() throws. */
export function fire(context: BundleContext, app: FakeSpreadsheetApp, name: string, ...args: unknown[]): unknown {
  return asTrigger(app, () => call(context, name, ...args));
}
