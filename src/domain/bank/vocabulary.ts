/**
 * Controlled vocabularies of «Справочники». One list of competences serves both the mentors' competences and the
 * mentees' deficits, so that the two can be matched.
 */

export const VOCABULARY = {
  competences: 'Компетенции и дефициты',
  forms: 'Формы наставничества',
  kinds: 'Виды наставничества',
  menteeCategories: 'Категории наставляемых',
  personStatuses: 'Статусы участников',
  pairStatuses: 'Статусы пар',
  genders: 'Пол',
  yesNo: 'Да/Нет',
  qualifications: 'Квалификационные категории',
  stages: 'Этапы мониторинга',
  orderStatuses: 'Статусы приказов',
} as const;

export type VocabularyKey = keyof typeof VOCABULARY;

export const DEFAULT_VOCABULARIES: Record<VocabularyKey, readonly string[]> = {
  competences: [
    'нормативная база и документация (ФГОС, рабочие программы)',
    'предметное содержание',
    'методика преподавания и образовательные технологии',
    'организация урока и управление классом',
    'классное руководство и воспитательная работа',
    'взаимодействие с родителями',
    'взаимодействие с коллегами и администрацией',
    'цифровые инструменты и ИКТ',
    'оценивание и подготовка к ГИА',
    'работа с детьми с ОВЗ (инклюзия)',
    'проектная и исследовательская деятельность, одарённые дети',
    'профессиональное выгорание, психоэмоциональная поддержка',
    'адаптация в коллективе, уклад организации',
    'аттестация и конкурсы профессионального мастерства',
  ],
  forms: [
    'Опытный педагог – молодой специалист',
    'Опытный классный руководитель – молодой специалист',
    'Лидер педагогического сообщества – педагог, испытывающий проблемы',
    'Педагог-новатор – консервативный педагог',
    'Опытный предметник – неопытный предметник',
  ],
  kinds: [
    'традиционное («один на один»)',
    'групповое',
    'виртуальное (дистанционное)',
    'краткосрочное (целеполагающее)',
    'реверсивное',
    'ситуационное',
    'скоростное',
  ],
  menteeCategories: [
    'молодой специалист (стаж 0–3 года)',
    'новый сотрудник в адаптации',
    'эмоциональное выгорание',
    'освоение цифровых навыков',
    'иное',
  ],
  personStatuses: ['активен', 'приостановлен', 'выбыл'],
  pairStatuses: ['предложена', 'утверждена', 'действует', 'завершена', 'прекращена'],
  genders: ['м', 'ж'],
  yesNo: ['да', 'нет'],
  qualifications: ['без категории', 'соответствие занимаемой должности', 'первая', 'высшая'],
  stages: ['входная', 'итоговая', 'текущая'],
  orderStatuses: ['проект', 'подписан'],
};

/** The status a person must have to take part in pairing. */
export const ACTIVE_STATUS = 'активен';

/** Vocabulary values are compared without regard to case, «ё» and repeated spaces: the curator types them by hand too. */
export function normalizeTerm(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/[–—]/g, '-');
}

/** Splits a multi-value cell («ИКТ; работа с родителями»). Semicolons and line breaks separate items; commas do not,
 * because several vocabulary entries contain commas. */
export function splitList(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export const LIST_SEPARATOR = '; ';

export type Vocabularies = Record<VocabularyKey, string[]>;

/** Finds the canonical spelling of a term in a list, or undefined. */
export function findTerm(list: readonly string[], value: string): string | undefined {
  const wanted = normalizeTerm(value);
  return list.find((term) => normalizeTerm(term) === wanted);
}
