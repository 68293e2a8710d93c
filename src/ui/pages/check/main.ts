/** The «Проверка банка» sidebar: the issues of «Проверить банк», each a link to its cell. */
import type { Issue } from '../../../domain/bank/issues';
import { byId, el, replaceChildren } from '../../shared/dom';
import { callServer, errorText } from '../../shared/server';
import { describeIssueLocation, issueCountText } from '../../../domain/bank/issueText';

const status = byId('status');
const report = byId('report');
const recheck = byId<HTMLButtonElement>('recheck');

function issueItem(issue: Issue): HTMLLIElement {
  const button = el('button', { type: 'button', class: 'issue' },
    el('span', { class: 'where' }, describeIssueLocation(issue)),
    el('span', { class: issue.severity }, issue.message));
  // A failed jump is told under the line clicked (the count at the top stays), where a long list has the curator.
  const failure = el('p', { class: 'jump-error', role: 'alert' });
  failure.hidden = true;
  button.addEventListener('click', () => {
    failure.hidden = true;
    callServer('goToCell', { sheet: issue.sheet, row: issue.row, column: issue.column }).catch((error) => {
      failure.textContent = `Не удалось перейти к ячейке: ${errorText(error)}`;
      failure.hidden = false;
    });
  });
  return el('li', {}, button, failure);
}

async function runCheck(): Promise<void> {
  // Disabling the focused button drops the keyboard focus to the page: it is given back when the check ends.
  const hadFocus = document.activeElement === recheck;
  recheck.disabled = true;
  status.className = 'status';
  status.textContent = 'Проверяю…';
  try {
    const result = await callServer('checkBankReport');
    status.textContent = issueCountText(result.errors.length, result.warnings.length);
    status.className = `status ${result.errors.length ? 'error' : 'ok'}`;
    replaceChildren(report,
      result.errors.length ? el('h2', {}, 'Ошибки') : null,
      result.errors.length ? el('ul', { class: 'list' }, ...result.errors.map(issueItem)) : null,
      result.warnings.length ? el('h2', {}, 'Предупреждения') : null,
      result.warnings.length ? el('ul', { class: 'list' }, ...result.warnings.map(issueItem)) : null);
  } catch (error) {
    status.className = 'status error';
    status.textContent = `Не удалось проверить банк: ${errorText(error)}`;
  } finally {
    recheck.disabled = false;
    if (hadFocus) recheck.focus();
  }
}

recheck.addEventListener('click', () => void runCheck());
void runCheck();
