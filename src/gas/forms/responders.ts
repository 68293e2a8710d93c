/**
 * Who may answer a form. Since the 2026 Forms change a published form is answered by its responders, and responders
 * are a Drive sharing matter: «Anyone with the link» is a permission of type `anyone`, role `reader`, view `published`
 * on the form's file (https://developers.google.com/workspace/forms/api/guides/publish-form, «Check if the form is
 * accepting responses from 'Anyone with link'»). FormApp has no member for it (setRequireLogin is for Workspace
 * domains only, https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)), so the Drive
 * advanced service (v3, appsscript.json) sets and reads it. Teachers answer from the personal link in their letter,
 * often from a personal address: the form must take answers from anyone with that link.
 */

export interface ResponderPermission {
  type?: string;
  role?: string;
  view?: string;
}

/** The two Drive v3 calls used, as the advanced service has them. */
export interface ResponderAccessPort {
  list(formId: string): ResponderPermission[];
  create(formId: string, permission: ResponderPermission): void;
}

const ANYONE_WITH_LINK: ResponderPermission = { type: 'anyone', role: 'reader', view: 'published' };

const isAnyoneWithLink = (permission: ResponderPermission): boolean =>
  permission.type === ANYONE_WITH_LINK.type && permission.role === ANYONE_WITH_LINK.role && permission.view === ANYONE_WITH_LINK.view;

/** The Drive advanced service, or null when it is not enabled in the project (then the curator is told to check). */
export function googleResponderAccess(): ResponderAccessPort | null {
  if (typeof Drive === 'undefined' || !Drive) return null;
  // Called as Drive.Permissions… in the bundle, so the manifest test sees the service and its scope.
  return {
    list: (formId) => Drive!.Permissions!.list(formId, { includePermissionsForView: 'published', fields: 'permissions(id,type,role,view)' }).permissions ?? [],
    create: (formId, permission) => {
      Drive!.Permissions!.create(permission, formId);
    },
  };
}

/**
 * Opens the form to anyone with the link and checks that it took. Undefined when it did; otherwise what the curator
 * is to change, in Russian: a school domain (Google Workspace for Education) may forbid sharing outside it.
 */
export function openToAnyoneWithLink(access: ResponderAccessPort | null, formId: string, title: string): string | undefined {
  const manual = 'в форме откройте «Настройки» → «Ответы» (или кнопку «Опубликовать») и выберите «Все, у кого есть ссылка».';
  if (!access) return `«${title}»: не удалось проверить, кто может отвечать (не подключена служба Drive) — ${manual}`;
  let error = '';
  try {
    if (access.list(formId).some(isAnyoneWithLink)) return undefined;
    access.create(formId, ANYONE_WITH_LINK);
    if (access.list(formId).some(isAnyoneWithLink)) return undefined;
  } catch (thrown) {
    error = ` (${thrown instanceof Error ? thrown.message : String(thrown)})`;
  }
  return `«${title}»: ответить смогут только пользователи вашей организации${error}, а учителя с личной почтой — нет. `
    + 'Администратор Google Workspace школы должен разрешить доступ по ссылке для пользователей вне организации '
    + '(Консоль администратора → Приложения → Google Workspace → Диск и Документы → Общий доступ); затем '
    + `${manual}`;
}
