/** Анкета-запрос наставляемого (seed 001: «сбор предварительных запросов от потенциальных наставляемых»). */
import type { Questionnaire } from '../model';
import { MENTEE_COLUMNS as E } from '../../bank/schema';
import { type CatalogVocabularies, emailItem, participantCodeItem, personalDataConsentItem, personalDetailItems } from './common-items';

export const MENTEE_REQUEST_ID = 'mentee-request';

export function menteeRequest(vocabularies: CatalogVocabularies, organisation = ''): Questionnaire {
  return {
    id: MENTEE_REQUEST_ID,
    title: 'Анкета-запрос наставляемого',
    shortTitle: 'Запрос наставляемого',
    responseSheet: 'Ответы — запрос наставляемого',
    description: 'Уважаемый коллега! Расскажите, в чём вам нужна поддержка: по вашим ответам куратор подберёт '
      + 'наставника, опыт которого отвечает вашим запросам. Заполнение займёт около 5 минут.',
    audience: ['наставляемый'],
    stage: 'входная',
    kind: 'mentee-intake',
    items: [
      participantCodeItem(false),
      ...personalDetailItems(),
      {
        key: 'category', type: 'choice', title: 'Что лучше всего описывает вашу ситуацию?', required: true,
        choices: vocabularies.menteeCategories.map((label) => ({ label })),
        bank: { column: E.category, as: 'text' },
      },
      {
        key: 'deficits', type: 'checkbox', title: 'В каких вопросах вам нужна поддержка наставника?', required: true,
        help: 'Отметьте всё, что для вас сейчас актуально.',
        choices: vocabularies.competences.map((label) => ({ label })),
        bank: { column: E.deficits, as: 'list' },
      },
      {
        key: 'preferred_kind', type: 'choice', title: 'Какой вид наставничества вам удобнее?', required: false,
        choices: vocabularies.kinds.map((label) => ({ label })),
        bank: { column: E.preferredForm, as: 'text' },
      },
      emailItem(),
      personalDataConsentItem(organisation),
      {
        key: 'note', type: 'paragraph', title: 'Опишите ваш запрос своими словами', required: false,
        help: 'Например: «трудно удерживать дисциплину в 7 классе», «хочу научиться вести электронный журнал».',
        bank: { column: E.note, as: 'text' },
      },
    ],
  };
}
