/**
 * Проверка совместимости пары после первых встреч (issue 12): seed 002 plans an organisational first meeting and a
 * trial one; mentoring platforms ask both sides after the first session and re-pair early, rather than learn of a
 * mismatch in May. Three questions, for the mentor and the mentee alike: comfort, clarity of goals, wish to go on.
 * It is sent «Проверка совместимости через, недель» after the pair starts (matching/fitCheck.ts decides who needs
 * attention from the answers).
 */
import type { Choice, Questionnaire } from '../model';
import { participantCodeItem } from './common-items';
import { rating, RATING_1_10 } from './satisfaction-scale';

export const FIT_CHECK_ID = 'fit-check';
export const FIT_CHECK_WISH_KEY = 'wish';
/** The answer that marks the pair «требует внимания» whatever the ratings. */
export const DO_NOT_CONTINUE = 'Не хочу продолжать';
/** Its points: the scale's lowest, so the mean falls with it too. */
export const DO_NOT_CONTINUE_POINTS = RATING_1_10.min;

export const WISH_CHOICES: Choice[] = [
  { label: 'Да, хочу продолжать', points: RATING_1_10.max },
  { label: 'Затрудняюсь ответить', points: Math.round((RATING_1_10.min + RATING_1_10.max) / 2) },
  { label: DO_NOT_CONTINUE, points: DO_NOT_CONTINUE_POINTS },
];

export function fitCheck(): Questionnaire {
  return {
    id: FIT_CHECK_ID,
    title: 'Проверка совместимости пары после первых встреч',
    shortTitle: 'Проверка совместимости',
    responseSheet: 'Ответы — совместимость',
    description: `Несколько вопросов после первых встреч наставника и наставляемого. Оцените по шкале от ${RATING_1_10.min} до ${RATING_1_10.max}: `
      + `${RATING_1_10.min} — ${RATING_1_10.minLabel}, ${RATING_1_10.max} — ${RATING_1_10.maxLabel}. `
      + 'Если пара не сложилась, куратор подберёт другого наставника — об этом лучше сказать сейчас, а не в конце года.',
    audience: ['наставник', 'наставляемый'],
    stage: 'текущая',
    kind: 'scored',
    instrument: FIT_CHECK_ID,
    sendAfterPairStart: true,
    items: [
      participantCodeItem(true),
      rating('comfort', 'Насколько вам комфортно работать в этой паре?'),
      rating('clarity', 'Насколько понятны цели и план совместной работы?'),
      { key: FIT_CHECK_WISH_KEY, type: 'choice', title: 'Хотите ли вы продолжать работу в этой паре?', required: true, choices: WISH_CHOICES },
      { key: 'comment', type: 'paragraph', title: 'Что мешает работе в паре? (по желанию)', required: false },
    ],
    scoring: {
      method: 'mean',
      max: RATING_1_10.max,
      levels: [
        { label: 'пара сложилась', min: 7, tone: 'good' },
        { label: 'есть сомнения', min: 5, tone: 'fair' },
        { label: 'требует внимания', min: RATING_1_10.min, tone: 'poor' },
      ],
      lowItemAtMost: 4,
    },
  };
}
