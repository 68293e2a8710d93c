/** The client-side google.script API of HtmlService pages (documented, but not in @types/google-apps-script). */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(object: unknown): Runner;
    [functionName: string]: unknown;
  }
  const run: Runner;
  namespace host {
    function close(): void;
  }
}
