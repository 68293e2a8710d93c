/** Удовлетворённость наставляемого участием в программе наставничества. */
import type { Questionnaire } from '../model';
import { participantCodeItem } from './common-items';
import { CONTINUE_CHOICES, rating, SATISFACTION_INSTRUMENT, SATISFACTION_INTRO, SATISFACTION_SCORING } from './satisfaction-scale';

export const MENTEE_SATISFACTION_ID = 'mentee-satisfaction';

export function menteeSatisfaction(): Questionnaire {
  return {
    id: MENTEE_SATISFACTION_ID,
    title: 'Удовлетворённость наставляемого участием в программе наставничества',
    shortTitle: 'Удовлетворённость наставляемых',
    responseSheet: 'Ответы — удовл. наставляемых',
    description: SATISFACTION_INTRO,
    audience: ['наставляемый'],
    stage: 'итоговая',
    kind: 'scored',
    instrument: `${SATISFACTION_INSTRUMENT}-mentee`,
    items: [
      participantCodeItem(true),
      rating('effectiveness', 'Насколько эффективной для вас была программа наставничества?'),
      rating('comfort', 'Насколько комфортно было общение с наставником?'),
      rating('help', 'Насколько наставник помогал вам в решении конкретных задач?'),
      rating('clarity', 'Насколько понятными были задачи, поставленные наставником?'),
      rating('meetings', 'Насколько полезными были личные встречи с наставником?'),
      rating('events', 'Насколько полезными были совместные мероприятия (открытые уроки, мастер-классы, семинары)?'),
      rating('growth', 'Насколько ощутим ваш профессиональный рост?'),
      rating('expectations', 'Насколько оправдались Ваши ожидания?'),
      { key: 'most_useful', type: 'paragraph', title: 'Что в работе с наставником было для вас самым полезным?', required: false },
      { key: 'improve', type: 'paragraph', title: 'Что можно улучшить в программе наставничества?', required: false },
      { key: 'continue', type: 'choice', title: 'Хотели бы вы продолжить работу с наставником?', required: false, choices: CONTINUE_CHOICES },
    ],
    scoring: SATISFACTION_SCORING,
  };
}
