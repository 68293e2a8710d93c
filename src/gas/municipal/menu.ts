/** The menu item that sends the school's package, answered with a dialog like the document actions. */
import { outcomeMessage } from '../../domain/documents/outcome';
import { withScriptLock } from '../forms/lock';
import { googleLockService } from '../forms/services';
import { schoolNow } from '../sheets/dates';
import { sendPackage } from './send';

export function menuSendMunicipalPackage(): void {
  const ui = SpreadsheetApp.getUi();
  const outcome = withScriptLock(googleLockService(), () => sendPackage(SpreadsheetApp.getActiveSpreadsheet(), schoolNow(SpreadsheetApp.getActiveSpreadsheet())), 5000);
  if (!outcome.ran) {
    ui.alert('Сведения не отправлены', 'Таблицу сейчас занимает другое действие. Подождите минуту и повторите.', ui.ButtonSet.OK);
    return;
  }
  const sent = outcome.value.made.length > 0;
  ui.alert(sent ? 'Сведения отправлены' : 'Сведения не отправлены', outcomeMessage(outcome.value).replace(/^Создан документ/, 'Создан файл'), ui.ButtonSet.OK);
}
