/** Sidebars are HTML files that `npm run build` bundles (src/ui/pages/<page> → build/<page>.html). */

export function showSidebar(page: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}
