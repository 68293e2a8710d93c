/**
 * «Настройки»: a two-column sheet (Параметр | Значение) the curator edits. Parameters are found by name; a missing
 * one falls back to its default, and «Настроить банк» appends the missing ones without touching the others.
 */
import { SHEET, SETTINGS_COLUMNS } from './schema';
import { type Cell, type Table, cellText, findColumn, isBlank, sheetRow } from './table';
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
    ...extraSettings,
  ];
}

export interface SettingEntry {
  value: Cell;
  row: number;
}

/** Parameter name → value, as typed in «Настройки». */
export type Settings = Map<string, SettingEntry>;

export function readSettings(table: Table | undefined, issues: Issue[] = []): Settings {
  const settings: Settings = new Map();
  if (!table) return settings;
  const nameCol = findColumn(table, SETTINGS_COLUMNS.name);
  const valueCol = findColumn(table, SETTINGS_COLUMNS.value);
  if (nameCol < 0 || valueCol < 0) {
    issues.push({
      severity: 'error',
      sheet: SHEET.settings,
      row: 1,
      column: nameCol < 0 ? SETTINGS_COLUMNS.name : SETTINGS_COLUMNS.value,
      message: `На листе «${SHEET.settings}» нет столбца «${nameCol < 0 ? SETTINGS_COLUMNS.name : SETTINGS_COLUMNS.value}».`,
    });
    return settings;
  }
  table.rows.forEach((row, index) => {
    const name = cellText(row[nameCol]).trim();
    if (!name) return;
    if (settings.has(name)) {
      issues.push({
        severity: 'warning',
        sheet: SHEET.settings,
        row: sheetRow(index),
        column: SETTINGS_COLUMNS.name,
        message: `Параметр «${name}» указан повторно (уже есть в строке ${settings.get(name)?.row}); используется первое значение.`,
      });
      return;
    }
    settings.set(name, { value: row[valueCol] ?? null, row: sheetRow(index) });
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

/** The rows «Настроить банк» appends to «Настройки»: parameters that are not there yet. */
export function missingSettingRows(settings: Settings, now: Date): Cell[][] {
  return settingSpecs(now)
    .filter((spec) => !settings.has(spec.name))
    .map((spec) => [spec.name, spec.defaultValue]);
}
