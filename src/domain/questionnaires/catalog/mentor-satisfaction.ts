/** Удовлетворённость наставника работой в программе наставничества. */
import type { Questionnaire } from '../model';
import { participantCodeItem } from './common-items';
import { CONTINUE_CHOICES, rating, SATISFACTION_INSTRUMENT, SATISFACTION_INTRO, SATISFACTION_SCORING } from './satisfaction-scale';

export const MENTOR_SATISFACTION_ID = 'mentor-satisfaction';

export function mentorSatisfaction(): Questionnaire {
  return {
    id: MENTOR_SATISFACTION_ID,
    title: 'Удовлетворённость наставника работой в программе наставничества',
    shortTitle: 'Удовлетворённость наставников',
    responseSheet: 'Ответы — удовл. наставников',
    description: SATISFACTION_INTRO,
    audience: ['наставник'],
    stage: 'итоговая',
    kind: 'scored',
    instrument: `${SATISFACTION_INSTRUMENT}-mentor`,
    items: [
      participantCodeItem(true),
      rating('effectiveness', 'Насколько эффективной, на ваш взгляд, была программа наставничества?'),
      rating('comfort', 'Насколько комфортно было работать с наставляемым?'),
      rating('theory', 'Насколько наставляемый овладел необходимыми теоретическими знаниями?'),
      rating('practice', 'Насколько наставляемый овладел необходимыми практическими навыками?'),
      rating('mentee_work', 'Насколько вы удовлетворены работой наставляемого?'),
      rating('curator_support', 'Насколько полезной была поддержка куратора программы?'),
      rating('own_growth', 'Насколько ощутим ваш собственный профессиональный рост как наставника?'),
      rating('expectations', 'Насколько оправдались Ваши ожидания?'),
      { key: 'helped', type: 'paragraph', title: 'Что помогало вам в работе наставника?', required: false },
      { key: 'hindered', type: 'paragraph', title: 'Что мешало вам в работе наставника?', required: false },
      { key: 'continue', type: 'choice', title: 'Хотели бы вы и дальше быть наставником?', required: false, choices: CONTINUE_CHOICES },
    ],
    scoring: SATISFACTION_SCORING,
  };
}
