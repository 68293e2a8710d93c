/** The 1–10 rating both satisfaction questionnaires use (seed 002: «мониторинг личной удовлетворённости»). */
import type { Item, ScaleRange, ScoringSpec } from '../model';

export const SATISFACTION_INSTRUMENT = 'satisfaction';

export const RATING_1_10: ScaleRange = { min: 1, max: 10, minLabel: 'совсем нет', maxLabel: 'в полной мере' };

export function rating(key: string, title: string): Item {
  return { key, type: 'scale', title, required: true, scale: RATING_1_10 };
}

export const SATISFACTION_SCORING: ScoringSpec = {
  method: 'mean',
  max: RATING_1_10.max,
  levels: [
    { label: 'высокая', min: 8, tone: 'good' },
    { label: 'средняя', min: 5, tone: 'fair' },
    { label: 'низкая', min: RATING_1_10.min, tone: 'poor' },
  ],
  lowItemAtMost: 4,
};

/** The questions are «Насколько …?», so the intro speaks of questions and names the scale's own end labels. */
export const SATISFACTION_INTRO = `Ответьте на каждый вопрос по шкале от ${RATING_1_10.min} до ${RATING_1_10.max}: `
  + `${RATING_1_10.min} — ${RATING_1_10.minLabel}, ${RATING_1_10.max} — ${RATING_1_10.maxLabel}. `
  + 'Ответы помогают куратору улучшить программу наставничества.';

export const CONTINUE_CHOICES = [{ label: 'Да' }, { label: 'Нет' }, { label: 'Затрудняюсь ответить' }];
