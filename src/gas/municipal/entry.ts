/** The entry points of the submenu «Муниципалитет» (submenu.ts), answered with a dialog like the document actions. */
import { outcomeMessage, outcomeTitle, type ActionOutcome } from '../../domain/documents/outcome';
import { withScriptLock } from '../forms/lock';
import { googleLockService } from '../forms/services';
import { schoolNow } from '../sheets/dates';
import { scheduleContinuation } from '../batch/continuation';
import { COLLECT_HANDLER, collectPackages, collectTitle } from './collect';
import { makeMunicipalReport } from './report';
import { setUpMunicipal } from './setup';
import { MUNICIPAL_MENU_TITLE } from './submenu';

const BUSY = 'Таблицу сейчас занимает другое действие. Подождите минуту и повторите.';

function run<T extends ActionOutcome>(action: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => T,
  title: (outcome: T) => string = (o) => outcomeTitle(o).replace('Документ не создан', 'Не сделано')): void {
  const ui = SpreadsheetApp.getUi();
  const outcome = withScriptLock(googleLockService(), () => action(SpreadsheetApp.getActiveSpreadsheet()), 5000);
  if (!outcome.ran) ui.alert(MUNICIPAL_MENU_TITLE, BUSY, ui.ButtonSet.OK);
  else ui.alert(title(outcome.value), outcomeMessage(outcome.value), ui.ButtonSet.OK);
}

export function menuMunicipalSetUp(): void {
  run((spreadsheet) => setUpMunicipal(spreadsheet));
}

/** From the menu: a dialog at the end. From the continuation trigger: no UI; a held lock means «try again later». */
function runCollect(fromTrigger: boolean): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const toast = (text: string) => spreadsheet.toast(text, MUNICIPAL_MENU_TITLE, 10);
  if (fromTrigger) {
    const outcome = withScriptLock(googleLockService(), () => collectPackages(spreadsheet, schoolNow(spreadsheet), () => Date.now(), undefined, undefined, true), 5000);
    if (!outcome.ran) scheduleContinuation(COLLECT_HANDLER);
    return;
  }
  toast('Сведения школ читаются…');
  run((s) => collectPackages(s, schoolNow(s), () => Date.now(), toast), collectTitle);
}

export function menuMunicipalCollect(): void {
  runCollect(false);
}

/** The one-off time trigger that resumes reading the schools' packages. */
export function continueMunicipalCollect(): void {
  runCollect(true);
}

export function menuMunicipalReport(): void {
  run((spreadsheet) => makeMunicipalReport(spreadsheet, schoolNow(spreadsheet)));
}
