/**
 * A path printed inside a command the curator may copy: quoted when a shell would split or expand it. Double quotes
 * work in bash, zsh, PowerShell and cmd alike; letters of any alphabet, digits and «_ . / \ : , + = @ -» need none.
 */
export function shellQuote(path: string): string {
  if (/^[\p{L}\p{N}_./\\:,+=@-]+$/u.test(path)) return path;
  // A backslash stays: it separates folders on Windows, and bash keeps it inside double quotes.
  return `"${path.replace(/(["$`])/g, '\\$1')}"`;
}
