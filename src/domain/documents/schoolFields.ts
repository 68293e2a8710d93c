/**
 * Fields every kind of document fills the same way from «Настройки» (context.ts): one description each, so that the
 * templates and docs/templates.md say the same thing of them in every document. A field whose value differs by
 * document (the date, the curator's position in a signature) is described where it is used.
 */
import type { FieldSpec } from './template';

const SCHOOL_FIELDS = {
  организация: 'полное наименование организации («Настройки»)',
  организация_кратко: 'краткое наименование организации',
  населённый_пункт: 'населённый пункт, например «г. Уфа»',
  учебный_год: 'учебный год: «2022/2023»',
  руководитель_должность: 'должность руководителя: «Директор»',
  руководитель_подпись: 'руководитель для подписи: «Ш.Х. Хабибрахманов»',
  куратор_должность: 'должность куратора',
  куратор_подпись: 'куратор для подписи: «Г.М. Гумерова»',
} as const;

export type SchoolField = keyof typeof SCHOOL_FIELDS;

/** The named fields with their common descriptions, in the order given. */
export function schoolFields(...names: SchoolField[]): FieldSpec[] {
  return names.map((name) => ({ name, description: SCHOOL_FIELDS[name] }));
}
