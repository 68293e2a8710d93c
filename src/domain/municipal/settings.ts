/** «Настройки» rows the municipal level reads: the school's stable code and the Drive folder packages go to. */
import { registerSettings } from '../bank/settings';

export const MUNICIPAL_SETTING = {
  schoolCode: 'Код организации (для управления образования)',
  packageFolder: 'Папка управления образования',
} as const;

registerSettings([
  {
    name: MUNICIPAL_SETTING.schoolCode,
    defaultValue: '',
    hint: 'ИНН, ОГРН или код, выданный управлением образования: по нему сведения школы узнаются и после переименования',
  },
  {
    name: MUNICIPAL_SETTING.packageFolder,
    defaultValue: '',
    hint: 'Ссылка на папку Google Диска, открытую управлением образования, или её идентификатор: туда отправляются сведения',
  },
]);
