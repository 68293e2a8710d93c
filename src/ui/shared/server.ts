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

const CYRILLIC = /[А-Яа-яЁё]/;

/**
 * A server error as the curator should read it. Our own messages are Russian and pass as they are (Apps Script
 * prefixes «Exception: »); Google's own failures reach the page in English («NetworkError: Connection failure due to
 * HTTP 0», «ScriptError: … PERMISSION_DENIED»), so they are told in Russian, with what to do and the original kept.
 */
export function errorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/^(Exception|Error|ScriptError|NetworkError|Ошибка):\s*/, '');
  if (CYRILLIC.test(message)) return message;
  if (/PERMISSION_DENIED|Authorization is required/i.test(raw)) {
    return `Google не выполнил запрос: похоже, в браузере открыто несколько аккаунтов Google. Выйдите из остальных аккаунтов или откройте таблицу в окне инкогнито и повторите (${raw}).`;
  }
  if (/NetworkError|Connection failure|HTTP 0/i.test(raw)) {
    return `нет связи с сервером Google. Проверьте подключение к интернету и повторите (${raw}).`;
  }
  if (/maximum execution time/i.test(raw)) {
    return `Google прервал действие: оно выполнялось дольше отведённого времени. Повторите (${raw}).`;
  }
  return `сбой на сервере. Повторите через минуту; если сбой повторится, передайте этот текст разработчику (${raw}).`;
}
