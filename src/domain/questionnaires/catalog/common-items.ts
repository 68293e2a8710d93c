/** Items several questionnaires share, written once so their wording and bank mapping cannot drift apart. */
import { MENTEE_COLUMNS, MENTOR_COLUMNS } from '../../bank/schema';
import type { VocabularyKey } from '../../bank/vocabulary';
import type { Choice, Item } from '../model';

/** The lists of «Справочники» questionnaires offer as choices (the curator edits them, so they are an input). */
export type CatalogVocabularies = Readonly<Record<Extract<VocabularyKey, 'competences' | 'kinds' | 'menteeCategories' | 'qualifications'>, readonly string[]>>;

/** Columns both banks share, under the same headers. */
type SharedColumns = Pick<typeof MENTOR_COLUMNS & typeof MENTEE_COLUMNS, 'fullName' | 'gender' | 'position' | 'subjects' | 'experience' | 'email' | 'consentData' | 'note'>;
const SHARED: SharedColumns = MENTOR_COLUMNS;

export const PARTICIPANT_CODE_TITLE = 'Код участника';
export const PAIR_CODE_TITLE = 'Код пары';

/** The respondent's code, filled in by the personal link. Intake forms go out before a code exists: optional there. */
export function participantCodeItem(required: boolean): Item {
  return {
    key: 'participant_code',
    type: 'text',
    title: PARTICIPANT_CODE_TITLE,
    help: required
      ? 'Заполняется автоматически по вашей личной ссылке, вместе с проверочным числом. Пожалуйста, не изменяйте его: '
      + 'по коду куратор узнаёт, чьи это ответы.'
      : 'Если вы открыли анкету по личной ссылке, код уже заполнен. Если поле пустое, оставьте его пустым: код присвоит куратор.',
    required,
    code: 'participant',
  };
}

/** The pair being assessed (the rubric is filled per pair by the curator or an expert). */
export function pairCodeItem(): Item {
  return {
    key: 'pair_code',
    type: 'text',
    title: PAIR_CODE_TITLE,
    help: 'Заполняется автоматически по ссылке для этой пары (код из листа «Пары») вместе с проверочным числом. '
      + 'Пожалуйста, не изменяйте его.',
    required: true,
    code: 'pair',
  };
}

export const YES_NO: Choice[] = [
  { label: 'Да', value: 'да' },
  { label: 'Нет', value: 'нет' },
];

/** Personal details both intake questionnaires collect, mapped to the columns both banks share. */
export function personalDetailItems(): Item[] {
  return [
    { key: 'full_name', type: 'text', title: 'Фамилия, имя, отчество', required: true, bank: { column: SHARED.fullName, as: 'text' } },
    {
      key: 'gender', type: 'choice', title: 'Пол', required: false,
      help: 'Нужен, чтобы правильно склонять ваше имя в приказах.',
      choices: [{ label: 'Мужской', value: 'м' }, { label: 'Женский', value: 'ж' }],
      bank: { column: SHARED.gender, as: 'value' },
    },
    { key: 'position', type: 'text', title: 'Должность', required: true, bank: { column: SHARED.position, as: 'text' } },
    {
      key: 'subjects', type: 'text', title: 'Преподаваемые предметы', required: false,
      help: 'Через точку с запятой, например: математика; информатика.',
      bank: { column: SHARED.subjects, as: 'text' },
    },
    {
      key: 'experience', type: 'text', title: 'Педагогический стаж (полных лет)', required: true,
      format: { kind: 'number', min: 0, max: 70 },
      bank: { column: SHARED.experience, as: 'number' },
    },
  ];
}

export function emailItem(): Item {
  return {
    key: 'email', type: 'text', title: 'Электронная почта', required: false,
    help: 'На этот адрес придут ссылки на следующие анкеты.',
    format: { kind: 'email' },
    bank: { column: SHARED.email, as: 'text' },
  };
}

/**
 * Consent under 152-ФЗ (ст. 9) must be specific, informed and unambiguous: the help says who processes what, what
 * for, and how to withdraw. The title stays as it was: it is the column of the responses already collected.
 */
export function personalDataConsentItem(organisation = ''): Item {
  const operator = organisation.trim() || 'наша образовательная организация';
  return {
    key: 'consent_personal_data', type: 'choice', required: true,
    title: 'Согласны ли вы на обработку ваших персональных данных для организации наставничества в образовательной организации?',
    help: `Ответив «Да», вы даёте согласие: ${operator} обрабатывает сведения из этой анкеты (ФИО, пол, должность, `
      + 'предметы, стаж, адрес электронной почты, ответы на вопросы) и ответы на следующие анкеты программы, чтобы '
      + 'подобрать вам наставническую пару, подготовить приказы, присылать анкеты и подводить итоги программы. '
      + 'Сведения собираются, хранятся, уточняются, используются и удаляются куратором программы. Согласие действует '
      + 'до окончания вашего участия в программе; отозвать его можно в любой момент, написав куратору. '
      + 'Без согласия куратор не сможет включить вас в наставническую пару и присылать вам анкеты.',
    choices: YES_NO,
    bank: { column: SHARED.consentData, as: 'value' },
  };
}
