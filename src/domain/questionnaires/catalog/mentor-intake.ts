/** Анкета потенциального наставника (seeds 000/002/003: «анкетирование среди потенциальных наставников»). */
import type { Questionnaire } from '../model';
import type { Vocabularies } from '../vocabulary';
import { emailItem, participantCodeItem, personalDataConsentItem, personalDetailItems, YES_NO } from './common-items';

export const MENTOR_INTAKE_ID = 'mentor-intake';

export function mentorIntake(vocabularies: Vocabularies): Questionnaire {
  return {
    id: MENTOR_INTAKE_ID,
    title: 'Анкета потенциального наставника',
    shortTitle: 'Анкета наставника',
    description: 'Уважаемый коллега! Эта анкета помогает сформировать базу наставников нашей образовательной организации '
      + 'и подобрать вам наставляемого, чьи запросы соответствуют вашему опыту. Заполнение займёт около 5 минут.',
    audience: ['наставник'],
    stage: 'входная',
    kind: 'mentor-intake',
    items: [
      participantCodeItem(false),
      ...personalDetailItems(),
      {
        key: 'qualification', type: 'choice', title: 'Квалификационная категория', required: false,
        choices: vocabularies.qualifications.map((label) => ({ label })),
        bank: { column: 'Квалификационная категория', as: 'text' },
      },
      {
        key: 'competences', type: 'checkbox', title: 'В каких вопросах вы готовы помогать коллегам?', required: true,
        help: 'Отметьте всё, в чём у вас есть успешный опыт.',
        choices: vocabularies.competences.map((label) => ({ label })),
        bank: { column: 'Компетенции', as: 'list' },
      },
      {
        key: 'accepted_forms', type: 'checkbox', title: 'Какие формы наставничества вам подходят?', required: false,
        choices: [...vocabularies.interactionForms, ...vocabularies.kinds].map((label) => ({ label })),
        bank: { column: 'Формы наставничества', as: 'list' },
      },
      {
        key: 'capacity', type: 'choice', title: 'Скольких наставляемых вы готовы сопровождать одновременно?', required: true,
        choices: ['1', '2', '3', '4', '5'].map((label) => ({ label })),
        bank: { column: 'Макс. наставляемых', as: 'number' },
      },
      emailItem(),
      personalDataConsentItem(),
      {
        key: 'consent_to_mentor', type: 'choice', title: 'Готовы ли вы стать наставником в этом учебном году?', required: true,
        choices: YES_NO,
        bank: { column: 'Согласие быть наставником', as: 'value' },
      },
      {
        key: 'note', type: 'paragraph', title: 'Что ещё вы хотели бы сообщить куратору?', required: false,
        bank: { column: 'Примечание', as: 'text' },
      },
    ],
  };
}
