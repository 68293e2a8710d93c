/**
 * Entry points of the Apps Script project. Every function exported here becomes a top-level function declaration in
 * build/Code.js (scripts/build.mjs), which is how Apps Script finds triggers, menu items and google.script.run targets.
 */
import { activateCell, checkSpreadsheet, type CellTarget } from './bank/check';
import { setUpBank } from './bank/setup';
import type { ServerApi } from './contract';
import { runAgreements, runApplySignedOrders, runCreateTemplates, runDocument, runProgrammes } from './documents/actions';
import { onOrdersEdited } from './documents/signing';
import { buildMenu } from './menu';
import { withScriptLock } from './forms/lock';
import { googleLockService } from './forms/services';
import { pairingService } from './pairing/service';
import { sheetsPairingStore } from './pairing/sheetsStore';
import { schoolNow } from './sheets/dates';
import { showSidebar } from './sidebar';

export { catchUpResponses, menuCreateForms, menuRecomputeAll, menuRemind, menuSendForms, onFormSubmit } from './monitoring/entry-points';
export { redrawMonitoring } from './monitoring/entry-points';

/** Simple trigger; in AuthMode.NONE it may only build the menu, which is all it does. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
export function onInstall(): void {
  onOpen();
}

/** Under the script lock: form intake and pairing issue codes too, and two runs at once would give the same code twice. */
export function menuSetUpBank(): void {
  const ui = SpreadsheetApp.getUi();
  const outcome = withScriptLock(googleLockService(), () => setUpBank(SpreadsheetApp.getActiveSpreadsheet(), schoolNow(SpreadsheetApp.getActiveSpreadsheet())));
  if (!outcome.ran) {
    ui.alert('Банк не настроен', 'Сейчас таблицу изменяет другое действие (запись пар или обработка ответов анкет). Повторите «Настроить банк» через минуту.', ui.ButtonSet.OK);
    return;
  }
  ui.alert('Настройка банка', outcome.value.lines.join('\n'), ui.ButtonSet.OK);
}

export function menuCheckBank(): void {
  showSidebar('check', 'Проверка банка');
}

export function checkBankReport(): ReturnType<ServerApi['checkBankReport']> {
  return checkSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
}

export function goToCell(target: CellTarget): void {
  activateCell(SpreadsheetApp.getActiveSpreadsheet(), target);
}

export function menuPairing(): void {
  showSidebar('pairing', 'Подбор пар');
}

/** Each sidebar call reads the spreadsheet afresh: the curator may have edited it meanwhile. */
function pairing(): ReturnType<typeof pairingService> {
  return pairingService(sheetsPairingStore(SpreadsheetApp.getActiveSpreadsheet()));
}

export function pairingLoad(): ReturnType<ServerApi['pairingLoad']> {
  return pairing().pairingLoad();
}

export function pairingSuggest(...args: Parameters<ServerApi['pairingSuggest']>): ReturnType<ServerApi['pairingSuggest']> {
  return pairing().pairingSuggest(...args);
}

export function pairingProposeAll(...args: Parameters<ServerApi['pairingProposeAll']>): ReturnType<ServerApi['pairingProposeAll']> {
  return pairing().pairingProposeAll(...args);
}

export function pairingCheck(...args: Parameters<ServerApi['pairingCheck']>): ReturnType<ServerApi['pairingCheck']> {
  return pairing().pairingCheck(...args);
}

/**
 * Two curators confirming at once would take the same pair codes: the read and the write happen under the script
 * lock (the one form submissions take), so the second waits and reads the first one's rows.
 */
export function pairingConfirm(...args: Parameters<ServerApi['pairingConfirm']>): ReturnType<ServerApi['pairingConfirm']> {
  const outcome = withScriptLock(googleLockService(), () => pairing().pairingConfirm(...args));
  if (!outcome.ran) throw new Error('Пары сейчас записывает кто-то другой или обрабатываются ответы анкет. Повторите через минуту: ваш список сохранён в панели.');
  return outcome.value;
}

/** «Подобрать заново» writes «Пары», «Запрещённые пары» and «Журнал»: under the script lock, as confirming is. */
export function pairingRepair(...args: Parameters<ServerApi['pairingRepair']>): ReturnType<ServerApi['pairingRepair']> {
  const outcome = withScriptLock(googleLockService(), () => pairing().pairingRepair(...args));
  if (!outcome.ran) throw new Error('Пары сейчас записывает кто-то другой или обрабатываются ответы анкет. Повторите через минуту.');
  return outcome.value;
}

export function menuOrderPairs(): void {
  runDocument('order-pairs');
}

export function menuOrderCurator(): void {
  runDocument('order-curator');
}

export function menuOrderReward(): void {
  runDocument('order-reward');
}

export function menuOrderCompletion(): void {
  runDocument('order-completion');
}

export function menuReport(): void {
  runDocument('report');
}

export function menuSummary(): void {
  runDocument('summary');
}

export function menuAgreements(): void {
  runAgreements();
}

export { menuSendMunicipalPackage } from './municipal/menu';
export { continueMunicipalCollect, menuMunicipalCollect, menuMunicipalReport, menuMunicipalSetUp } from './municipal/entry';

export function menuProgrammes(): void {
  runProgrammes(false);
}

/** The one-off time trigger that resumes a long batch of programmes. */
export function continueProgrammes(): void {
  runProgrammes(true);
}

export function menuApplySignedOrders(): void {
  runApplySignedOrders();
}

export function menuCreateTemplates(): void {
  runCreateTemplates();
}

/** Simple trigger: «подписан» typed in «Приказы» approves the pairs of that order. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  onOrdersEdited(e, () => schoolNow(e.source), googleLockService());
}

/** Compile-time proof that these exports are the server the sidebar is typed against. */
export const serverApi: ServerApi = { checkBankReport, goToCell, pairingLoad, pairingSuggest, pairingProposeAll, pairingCheck, pairingConfirm, pairingRepair };
