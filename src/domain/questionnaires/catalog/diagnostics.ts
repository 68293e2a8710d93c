/**
 * Входная и итоговая диагностика: seed 001, monitoring stage 2 — motivational-personal, competence and professional
 * growth, «все зависящие от воздействия Программы наставничества параметры фиксируются дважды». One definition, two
 * stages, so the items before and after are the same by construction.
 */
import type { Item, Questionnaire, Stage } from '../model';
import { participantCodeItem } from './common-items';

export const DIAGNOSTICS_INSTRUMENT = 'diagnostics';
export const DIAGNOSTICS_ENTRY_ID = 'diagnostics-entry';
export const DIAGNOSTICS_FINAL_ID = 'diagnostics-final';

const AGREEMENT = { min: 1, max: 5, minLabel: 'совсем не согласен(на)', maxLabel: 'полностью согласен(на)' };

const MOTIVATION = 'Мотивационно-личностный рост';
const COMPETENCE = 'Компетентностный рост';
const PROFESSIONAL = 'Профессиональный рост';

function statement(key: string, title: string, subscale: string, reverse = false): Item {
  return { key, type: 'scale', title, required: true, scale: AGREEMENT, subscale, ...(reverse ? { reverse } : {}) };
}

const ITEMS: Item[] = [
  statement('interest', 'Мне интересна моя педагогическая работа', MOTIVATION),
  statement('confidence', 'Я уверен(а) в своих силах как педагог', MOTIVATION),
  statement('exhaustion', 'К концу рабочего дня я чувствую эмоциональное истощение', MOTIVATION, true),
  statement('anxiety', 'Я испытываю тревогу перед уроками и встречами с родителями', MOTIVATION, true),
  statement('lesson_planning', 'Я умею планировать урок в соответствии с ФГОС и рабочей программой', COMPETENCE),
  statement('class_management', 'Я умею организовать работу класса и поддерживать дисциплину', COMPETENCE),
  statement('digital_tools', 'Я уверенно использую цифровые инструменты в обучении', COMPETENCE),
  statement('parents', 'Я умею выстраивать взаимодействие с родителями обучающихся', COMPETENCE),
  statement('self_analysis', 'Я регулярно анализирую результаты своей профессиональной деятельности', PROFESSIONAL),
  statement('best_practice', 'Я использую в своей работе передовой педагогический опыт коллег', PROFESSIONAL),
  statement('own_works', 'Я делюсь своим опытом: выступаю, готовлю методические материалы, открытые уроки', PROFESSIONAL),
  statement('belonging', 'Я чувствую себя частью педагогического коллектива', PROFESSIONAL),
  statement('stay', 'Я хочу продолжать работать в нашей образовательной организации', PROFESSIONAL),
];

export function diagnostics(stage: Extract<Stage, 'входная' | 'итоговая'>): Questionnaire {
  const entry = stage === 'входная';
  return {
    id: entry ? DIAGNOSTICS_ENTRY_ID : DIAGNOSTICS_FINAL_ID,
    title: entry ? 'Входная диагностика участника программы наставничества' : 'Итоговая диагностика участника программы наставничества',
    shortTitle: entry ? 'Входная диагностика' : 'Итоговая диагностика',
    responseSheet: entry ? 'Ответы — входная диагностика' : 'Ответы — итоговая диагностика',
    description: (entry
      ? 'Анкета заполняется в начале программы наставничества. '
      : 'Анкета заполняется по итогам программы наставничества; вопросы те же, что и в начале, чтобы увидеть изменения. ')
      + 'Оцените, насколько вы согласны с каждым утверждением: 1 — совсем не согласен(на), 5 — полностью согласен(на). '
      + 'Правильных и неправильных ответов нет.',
    audience: ['наставляемый', 'наставник'],
    stage,
    kind: 'scored',
    instrument: DIAGNOSTICS_INSTRUMENT,
    items: [participantCodeItem(true), ...ITEMS],
    scoring: {
      method: 'mean',
      max: AGREEMENT.max,
      levels: [
        { label: 'высокий', min: 4, tone: 'good' },
        { label: 'средний', min: 3, tone: 'fair' },
        { label: 'низкий', min: AGREEMENT.min, tone: 'poor' },
      ],
      lowItemAtMost: 2,
    },
  };
}
