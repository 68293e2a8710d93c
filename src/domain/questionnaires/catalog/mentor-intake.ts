/** Анкета потенциального наставника (seeds 000/002/003: «анкетирование среди потенциальных наставников»). */
import type { Questionnaire } from '../model';
import { MENTOR_COLUMNS as M } from '../../bank/schema';
import { type CatalogVocabularies, emailItem, participantCodeItem, personalDataConsentItem, personalDetailItems, YES_NO } from './common-items';

export const MENTOR_INTAKE_ID = 'mentor-intake';

export function mentorIntake(vocabularies: CatalogVocabularies, organisation = ''): Questionnaire {
  return {
    id: MENTOR_INTAKE_ID,
    title: 'Анкета потенциального наставника',
    shortTitle: 'Анкета наставника',
    responseSheet: 'Ответы — анкета наставника',
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
        bank: { column: M.qualification, as: 'text' },
      },
      {
        key: 'competences', type: 'checkbox', title: 'В каких вопросах вы готовы помогать коллегам?', required: true,
        help: 'Отметьте всё, в чём у вас есть успешный опыт.',
        choices: vocabularies.competences.map((label) => ({ label })),
        bank: { column: M.competences, as: 'list' },
      },
      {
        key: 'accepted_kinds', type: 'checkbox', title: 'Какие виды наставничества вам подходят?', required: false,
        choices: vocabularies.kinds.map((label) => ({ label })),
        bank: { column: M.forms, as: 'list' },
      },
      {
        key: 'capacity', type: 'choice', title: 'Скольких наставляемых вы готовы сопровождать одновременно?', required: true,
        choices: ['1', '2', '3', '4', '5'].map((label) => ({ label })),
        bank: { column: M.capacity, as: 'number' },
      },
      emailItem(),
      personalDataConsentItem(organisation),
      {
        key: 'consent_to_mentor', type: 'choice', title: 'Готовы ли вы стать наставником в этом учебном году?', required: true,
        choices: YES_NO,
        bank: { column: M.consentMentor, as: 'value' },
      },
      {
        key: 'note', type: 'paragraph', title: 'Что ещё вы хотели бы сообщить куратору?', required: false,
        bank: { column: M.note, as: 'text' },
      },
    ],
  };
}
