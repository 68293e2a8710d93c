/** Typed calls from a sidebar to the server functions of src/gas/main.ts. */
import type { ServerApi } from '../../gas/contract';

type Args<K extends keyof ServerApi> = Parameters<ServerApi[K]>;
type Result<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

export function callServer<K extends keyof ServerApi>(name: K, ...args: Args<K>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) => reject(error));
    (runner[name] as (...a: Args<K>) => void)(...args);
  });
}

/** A server error as the curator should read it (Apps Script prefixes «Exception: »). */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Exception|Error|Ошибка):\s*/, '');
}
