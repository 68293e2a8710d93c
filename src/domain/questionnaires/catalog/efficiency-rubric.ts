/**
 * Оценка эффективности программы наставничества: the rubric of seed 001, section 6 («Показатели эффективности
 * реализации Программы наставничества»), word for word: 9 indicators in 3 criteria, each 2 / 1 / 0 points;
 * 15–18 оптимальный, 9–14 допустимый, 0–8 недопустимый. Filled per pair by the curator or an expert.
 */
import type { Choice, Item, Questionnaire } from '../model';
import { pairCodeItem } from './common-items';

export const EFFICIENCY_RUBRIC_ID = 'efficiency-rubric';
export const EFFICIENCY_INSTRUMENT = 'efficiency';

export const RUBRIC_CHOICES: Choice[] = [
  { label: 'Производится в полной мере, 2 балла', points: 2 },
  { label: 'Частично проявляется, 1 балл', points: 1 },
  { label: 'Не проявляется, 0 баллов', points: 0 },
];

/** Criterion → its indicators, in the seed's order and spelling. */
export const RUBRIC_CRITERIA: ReadonlyArray<{ criterion: string; indicators: string[] }> = [
  {
    criterion: 'Оценка Программы наставничества в организации',
    indicators: [
      'Соответствие наставнической деятельности цели и задачам, по которым она осуществляется',
      'Оценка соответствия организации наставнической деятельности принципам, заложенным в программе',
      'Соответствие наставнической деятельности современным подходам и технологиям',
      'Наличие комфортного психологического климата в организации',
      'Логичность деятельности наставника, понимание им ситуации наставляемого и правильность выбора основного направления взаимодействия',
    ],
  },
  {
    criterion: 'Определение эффективности участников наставнической деятельности в организации',
    indicators: [
      'Степень удовлетворенности всех участников наставнической деятельности',
      'Уровень удовлетворенности партнера от взаимодействия в наставнической деятельности',
    ],
  },
  {
    criterion: 'Изменения в личности наставляемого',
    indicators: [
      'Активность и заинтересованность в участии в мероприятиях, связанных с наставнической деятельностью',
      'Степень применения наставляемыми полученных от наставника знаний, умений и опыта в профессиональных (учебных, жизненных) ситуациях, активная гражданская позиция',
    ],
  },
];

function indicatorItems(): Item[] {
  let number = 0;
  return RUBRIC_CRITERIA.flatMap(({ criterion, indicators }) => indicators.map((indicator) => {
    number += 1;
    return {
      key: `indicator_${number}`,
      type: 'choice' as const,
      title: indicator,
      required: true,
      choices: RUBRIC_CHOICES,
      subscale: criterion,
    };
  }));
}

export function efficiencyRubric(): Questionnaire {
  return {
    id: EFFICIENCY_RUBRIC_ID,
    title: 'Показатели эффективности реализации Программы наставничества',
    shortTitle: 'Эффективность программы',
    responseSheet: 'Ответы — эффективность',
    description: 'Оценка эффективности программы наставничества по наставнической паре (группе). Заполняет куратор '
      + 'или эксперт. Для каждого показателя отметьте проявление: производится в полной мере — 2 балла, частично '
      + 'проявляется — 1 балл, не проявляется — 0 баллов. Итог: 15–18 баллов – оптимальный уровень; 9–14 баллов – '
      + 'допустимый уровень; 0–8 баллов – недопустимый уровень.',
    audience: ['куратор'],
    stage: 'итоговая',
    kind: 'scored',
    instrument: EFFICIENCY_INSTRUMENT,
    items: [
      pairCodeItem(),
      ...indicatorItems(),
      { key: 'assessor', type: 'text', title: 'Кто заполнил (ФИО, должность)', required: false },
      { key: 'comment', type: 'paragraph', title: 'Комментарий', required: false },
    ],
    scoring: {
      method: 'sum',
      max: 18,
      levels: [
        { label: 'оптимальный', min: 15, tone: 'good' },
        { label: 'допустимый', min: 9, tone: 'fair' },
        { label: 'недопустимый', min: 0, tone: 'poor' },
      ],
      lowItemAtMost: 0,
    },
  };
}
