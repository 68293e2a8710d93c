/**
 * google.script.run as promises, typed by PairingApi: a misspelt function or a wrong argument
 * does not compile.
 */
import type { PairingApi } from './api';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error | string) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export function callServer<K extends keyof PairingApi>(name: K, ...args: Parameters<PairingApi[K]>): Promise<ReturnType<PairingApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<PairingApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
