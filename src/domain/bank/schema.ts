/**
 * The workbook layout of DESIGN.md §3: sheet names, column headers, types and widths. Adapters (Google Sheets and
 * Excel) build and read the bank from this one description; columns are always found by header, never by position.
 */
import type { VocabularyKey } from './vocabulary';
import { NAME_OVERRIDE_EXAMPLE } from '../language/name-override';

export type ColumnType = 'code' | 'text' | 'integer' | 'number' | 'date' | 'datetime' | 'email' | 'choice' | 'choices' | 'yesno' | 'url';

export interface ColumnSpec {
  header: string;
  type: ColumnType;
  required?: boolean;
  /** For choice / choices: the lists whose values are allowed. */
  vocabularies?: VocabularyKey[];
  min?: number;
  max?: number;
  /** Column width in pixels, as Google Sheets counts them. */
  width: number;
  /** A hint shown to the curator (data-validation help text / cell note). */
  hint?: string;
  /** For an optional column: what the product cannot do while the sheet lacks it («Проверить банк» says so). */
  missingEffect?: string;
}

export const SHEET = {
  settings: 'Настройки',
  mentors: 'Наставники',
  mentees: 'Наставляемые',
  pairs: 'Пары',
  preferences: 'Предпочтения',
  results: 'Результаты',
  monitoring: 'Мониторинг',
  orders: 'Приказы',
  vocabularies: 'Справочники',
  log: 'Журнал',
  forms: 'Анкеты',
  processing: 'Обработка ответов',
  mailing: 'Рассылка',
  forbidden: 'Запрещённые пары',
} as const;

export type SheetKey = keyof typeof SHEET;
export type SheetName = (typeof SHEET)[SheetKey];

export interface SheetSpec {
  key: SheetKey;
  name: SheetName;
  columns: ColumnSpec[];
  /** Rows of this sheet get product-assigned codes with this prefix («НС-001»). */
  codePrefix?: string;
}

const NAME_OVERRIDE_HINT = `Заполняется, только если ФИО склоняется в приказах неверно. Например: «${NAME_OVERRIDE_EXAMPLE}».`;
const LIST_HINT = 'Несколько значений — через точку с запятой «;», из листа «Справочники».';
const GENDER_EFFECT = 'пол не указан — в приказах ФИО склоняется по отчеству';
const SUBJECTS_EFFECT = 'совпадение предметов не учитывается при подборе';
const EMAIL_EFFECT = 'анкеты и письма участникам не отправляются';

export const MENTOR_COLUMNS = {
  code: 'Код',
  fullName: 'ФИО',
  gender: 'Пол',
  position: 'Должность',
  subjects: 'Предметы',
  experience: 'Стаж (лет)',
  qualification: 'Квалификационная категория',
  competences: 'Компетенции',
  forms: 'Формы наставничества',
  capacity: 'Макс. наставляемых',
  email: 'Email',
  consentData: 'Согласие на обработку ПДн',
  consentMentor: 'Согласие быть наставником',
  status: 'Статус',
  note: 'Примечание',
  nameOverride: 'Склонение ФИО',
  contractNumber: 'Трудовой договор №',
  contractDate: 'Дата трудового договора',
} as const;

export const MENTEE_COLUMNS = {
  code: 'Код',
  fullName: 'ФИО',
  gender: 'Пол',
  position: 'Должность',
  subjects: 'Предметы',
  experience: 'Стаж (лет)',
  category: 'Категория',
  deficits: 'Дефициты (запросы)',
  strengths: 'Сильные стороны',
  preferredForm: 'Предпочитаемая форма',
  email: 'Email',
  consentData: 'Согласие на обработку ПДн',
  status: 'Статус',
  note: 'Примечание',
  nameOverride: 'Склонение ФИО',
} as const;

export const PAIR_COLUMNS = {
  code: 'Код пары',
  mentorCode: 'Код наставника',
  mentorName: 'Наставник',
  menteeCodes: 'Коды наставляемых',
  menteeNames: 'Наставляемые',
  form: 'Форма наставничества',
  kind: 'Вид',
  compatibility: 'Совместимость',
  reasons: 'Обоснование',
  start: 'Начало',
  end: 'Окончание',
  order: 'Приказ',
  status: 'Статус',
  endReason: 'Причина завершения',
  endInitiative: 'Инициатива прекращения',
  fitCheck: 'Проверка совместимости',
} as const;

export const PREFERENCE_COLUMNS = {
  date: 'Дата',
  who: 'Код участника',
  first: 'Предпочтение 1',
  second: 'Предпочтение 2',
  third: 'Предпочтение 3',
  responseId: 'ID ответа',
} as const;

export const RESULT_COLUMNS = {
  date: 'Дата',
  questionnaire: 'Анкета',
  stage: 'Этап',
  participant: 'Код участника',
  pair: 'Код пары',
  score: 'Баллы',
  max: 'Максимум',
  percent: 'Процент',
  level: 'Уровень',
  responseId: 'ID ответа',
} as const;

export const ORDER_COLUMNS = {
  number: 'Номер',
  date: 'Дата',
  kind: 'Вид',
  title: 'Заголовок',
  link: 'Ссылка на документ',
  pdf: 'PDF',
  status: 'Статус',
  /** Codes of the pairs the order covers, so an order is never issued twice for the same pairs. */
  pairs: 'Пары',
} as const;

export const LOG_COLUMNS = {
  time: 'Дата и время',
  action: 'Действие',
  codes: 'Коды',
  details: 'Подробности',
} as const;

export const SETTINGS_COLUMNS = { name: 'Параметр', value: 'Значение' } as const;

/** «Анкеты»: one row per Google Form the product created (questionnaires/registry.ts). */
export const FORM_COLUMNS = {
  questionnaire: 'Анкета',
  title: 'Название',
  stage: 'Этап',
  send: 'Рассылать',
  url: 'Ссылка для ответов',
  editUrl: 'Ссылка для редактирования',
  formId: 'ID формы',
  linkTemplate: 'Шаблон личной ссылки',
  responseSheet: 'Лист ответов',
  created: 'Создана',
} as const;

/** «Обработка ответов»: every form response the product has processed, once, with what became of it. */
export const PROCESSING_COLUMNS = {
  date: 'Дата',
  questionnaire: 'Анкета',
  row: 'Строка ответа',
  code: 'Код',
  outcome: 'Итог',
  reason: 'Причина',
  responseId: 'ID ответа',
} as const;

/** «Рассылка»: every letter sent with a questionnaire link. */
export const MAIL_COLUMNS = {
  date: 'Дата',
  questionnaire: 'Анкета',
  code: 'Код',
  email: 'Email',
  kind: 'Вид',
} as const;

/** «Запрещённые пары»: a mentor and a mentee never to be paired (relatives, a conflict, a pair that did not work). */
export const FORBIDDEN_COLUMNS = {
  mentorCode: 'Код наставника',
  menteeCode: 'Код наставляемого',
  reason: 'Причина',
} as const;

const M = MENTOR_COLUMNS;
const E = MENTEE_COLUMNS;
const P = PAIR_COLUMNS;

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'settings',
    name: SHEET.settings,
    columns: [
      { header: SETTINGS_COLUMNS.name, type: 'text', required: true, width: 320 },
      { header: SETTINGS_COLUMNS.value, type: 'text', width: 480 },
    ],
  },
  {
    key: 'mentors',
    name: SHEET.mentors,
    codePrefix: 'НС',
    columns: [
      { header: M.code, type: 'code', required: true, width: 80, hint: 'Код присваивается автоматически командой «Настроить банк».' },
      { header: M.fullName, type: 'text', required: true, width: 240, hint: 'Фамилия Имя Отчество' },
      { header: M.gender, type: 'choice', vocabularies: ['genders'], width: 50, missingEffect: GENDER_EFFECT },
      { header: M.position, type: 'text', required: true, width: 180 },
      { header: M.subjects, type: 'text', width: 160, hint: 'Несколько предметов — через точку с запятой «;».', missingEffect: SUBJECTS_EFFECT },
      { header: M.experience, type: 'number', required: true, min: 0, max: 70, width: 90 },
      { header: M.qualification, type: 'choice', vocabularies: ['qualifications'], width: 170, missingEffect: 'квалификационная категория наставников не учитывается при подборе' },
      { header: M.competences, type: 'choices', vocabularies: ['competences'], width: 300, hint: LIST_HINT, missingEffect: 'компетенции наставников не учитываются при подборе: дефициты наставляемых закрыть некем' },
      { header: M.forms, type: 'choices', vocabularies: ['kinds'], width: 300, hint: 'Какие виды наставничества наставник готов вести. ' + LIST_HINT, missingEffect: 'виды наставничества, которые готов вести наставник, не учитываются при подборе' },
      { header: M.capacity, type: 'integer', required: true, min: 1, max: 30, width: 110 },
      { header: M.email, type: 'email', width: 200, missingEffect: EMAIL_EFFECT },
      { header: M.consentData, type: 'yesno', required: true, vocabularies: ['yesNo'], width: 120 },
      { header: M.consentMentor, type: 'yesno', required: true, vocabularies: ['yesNo'], width: 120 },
      { header: M.status, type: 'choice', required: true, vocabularies: ['personStatuses'], width: 110 },
      { header: M.note, type: 'text', width: 240 },
      { header: M.nameOverride, type: 'text', width: 240, hint: NAME_OVERRIDE_HINT },
      { header: M.contractNumber, type: 'text', width: 110, hint: 'Номер трудового договора наставника: для дополнительного соглашения (ст. 351.8 ТК РФ). Пусто — строка для заполнения от руки.' },
      { header: M.contractDate, type: 'date', width: 120, hint: 'Дата трудового договора наставника: для дополнительного соглашения.' },
    ],
  },
  {
    key: 'mentees',
    name: SHEET.mentees,
    codePrefix: 'НП',
    columns: [
      { header: E.code, type: 'code', required: true, width: 80, hint: 'Код присваивается автоматически командой «Настроить банк».' },
      { header: E.fullName, type: 'text', required: true, width: 240, hint: 'Фамилия Имя Отчество' },
      { header: E.gender, type: 'choice', vocabularies: ['genders'], width: 50, missingEffect: GENDER_EFFECT },
      { header: E.position, type: 'text', required: true, width: 180 },
      { header: E.subjects, type: 'text', width: 160, hint: 'Несколько предметов — через точку с запятой «;».', missingEffect: SUBJECTS_EFFECT },
      { header: E.experience, type: 'number', required: true, min: 0, max: 70, width: 90 },
      { header: E.category, type: 'choice', required: true, vocabularies: ['menteeCategories'], width: 220 },
      { header: E.deficits, type: 'choices', vocabularies: ['competences'], width: 300, hint: LIST_HINT, missingEffect: 'дефициты не учитываются при подборе' },
      { header: E.preferredForm, type: 'choice', vocabularies: ['kinds'], width: 220, hint: 'Предпочитаемый вид наставничества.', missingEffect: 'предпочитаемый вид наставничества не учитывается при подборе' },
      { header: E.email, type: 'email', width: 200, missingEffect: EMAIL_EFFECT },
      { header: E.consentData, type: 'yesno', required: true, vocabularies: ['yesNo'], width: 120 },
      { header: E.status, type: 'choice', required: true, vocabularies: ['personStatuses'], width: 110 },
      { header: E.note, type: 'text', width: 240 },
      { header: E.nameOverride, type: 'text', width: 240, hint: NAME_OVERRIDE_HINT },
      { header: E.strengths, type: 'text', width: 260, hint: 'В чём наставляемый силён (через «;»): программа опирается на них и поддерживает их (Положение: «поддержка сильных сторон»).' },
    ],
  },
  {
    key: 'pairs',
    name: SHEET.pairs,
    codePrefix: 'П',
    columns: [
      { header: P.code, type: 'code', required: true, width: 80 },
      { header: P.mentorCode, type: 'text', required: true, width: 110 },
      { header: P.mentorName, type: 'text', width: 220 },
      { header: P.menteeCodes, type: 'text', required: true, width: 140 },
      { header: P.menteeNames, type: 'text', width: 260 },
      { header: P.form, type: 'choice', vocabularies: ['forms'], width: 260 },
      { header: P.kind, type: 'choice', vocabularies: ['kinds'], width: 180 },
      { header: P.compatibility, type: 'number', min: 0, max: 100, width: 110 },
      { header: P.reasons, type: 'text', width: 360 },
      { header: P.start, type: 'date', width: 100 },
      { header: P.end, type: 'date', width: 100 },
      { header: P.order, type: 'text', width: 110 },
      { header: P.status, type: 'choice', required: true, vocabularies: ['pairStatuses'], width: 110 },
      { header: P.endReason, type: 'text', width: 220 },
      { header: P.endInitiative, type: 'text', width: 160, hint: 'Кто досрочно прекратил работу наставника: «работодатель» или «наставник» (ст. 351.8 ТК РФ: письменное уведомление не менее чем за три рабочих дня). Пусто — по причине завершения.' },
      { header: P.fitCheck, type: 'text', width: 260, hint: 'Заполняется по ответам на анкету «Проверка совместимости пары после первых встреч»: «пара сложилась» или «требует внимания» с причиной. «Подобрать заново» — в боковой панели «Подбор пар».' },
    ],
  },
  {
    key: 'preferences',
    name: SHEET.preferences,
    columns: [
      { header: PREFERENCE_COLUMNS.date, type: 'datetime', width: 140 },
      { header: PREFERENCE_COLUMNS.who, type: 'text', required: true, width: 120 },
      { header: PREFERENCE_COLUMNS.first, type: 'text', width: 140 },
      { header: PREFERENCE_COLUMNS.second, type: 'text', width: 140 },
      { header: PREFERENCE_COLUMNS.third, type: 'text', width: 140 },
      { header: PREFERENCE_COLUMNS.responseId, type: 'text', width: 200 },
    ],
  },
  {
    key: 'results',
    name: SHEET.results,
    columns: [
      { header: RESULT_COLUMNS.date, type: 'datetime', width: 140 },
      { header: RESULT_COLUMNS.questionnaire, type: 'text', width: 240 },
      { header: RESULT_COLUMNS.stage, type: 'choice', vocabularies: ['stages'], width: 100 },
      { header: RESULT_COLUMNS.participant, type: 'text', width: 120 },
      { header: RESULT_COLUMNS.pair, type: 'text', width: 100 },
      { header: RESULT_COLUMNS.score, type: 'number', width: 80 },
      { header: RESULT_COLUMNS.max, type: 'number', width: 90 },
      { header: RESULT_COLUMNS.percent, type: 'number', width: 80 },
      { header: RESULT_COLUMNS.level, type: 'text', width: 130 },
      { header: RESULT_COLUMNS.responseId, type: 'text', width: 200 },
    ],
  },
  { key: 'monitoring', name: SHEET.monitoring, columns: [] },
  {
    key: 'orders',
    name: SHEET.orders,
    columns: [
      { header: ORDER_COLUMNS.number, type: 'text', width: 90 },
      { header: ORDER_COLUMNS.date, type: 'date', width: 100 },
      { header: ORDER_COLUMNS.kind, type: 'text', width: 200 },
      { header: ORDER_COLUMNS.title, type: 'text', width: 360 },
      { header: ORDER_COLUMNS.link, type: 'url', width: 220 },
      { header: ORDER_COLUMNS.pdf, type: 'url', width: 220 },
      { header: ORDER_COLUMNS.status, type: 'choice', vocabularies: ['orderStatuses'], width: 100 },
      { header: ORDER_COLUMNS.pairs, type: 'text', width: 200 },
    ],
  },
  // «Справочники» has one column per vocabulary; its columns come from vocabulary.ts.
  { key: 'vocabularies', name: SHEET.vocabularies, columns: [] },
  {
    key: 'forms',
    name: SHEET.forms,
    columns: [
      { header: FORM_COLUMNS.questionnaire, type: 'text', required: true, width: 160 },
      { header: FORM_COLUMNS.title, type: 'text', width: 320 },
      { header: FORM_COLUMNS.stage, type: 'choice', vocabularies: ['stages'], width: 100 },
      { header: FORM_COLUMNS.send, type: 'yesno', vocabularies: ['yesNo'], width: 100, hint: '«да» — «Разослать анкеты» отправит эту анкету участникам, которые её ещё не получали.' },
      { header: FORM_COLUMNS.url, type: 'url', width: 260 },
      { header: FORM_COLUMNS.editUrl, type: 'url', width: 260 },
      { header: FORM_COLUMNS.formId, type: 'text', width: 200 },
      { header: FORM_COLUMNS.linkTemplate, type: 'url', width: 260 },
      { header: FORM_COLUMNS.responseSheet, type: 'text', width: 220 },
      { header: FORM_COLUMNS.created, type: 'datetime', width: 140 },
    ],
  },
  {
    key: 'processing',
    name: SHEET.processing,
    columns: [
      { header: PROCESSING_COLUMNS.date, type: 'datetime', width: 140 },
      { header: PROCESSING_COLUMNS.questionnaire, type: 'text', width: 160 },
      { header: PROCESSING_COLUMNS.row, type: 'integer', width: 100 },
      { header: PROCESSING_COLUMNS.code, type: 'text', width: 100 },
      { header: PROCESSING_COLUMNS.outcome, type: 'text', width: 130 },
      { header: PROCESSING_COLUMNS.reason, type: 'text', width: 420 },
      { header: PROCESSING_COLUMNS.responseId, type: 'text', width: 260 },
    ],
  },
  {
    key: 'mailing',
    name: SHEET.mailing,
    columns: [
      { header: MAIL_COLUMNS.date, type: 'datetime', width: 140 },
      { header: MAIL_COLUMNS.questionnaire, type: 'text', width: 160 },
      { header: MAIL_COLUMNS.code, type: 'text', width: 100 },
      { header: MAIL_COLUMNS.email, type: 'email', width: 220 },
      { header: MAIL_COLUMNS.kind, type: 'text', width: 120 },
    ],
  },
  {
    key: 'log',
    name: SHEET.log,
    columns: [
      { header: LOG_COLUMNS.time, type: 'datetime', width: 150 },
      { header: LOG_COLUMNS.action, type: 'text', width: 220 },
      { header: LOG_COLUMNS.codes, type: 'text', width: 260 },
      { header: LOG_COLUMNS.details, type: 'text', width: 360 },
    ],
  },
  {
    key: 'forbidden',
    name: SHEET.forbidden,
    columns: [
      { header: FORBIDDEN_COLUMNS.mentorCode, type: 'text', required: true, width: 130, hint: 'Код из листа «Наставники»' },
      { header: FORBIDDEN_COLUMNS.menteeCode, type: 'text', required: true, width: 150, hint: 'Код из листа «Наставляемые»' },
      { header: FORBIDDEN_COLUMNS.reason, type: 'text', width: 360, hint: 'Почему эту пару нельзя составлять: родственники, конфликт, пара не сложилась' },
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown sheet key ${key}`);
  return spec;
}

/** Number formats for the product's column types, in the syntax shared by Google Sheets and Excel. */
export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  code: '@',
  text: '@',
  email: '@',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
  integer: '0',
};
