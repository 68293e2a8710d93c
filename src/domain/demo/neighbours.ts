/**
 * Two neighbouring schools of the sample school's district, for the municipal demo and tests: «СОШ № 3» has mentors
 * with free places, «Гимназия № 2» has young specialists it could not place. Names, e-mails and codes are invented.
 */
import { PAIR_COLUMNS as P } from '../bank/schema';
import { SETTING } from '../bank/settings';
import type { Cell } from '../bank/table';
import { FORM_EXPERIENCED_YOUNG } from '../matching/forms';
import { MUNICIPAL_SETTING } from '../municipal/settings';
import { C, CAT, K, list, SAMPLE_MENTEE_HEADER, SAMPLE_MENTEES, SAMPLE_MENTOR_HEADER, SAMPLE_MENTORS, SAMPLE_SETTINGS } from './sampleSchool';

export interface SampleSchool {
  settings: Array<[string, Cell]>;
  /** In SAMPLE_MENTOR_HEADER order. */
  mentors: Cell[][];
  /** In SAMPLE_MENTEE_HEADER order. */
  mentees: Cell[][];
  /** In SAMPLE_PAIR_HEADER order. */
  pairs: Cell[][];
}

export const SAMPLE_PAIR_HEADER = [P.code, P.mentorCode, P.mentorName, P.menteeCodes, P.menteeNames, P.form, P.kind, P.compatibility, P.start, P.end, P.status];

export const SAMPLE_SCHOOL: SampleSchool = {
  settings: [...SAMPLE_SETTINGS, [MUNICIPAL_SETTING.schoolCode, '3912000012']],
  mentors: SAMPLE_MENTORS,
  mentees: SAMPLE_MENTEES,
  pairs: [],
};

const settings = (full: string, short: string, code: string, director: string, curator: string, domain: string, phone: string): Array<[string, Cell]> => [
  [SETTING.orgFullName, full],
  [SETTING.orgShortName, short],
  [SETTING.locality, 'г. Светлогорск'],
  [SETTING.directorPosition, 'Директор'],
  [SETTING.directorName, director],
  [SETTING.curatorName, curator],
  [SETTING.curatorPosition, 'Заместитель директора по учебно-воспитательной работе'],
  [SETTING.curatorEmail, `zavuch@${domain}`],
  [SETTING.curatorPhone, phone],
  [MUNICIPAL_SETTING.schoolCode, code],
];

/** A pair at work since `start`, to the end of May. */
const working = (code: string, mentor: [string, string], mentee: [string, string], start: Date): Cell[] =>
  [code, mentor[0], mentor[1], mentee[0], mentee[1], FORM_EXPERIENCED_YOUNG, K.traditional, 80, start, new Date(start.getFullYear() + (start.getMonth() >= 8 ? 1 : 0), 4, 31), 'действует'];

export function neighbourSchools(start: Date): { withMentors: SampleSchool; withMentees: SampleSchool } {
  return {
    withMentors: {
      settings: settings('Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»', 'МБОУ «СОШ № 3»',
        '3912000003', 'Карпов Олег Викторович', 'Лаврова Ирина Олеговна', 'school3.example', '+7 (40153) 2-03-03'),
      mentors: [
        ['НС-001', 'Гаврилова Людмила Петровна', 'ж', 'учитель математики', 'математика', 28, 'высшая', list(C.methods, C.exams, C.lesson, C.parents), list(K.traditional, K.group), 3, 'gavrilova@school3.example', 'да', 'да', 'активен', ''],
        ['НС-002', 'Захаров Михаил Юрьевич', 'м', 'учитель русского языка и литературы', 'русский язык; литература', 25, 'высшая', list(C.subject, C.exams, C.docs, C.classTeacher), list(K.traditional), 2, 'zakharov@school3.example', 'да', 'да', 'активен', ''],
        ['НС-003', 'Миронова Валентина Ивановна', 'ж', 'учитель начальных классов', 'начальные классы', 30, 'высшая', list(C.lesson, C.classTeacher, C.parents), list(K.traditional, K.group), 3, 'mironova@school3.example', 'да', 'да', 'активен', ''],
        ['НС-004', 'Ершов Константин Андреевич', 'м', 'учитель информатики', 'информатика; математика', 11, 'первая', list(C.ict, C.projects, C.docs), list(K.traditional, K.reverse, K.virtual), 2, 'ershov@school3.example', 'да', 'да', 'активен', ''],
      ],
      mentees: [
        ['НП-001', 'Ткаченко Ольга Викторовна', 'ж', 'учитель математики', 'математика', 1, CAT.young, list(C.lesson, C.exams), K.traditional, 'tkachenko@school3.example', 'да', 'активен', ''],
      ],
      pairs: [working('П-001', ['НС-001', 'Гаврилова Людмила Петровна'], ['НП-001', 'Ткаченко Ольга Викторовна'], start)],
    },
    withMentees: {
      settings: settings('Муниципальное казённое общеобразовательное учреждение «Гимназия № 2»', 'МКОУ «Гимназия № 2»',
        '3912000002', 'Белова Татьяна Андреевна', 'Шестакова Алина Романовна', 'gym2.example', '+7 (40153) 2-02-02'),
      mentors: [
        ['НС-001', 'Полякова Нина Сергеевна', 'ж', 'учитель биологии', 'биология', 20, 'высшая', list(C.subject, C.projects), list(K.traditional), 1, 'polyakova@gym2.example', 'да', 'да', 'активен', ''],
      ],
      mentees: [
        ['НП-001', 'Кудрявцева Мария Андреевна', 'ж', 'учитель математики', 'математика', 0, CAT.young, list(C.lesson, C.exams, C.methods), K.traditional, 'kudryavtseva@gym2.example', 'да', 'активен', ''],
        ['НП-002', 'Абрамов Денис Олегович', 'м', 'учитель русского языка и литературы', 'русский язык', 1, CAT.young, list(C.exams, C.docs), K.traditional, 'abramov@gym2.example', 'да', 'активен', ''],
        ['НП-003', 'Фомина Елизавета Игоревна', 'ж', 'учитель начальных классов', 'начальные классы', 0, CAT.young, list(C.parents, C.lesson), K.traditional, 'fomina@gym2.example', 'да', 'активен', ''],
        ['НП-004', 'Руденко Артур Вадимович', 'м', 'учитель информатики', 'информатика', 2, CAT.young, list(C.docs, C.ict), K.traditional, 'rudenko@gym2.example', 'да', 'активен', ''],
        ['НП-005', 'Белоусова Ирина Павловна', 'ж', 'учитель биологии', 'биология', 1, CAT.young, list(C.subject, C.projects), K.traditional, 'belousova@gym2.example', 'да', 'активен', ''],
      ],
      pairs: [working('П-001', ['НС-001', 'Полякова Нина Сергеевна'], ['НП-005', 'Белоусова Ирина Павловна'], start)],
    },
  };
}

export { SAMPLE_MENTEE_HEADER, SAMPLE_MENTOR_HEADER };
