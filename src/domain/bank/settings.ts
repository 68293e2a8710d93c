/**
 * «Настройки»: a two-column sheet (Параметр | Значение) the curator edits. Parameters are found by name; a missing
 * one falls back to its default, and «Настроить банк» appends the missing ones without touching the others.
 */
import { SHEET, SETTINGS_COLUMNS } from './schema';
import { closestName } from './similar';
import { type Cell, type Table, cellText, findColumn, isBlank, normalizeHeader, sheetRow } from './table';
import type { Issue } from './issues';
import { academicYearOf, formatAcademicYear } from '../language/dates';

export interface SettingSpec {
  name: string;
  defaultValue: Cell;
  hint?: string;
}

export const SETTING = {
  orgFullName: 'Полное наименование организации',
  orgShortName: 'Краткое наименование организации',
  locality: 'Населённый пункт',
  directorPosition: 'Должность руководителя',
  directorName: 'ФИО руководителя',
  directorEmail: 'Email руководителя',
  directorNameOverride: 'Склонение ФИО руководителя',
  curatorName: 'ФИО куратора',
  curatorPosition: 'Должность куратора',
  curatorEmail: 'Email куратора',
  curatorPhone: 'Телефон куратора',
  curatorNameOverride: 'Склонение ФИО куратора',
  academicYear: 'Учебный год',
  orderPreamble: 'Основание для приказов',
  orderSuffix: 'Суффикс номера приказа',
  documentsFolder: 'Папка для документов',
  regulationOrder: 'Положение о наставничестве утверждено приказом',
  mentorPay: 'Доплата наставнику',
  mentorPayBasis: 'Доплата наставнику: за что и за какой период',
} as const;

/** Settings that other capabilities add (matching weights, mail limits…) register here. */
const extraSettings: SettingSpec[] = [];

export function registerSettings(specs: SettingSpec[]): void {
  for (const spec of specs) if (!extraSettings.some((s) => s.name === spec.name)) extraSettings.push(spec);
}

export function settingSpecs(now: Date): SettingSpec[] {
  return [
    { name: SETTING.orgFullName, defaultValue: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»' },
    { name: SETTING.orgShortName, defaultValue: 'МБОУ «СОШ № 1»' },
    { name: SETTING.locality, defaultValue: '' },
    { name: SETTING.directorPosition, defaultValue: 'Директор' },
    { name: SETTING.directorName, defaultValue: '', hint: 'Фамилия Имя Отчество — для подписи приказов' },
    { name: SETTING.directorEmail, defaultValue: '' },
    { name: SETTING.curatorName, defaultValue: '' },
    { name: SETTING.curatorPosition, defaultValue: 'Заместитель директора по учебно-воспитательной работе' },
    { name: SETTING.curatorEmail, defaultValue: '' },
    { name: SETTING.directorNameOverride, defaultValue: '', hint: 'Если ФИО руководителя склоняется неверно: «Р: …; Д: …; В: …», как столбец «Склонение ФИО»' },
    { name: SETTING.curatorPhone, defaultValue: '', hint: 'Для строки «Исполнитель» в сведениях для управления образования' },
    { name: SETTING.curatorNameOverride, defaultValue: '', hint: 'Если ФИО куратора склоняется неверно: «Р: …; Д: …; В: …», как столбец «Склонение ФИО»' },
    { name: SETTING.academicYear, defaultValue: formatAcademicYear(academicYearOf(now), false) },
    {
      name: SETTING.orderPreamble,
      defaultValue:
        'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ' +
        'Положением о системе наставничества педагогических работников образовательной организации',
      hint: 'Начало преамбулы приказа; цель («в целях …») каждый приказ добавляет сам',
    },
    { name: SETTING.orderSuffix, defaultValue: '-од' },
    { name: SETTING.documentsFolder, defaultValue: '', hint: 'Ссылка на папку Google Диска или её идентификатор' },
    { name: SETTING.regulationOrder, defaultValue: '', hint: 'Номер и дата приказа, утвердившего Положение о системе наставничества, например «№ 348/1 от 16.11.2022»: приказы ссылаются на него' },
    { name: SETTING.mentorPay, defaultValue: '', hint: 'Сумма («3000 руб.») или процент («10 %»): пишется в дополнительное соглашение с наставником (ст. 351.8 ТК РФ); пусто — строка для заполнения от руки' },
    { name: SETTING.mentorPayBasis, defaultValue: '', hint: 'Например «за каждого наставляемого в месяц» или «должностного оклада в месяц»' },
    ...extraSettings,
  ];
}

export interface SettingEntry {
  /** The parameter's name as the curator typed it. */
  name: string;
  value: Cell;
  row: number;
}

/**
 * Parameter name → value, as typed in «Настройки». Names are matched as headers are (case, «ё»/«е», spaces, a
 * trailing «*»), so «Населенный пункт» or «суффикс номера приказа» is the curator's value, not a missing parameter.
 */
export class Settings extends Map<string, SettingEntry> {
  override get(name: string): SettingEntry | undefined {
    return super.get(normalizeHeader(name));
  }
  override has(name: string): boolean {
    return super.has(normalizeHeader(name));
  }
  override set(name: string, entry: SettingEntry): this {
    return super.set(normalizeHeader(name), entry);
  }
}

/** The columns of «Настройки», or the Russian reason they cannot be found. */
export function settingsColumns(table: Table): { name: number; value: number } | { problem: Issue } {
  const name = findColumn(table, SETTINGS_COLUMNS.name);
  const value = findColumn(table, SETTINGS_COLUMNS.value);
  if (name >= 0 && value >= 0) return { name, value };
  const lacking = name < 0 ? SETTINGS_COLUMNS.name : SETTINGS_COLUMNS.value;
  return {
    problem: {
      severity: 'error',
      sheet: SHEET.settings,
      row: 1,
      column: lacking,
      message: `На листе «${SHEET.settings}» нет столбца «${lacking}»: параметры не прочитаны, используются значения по умолчанию. ` +
        `В первой строке должны быть столбцы «${SETTINGS_COLUMNS.name}» и «${SETTINGS_COLUMNS.value}».`,
    },
  };
}

export function readSettings(table: Table | undefined, issues: Issue[] = []): Settings {
  const settings = new Settings();
  if (!table) return settings;
  const columns = settingsColumns(table);
  if ('problem' in columns) {
    issues.push(columns.problem);
    return settings;
  }
  table.rows.forEach((row, index) => {
    const name = cellText(row[columns.name]).trim();
    if (!name) return;
    const first = settings.get(name);
    if (first) {
      issues.push({
        severity: 'warning',
        sheet: SHEET.settings,
        row: sheetRow(index),
        column: SETTINGS_COLUMNS.name,
        message: `Параметр «${name}» указан повторно (уже есть в строке ${first.row}); используется первое значение.`,
      });
      return;
    }
    settings.set(name, { name, value: row[columns.value] ?? null, row: sheetRow(index) });
  });
  return settings;
}

export function settingText(settings: Settings, name: string, fallback = ''): string {
  const entry = settings.get(name);
  if (!entry || isBlank(entry.value)) return fallback;
  return cellText(entry.value).trim();
}

export function settingNumber(settings: Settings, name: string, fallback: number): number {
  const entry = settings.get(name);
  if (!entry || isBlank(entry.value)) return fallback;
  const value = typeof entry.value === 'number' ? entry.value : Number(cellText(entry.value).replace(',', '.'));
  return Number.isFinite(value) ? value : fallback;
}

/** The names «Настройки» may hold: the bank's own and those other capabilities registered. */
function knownSettingNames(): string[] {
  return [...Object.values(SETTING), ...extraSettings.map((spec) => spec.name)];
}

/** A parameter the product does not know is probably a misspelt one: its value is not used, so the curator is told. */
export function unknownSettingIssues(settings: Settings): Issue[] {
  const known = knownSettingNames();
  const issues: Issue[] = [];
  for (const entry of settings.values()) {
    if (known.some((name) => normalizeHeader(name) === normalizeHeader(entry.name))) continue;
    const meant = closestName(entry.name, known.filter((name) => !settings.has(name)));
    issues.push({
      severity: 'warning',
      sheet: SHEET.settings,
      row: entry.row,
      column: SETTINGS_COLUMNS.name,
      message: `Неизвестный параметр «${entry.name}»: его значение не используется.` +
        (meant ? ` Возможно, имелось в виду «${meant}».` : ''),
    });
  }
  return issues;
}

/** The rows «Настроить банк» adds to «Настройки» (by header): parameters that are not there yet, with their defaults. */
export function missingSettingRecords(settings: Settings, now: Date): Array<Record<string, Cell>> {
  return settingSpecs(now)
    .filter((spec) => !settings.has(spec.name))
    .map((spec) => ({ [SETTINGS_COLUMNS.name]: spec.name, [SETTINGS_COLUMNS.value]: spec.defaultValue }));
}
