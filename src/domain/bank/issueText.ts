/** How an issue and a report are told to the curator, the same in the sidebar and the CLI. */
import type { Issue } from './issues';
import { formatCount } from '../language/plural';

/** Where the curator sets the bank up: the menu in Google Sheets, the CLI command for an Excel workbook. */
export const SET_UP_BANK = '«Наставничество → Настроить банк» (для книги Excel — команда setup)';

export function describeIssueLocation(issue: Pick<Issue, 'sheet' | 'row' | 'column'>): string {
  const parts = [`лист «${issue.sheet}»`];
  if (issue.row !== null) parts.push(`строка ${issue.row}`);
  if (issue.column) parts.push(`столбец «${issue.column}»`);
  return parts.join(', ');
}

export function issueCountText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'Ошибок нет. Банк готов к подбору пар.';
  const e = formatCount(errors, 'ошибка', 'ошибки', 'ошибок');
  const w = formatCount(warnings, 'предупреждение', 'предупреждения', 'предупреждений');
  return errors === 0 ? `Ошибок нет, ${w}.` : `Найдено: ${e}, ${w}.`;
}
