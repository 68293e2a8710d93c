/**
 * google.script.run for the pages served by the local app (src/local/server): the same
 * withSuccessHandler / withFailureHandler / withUserObject chain, each call a POST /api/<function> with the arguments
 * as JSON and the page's CSRF token. The server injects this function's source into the built page, so it must stay
 * self-contained: no imports, nothing from outside its body.
 */
export function installLocalBridge(csrfToken: string): void {
  type Handler = ((value: unknown, userObject?: unknown) => void) | null;
  const offline = 'NetworkError: нет связи с приложением «Наставник» на этом компьютере — проверьте, что оно запущено, и повторите.';
  function runner(success: Handler, failure: Handler, userObject: unknown): unknown {
    return new Proxy({}, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
        if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
        if (name === 'withUserObject') return (object: unknown) => runner(success, failure, object);
        return (...args: unknown[]) => {
          fetch(`/api/${encodeURIComponent(String(name))}`, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
            body: JSON.stringify({ args }),
          })
            .then((response) => response.json() as Promise<{ ok: boolean; value?: unknown; message?: string }>)
            .then(
              (answer) => (answer.ok ? success?.(answer.value ?? null, userObject) : failure?.(new Error(answer.message), userObject)),
              () => failure?.(new Error(offline), userObject),
            );
        };
      },
    });
  }
  // «Закрыть» of a sidebar leads back to the app's home page.
  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null, undefined), host: { close: () => window.location.assign('/') } } };
}
