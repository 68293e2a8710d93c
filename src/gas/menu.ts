/** The add-on menu «Наставничество». Each item names a top-level function of build/Code.js (exported by main.ts). */
import { municipalMenu } from './municipal/submenu';

export type MenuEntry = { label: string; functionName: string } | 'separator';

export const MENU: readonly MenuEntry[] = [
  { label: 'Настроить банк', functionName: 'menuSetUpBank' },
  { label: 'Проверить банк', functionName: 'menuCheckBank' },
  { label: 'Подбор пар', functionName: 'menuPairing' },
  'separator',
  { label: 'Создать анкеты', functionName: 'menuCreateForms' },
  { label: 'Разослать анкеты', functionName: 'menuSendForms' },
  { label: 'Напомнить не ответившим', functionName: 'menuRemind' },
  { label: 'Пересчитать всё', functionName: 'menuRecomputeAll' },
  'separator',
  { label: 'Приказ о закреплении пар', functionName: 'menuOrderPairs' },
  { label: 'Приказ о назначении куратора', functionName: 'menuOrderCurator' },
  { label: 'Приказ о поощрении', functionName: 'menuOrderReward' },
  { label: 'Приказ о завершении', functionName: 'menuOrderCompletion' },
  { label: 'Применить подписанные приказы', functionName: 'menuApplySignedOrders' },
  { label: 'Программы наставничества', functionName: 'menuProgrammes' },
  { label: 'Соглашения с наставниками (ст. 351.8 ТК РФ)', functionName: 'menuAgreements' },
  { label: 'Аналитическая справка', functionName: 'menuReport' },
  { label: 'Сводка для управления образования', functionName: 'menuSummary' },
  { label: 'Отправить сведения в управление образования', functionName: 'menuSendMunicipalPackage' },
  { label: 'Создать шаблоны документов', functionName: 'menuCreateTemplates' },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.label, entry.functionName);
  }
  menu.addSeparator().addSubMenu(municipalMenu(ui));
  menu.addToUi();
}
