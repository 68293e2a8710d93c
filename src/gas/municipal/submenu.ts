/**
 * The submenu «Муниципалитет» of the add-on. The menu cannot ask the spreadsheet what it is (in AuthMode.NONE onOpen
 * may not read it), so the submenu is always there and each item checks that the spreadsheet is a municipal summary,
 * saying what to do when it is not. Each item names a top-level function of build/Code.js (entry.ts via main.ts).
 */
export const MUNICIPAL_MENU_TITLE = 'Муниципалитет';

export const MUNICIPAL_MENU: readonly { label: string; functionName: string }[] = [
  { label: 'Сделать эту таблицу сводкой муниципалитета', functionName: 'menuMunicipalSetUp' },
  { label: 'Собрать сведения школ', functionName: 'menuMunicipalCollect' },
  { label: 'Аналитическая справка', functionName: 'menuMunicipalReport' },
];

/** Ui.createMenu + Menu.addSubMenu: https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu) */
export function municipalMenu(ui: GoogleAppsScript.Base.Ui): GoogleAppsScript.Base.Menu {
  const menu = ui.createMenu(MUNICIPAL_MENU_TITLE);
  for (const item of MUNICIPAL_MENU) menu.addItem(item.label, item.functionName);
  return menu;
}
