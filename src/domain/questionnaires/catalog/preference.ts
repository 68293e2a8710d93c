/**
 * Предпочтения после групповой встречи (seed 002, item 5: «анкетирование на предмет предпочитаемого
 * наставника/наставляемого после завершения групповой встречи»). The choices are the people of the other bank, so the
 * questionnaire is built from the bank; a choice's value is the person's code.
 */
import type { Choice, Item, Questionnaire } from '../model';
import { participantCodeItem } from './common-items';

export const MENTEE_PREFERENCE_ID = 'mentee-preference';
export const MENTOR_PREFERENCE_ID = 'mentor-preference';

/** Somebody one may name as preferred: an active person of the other bank. */
export interface Candidate {
  code: string;
  fullName: string;
}

/** «ФИО (код)»: the code keeps namesakes apart and lets an answer be read back after the bank changed. */
export function candidateLabel(candidate: Candidate): string {
  return `${candidate.fullName} (${candidate.code})`;
}

export const PREFERENCE_RANKS = ['Первый выбор', 'Второй выбор', 'Третий выбор'] as const;

function rankItems(candidates: Candidate[], whom: string): Item[] {
  const choices: Choice[] = candidates.map((candidate) => ({ label: candidateLabel(candidate), value: candidate.code }));
  return PREFERENCE_RANKS.map((rank, index) => ({
    key: `choice_${index + 1}`,
    type: 'list' as const,
    title: `${rank}: ${whom}`,
    help: index === 0 ? 'Выберите того, с кем вам было бы интереснее всего работать.' : 'Необязательно.',
    required: index === 0,
    choices,
  }));
}

export function menteePreference(mentors: Candidate[]): Questionnaire {
  return {
    id: MENTEE_PREFERENCE_ID,
    title: 'С кем из наставников вы хотели бы работать?',
    shortTitle: 'Предпочтения наставляемого',
    responseSheet: 'Ответы — выбор наставляемых',
    description: 'Вы познакомились с наставниками на общей встрече. Назовите до трёх наставников в порядке '
      + 'предпочтения: куратор учтёт ваш выбор при формировании пар.',
    audience: ['наставляемый'],
    stage: 'входная',
    kind: 'preference',
    items: [participantCodeItem(true), ...rankItems(mentors, 'наставник')],
  };
}

export function mentorPreference(mentees: Candidate[]): Questionnaire {
  return {
    id: MENTOR_PREFERENCE_ID,
    title: 'С кем из наставляемых вы хотели бы работать?',
    shortTitle: 'Предпочтения наставника',
    responseSheet: 'Ответы — выбор наставников',
    description: 'Вы познакомились с наставляемыми на общей встрече. Назовите до трёх коллег в порядке '
      + 'предпочтения: куратор учтёт ваш выбор при формировании пар.',
    audience: ['наставник'],
    stage: 'входная',
    kind: 'preference',
    items: [participantCodeItem(true), ...rankItems(mentees, 'наставляемый')],
  };
}

/**
 * Why a preference questionnaire cannot be built yet: the bank has nobody to choose (a form's list needs choices), as
 * on a bank just set up. Said so, instead of the catalog check's «у вопроса … нет вариантов ответа» three times.
 */
export function preferenceWaitsFor(questionnaire: Questionnaire): string | undefined {
  if (questionnaire.kind !== 'preference') return undefined;
  if (!questionnaire.items.some((item) => item.type === 'list' && (item.choices ?? []).length === 0)) return undefined;
  const whom = questionnaire.id === MENTEE_PREFERENCE_ID ? 'наставников' : 'наставляемых';
  return `в банке пока нет ${whom}, которых можно выбрать (с кодом, согласием на обработку ПДн и статусом «активен»): `
    + 'анкета будет создана, когда они появятся и вы снова выберете «Создать анкеты».';
}
