/**
 * A realistic sample school for the demo and the tests: 14 mentors and 30 mentees with Russian names, several
 * subjects, categories and deficits, and a few rows with the mistakes «Проверить банк» is there to catch.
 * Names, e-mails and the school are invented.
 */
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M } from '../bank/schema';
import { SETTING } from '../bank/settings';
import type { Cell } from '../bank/table';

export const C = {
  docs: 'нормативная база и документация (ФГОС, рабочие программы)',
  subject: 'предметное содержание',
  methods: 'методика преподавания и образовательные технологии',
  lesson: 'организация урока и управление классом',
  classTeacher: 'классное руководство и воспитательная работа',
  parents: 'взаимодействие с родителями',
  colleagues: 'взаимодействие с коллегами и администрацией',
  ict: 'цифровые инструменты и ИКТ',
  exams: 'оценивание и подготовка к ГИА',
  inclusion: 'работа с детьми с ОВЗ (инклюзия)',
  projects: 'проектная и исследовательская деятельность, одарённые дети',
  burnout: 'профессиональное выгорание, психоэмоциональная поддержка',
  adaptation: 'адаптация в коллективе, уклад организации',
  attestation: 'аттестация и конкурсы профессионального мастерства',
};

export const K = {
  traditional: 'традиционное («один на один»)',
  group: 'групповое',
  virtual: 'виртуальное (дистанционное)',
  short: 'краткосрочное (целеполагающее)',
  reverse: 'реверсивное',
  situational: 'ситуационное',
};

export const CAT = {
  young: 'молодой специалист (стаж 0–3 года)',
  newcomer: 'новый сотрудник в адаптации',
  burnout: 'эмоциональное выгорание',
  digital: 'освоение цифровых навыков',
  other: 'иное',
};

export const list = (...items: string[]): string => items.join('; ');

export const SAMPLE_SETTINGS: Array<[string, Cell]> = [
  [SETTING.orgFullName, 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12 имени А. С. Пушкина»'],
  [SETTING.orgShortName, 'МБОУ «СОШ № 12 им. А. С. Пушкина»'],
  [SETTING.locality, 'г. Светлогорск'],
  [SETTING.directorPosition, 'Директор'],
  [SETTING.directorName, 'Соколова Ирина Викторовна'],
  [SETTING.directorEmail, 'director@school12.example'],
  [SETTING.curatorName, 'Орлова Наталья Петровна'],
  [SETTING.curatorPosition, 'Заместитель директора по учебно-воспитательной работе'],
  [SETTING.curatorEmail, 'orlova@school12.example'],
  [SETTING.curatorPhone, '+7 (40153) 2-12-12'],
  [SETTING.regulationOrder, '№ 214/1 от 30.08.2024'],
  [SETTING.mentorPay, '3000 руб.'],
  [SETTING.mentorPayBasis, 'за каждого наставляемого в месяц'],
];

export const SAMPLE_MENTOR_HEADER = [M.code, M.fullName, M.gender, M.position, M.subjects, M.experience, M.qualification, M.competences, M.forms, M.capacity, M.email, M.consentData, M.consentMentor, M.status, M.note];

// Код, ФИО, Пол, Должность, Предметы, Стаж, Категория, Компетенции, Виды, Макс., Email, ПДн, Согласие, Статус, Примечание
export const SAMPLE_MENTORS: Cell[][] = [
  ['НС-001', 'Кузнецова Елена Викторовна', 'ж', 'учитель математики', 'математика', 24, 'высшая', list(C.methods, C.exams, C.lesson, C.attestation), list(K.traditional, K.group), 2, 'kuznetsova@school12.example', 'да', 'да', 'активен', 'руководитель ШМО математиков'],
  ['НС-002', 'Смирнов Андрей Николаевич', 'м', 'учитель информатики', 'информатика; математика', 9, 'первая', list(C.ict, C.projects, C.methods), list(K.reverse, K.virtual, K.traditional), 3, 'smirnov@school12.example', 'да', 'да', 'активен', ''],
  ['НС-003', 'Волкова Татьяна Сергеевна', 'ж', 'учитель русского языка и литературы', 'русский язык; литература', 31, 'высшая', list(C.subject, C.exams, C.docs, C.classTeacher), list(K.traditional), 2, 'volkova@school12.example', 'да', 'да', 'активен', ''],
  ['НС-004', 'Морозова Ольга Ивановна', 'ж', 'педагог-психолог', '', 18, 'высшая', list(C.burnout, C.parents, C.inclusion, C.adaptation), list(K.traditional, K.group, K.situational), 3, 'morozova@school12.example', 'да', 'да', 'активен', 'лидер педагогического сообщества'],
  ['НС-005', 'Лебедев Сергей Петрович', 'м', 'учитель физики', 'физика; астрономия', 27, 'высшая', list(C.subject, C.projects, C.exams), list(K.traditional, K.short), 1, 'lebedev@school12.example', 'да', 'да', 'активен', ''],
  ['НС-006', 'Новикова Марина Александровна', 'ж', 'учитель начальных классов', 'начальные классы', 22, 'высшая', list(C.lesson, C.classTeacher, C.parents, C.methods), list(K.traditional, K.group), 3, 'novikova@school12.example', 'да', 'да', 'активен', ''],
  ['НС-007', 'Федоров Дмитрий Олегович', 'м', 'учитель истории и обществознания', 'история; обществознание', 15, 'первая', list(C.subject, C.projects, C.colleagues), list(K.traditional, K.virtual), 2, 'fedorov@school12.example', 'да', 'да', 'активен', ''],
  ['НС-008', 'Павлова Светлана Юрьевна', 'ж', 'учитель английского языка', 'английский язык', 12, 'первая', list(C.ict, C.methods, C.exams), list(K.traditional, K.virtual, K.reverse), 2, 'pavlova@school12.example', 'да', 'да', 'активен', ''],
  ['НС-009', 'Семёнов Игорь Валентинович', 'м', 'учитель химии', 'химия; биология', 'двенадцать', 'высшая', list(C.subject, C.exams), list(K.traditional), 1, 'semenov@school12.example', 'да', 'да', 'активен', 'стаж указан словами — ошибка для проверки'],
  ['НС-010', 'Егорова Наталья Владимировна', 'ж', 'учитель начальных классов', 'начальные классы', 35, 'высшая', list(C.classTeacher, C.parents, C.adaptation), list(K.traditional), 0, 'egorova@school12.example', 'да', 'да', 'активен', 'вместимость 0 — ошибка для проверки'],
  ['НС-011', 'Козлов Виктор Михайлович', 'м', 'учитель физической культуры', 'физическая культура', 20, 'первая', list(C.lesson, C.classTeacher), list(K.traditional), 1, '', 'да', 'нет', 'активен', 'не дал согласия быть наставником'],
  ['НС-012', 'Борисова Алла Геннадьевна', 'ж', 'учитель биологии', 'биология; химия', 16, 'первая', list(C.subject, C.projects, C.inclusion), list(K.traditional, K.group), 2, 'borisova@school12.example', 'да', 'да', 'активен', ''],
  ['НС-013', 'Тихонова Ирина Львовна', 'ж', 'учитель-дефектолог', '', 19, 'высшая', list(C.inclusion, C.parents, C.burnout), list(K.traditional, K.situational), 2, 'tikhonova@school12.example', 'да', 'да', 'активен', ''],
  ['', 'Григорьев Павел Андреевич', 'м', 'учитель технологии', 'технология; информатика', 6, 'первая', list(C.ict, C.projects), list(K.reverse, K.traditional), 2, 'grigoriev@school12.example', 'да', 'да', 'активен', 'новая строка без кода: код присвоит «Настроить банк»'],
];

export const SAMPLE_MENTEE_HEADER = [E.code, E.fullName, E.gender, E.position, E.subjects, E.experience, E.category, E.deficits, E.preferredForm, E.email, E.consentData, E.status, E.note];

// Код, ФИО, Пол, Должность, Предметы, Стаж, Категория, Дефициты, Вид, Email, ПДн, Статус, Примечание
export const SAMPLE_MENTEES: Cell[][] = [
  ['НП-001', 'Иванова Анна Сергеевна', 'ж', 'учитель математики', 'математика', 1, CAT.young, list(C.lesson, C.exams, C.parents), K.traditional, 'ivanova@school12.example', 'да', 'активен', ''],
  ['НП-002', 'Петров Максим Игоревич', 'м', 'учитель информатики', 'информатика', 0, CAT.young, list(C.docs, C.lesson), K.traditional, 'petrov@school12.example', 'да', 'активен', ''],
  ['НП-003', 'Сидорова Дарья Алексеевна', 'ж', 'учитель русского языка и литературы', 'русский язык; литература', 2, CAT.young, list(C.exams, C.docs, C.classTeacher), K.traditional, 'sidorova@school12.example', 'да', 'активен', ''],
  ['НП-004', 'Ковалёва Юлия Романовна', 'ж', 'учитель начальных классов', 'начальные классы', 1, CAT.young, list(C.parents, C.lesson, C.classTeacher), K.group, 'kovaleva@school12.example', 'да', 'активен', ''],
  ['НП-005', 'Зайцев Артём Денисович', 'м', 'учитель физики', 'физика', 0, CAT.young, list(C.subject, C.methods, C.lesson), K.traditional, 'zaitsev@school12.example', 'да', 'активен', ''],
  ['НП-006', 'Соловьёва Ксения Андреевна', 'ж', 'учитель английского языка', 'английский язык', 2, CAT.young, list(C.methods, C.exams), K.virtual, 'solovieva@school12.example', 'да', 'активен', ''],
  ['НП-007', 'Васильева Галина Петровна', 'ж', 'учитель географии', 'география', 29, CAT.digital, list(C.ict), K.reverse, 'vasilieva@school12.example', 'да', 'активен', ''],
  ['НП-008', 'Николаев Олег Степанович', 'м', 'учитель истории и обществознания', 'история; обществознание', 33, CAT.digital, list(C.ict, C.projects), K.reverse, 'nikolaev@school12.example', 'да', 'активен', ''],
  ['НП-009', 'Орлова Вера Николаевна', 'ж', 'учитель русского языка и литературы', 'русский язык', 21, CAT.burnout, list(C.burnout, C.colleagues), K.traditional, 'orlova.v@school12.example', 'да', 'активен', ''],
  ['НП-010', 'Андреева Людмила Викторовна', 'ж', 'учитель начальных классов', 'начальные классы', 17, CAT.burnout, list(C.burnout, C.parents), K.situational, 'andreeva@school12.example', 'да', 'активен', ''],
  ['НП-011', 'Макаров Роман Евгеньевич', 'м', 'учитель химии', 'химия', 4, CAT.newcomer, list(C.adaptation, C.docs, C.exams), K.traditional, 'makarov@school12.example', 'да', 'активен', 'перешёл из другой школы'],
  ['НП-012', 'Алексеева Екатерина Дмитриевна', 'ж', 'учитель биологии', 'биология', 1, CAT.young, list(C.projects, C.lesson, C.inclusion), K.traditional, 'alekseeva@school12.example', 'да', 'активен', ''],
  ['НП-013', 'Степанова Полина Олеговна', 'ж', 'учитель-логопед', '', 0, CAT.young, list(C.inclusion, C.parents, C.docs), K.traditional, 'stepanova@school12.example', 'да', 'активен', ''],
  ['НП-014', 'Яковлев Никита Сергеевич', 'м', 'учитель физической культуры', 'физическая культура', 1, CAT.young, list(C.lesson, C.classTeacher), K.traditional, 'yakovlev@school12.example', 'да', 'активен', ''],
  ['НП-015', 'Романова Алина Владимировна', 'ж', 'учитель математики', 'математика', 3, CAT.young, list(C.exams, C.methods), K.group, 'romanova@school12.example', 'да', 'активен', ''],
  ['НП-016', 'Гусева Тамара Ивановна', 'ж', 'учитель технологии', 'технология', 26, CAT.digital, list(C.ict, C.docs), K.reverse, 'guseva@school12.example', 'да', 'активен', ''],
  ['НП-017', 'Белов Кирилл Андреевич', 'м', 'учитель истории и обществознания', 'история', 2, CAT.young, list(C.subject, C.projects, C.parents), K.traditional, 'belov@school12.example', 'да', 'активен', ''],
  ['НП-018', 'Комарова Софья Максимовна', 'ж', 'учитель начальных классов', 'начальные классы', 0, CAT.young, list(C.lesson, C.parents), K.group, 'komarova@school12.example', 'да', 'активен', ''],
  ['НП-019', 'Киселёва Ольга Анатольевна', 'ж', 'учитель английского языка', 'английский язык', 6, CAT.newcomer, list(C.adaptation, C.ict), K.traditional, 'kiseleva@school12.example', 'да', 'активен', ''],
  ['НП-020', 'Фролова Мария Геннадьевна', 'ж', 'педагог дополнительного образования', '', 14, CAT.burnout, list(C.burnout), K.situational, 'frolova@school12.example', 'да', 'активен', ''],
  ['НП-021', 'Давыдов Антон Павлович', 'м', 'учитель математики', 'математика; информатика', 2, CAT.young, list(C.ict, C.exams, C.lesson), K.traditional, 'davydov@school12.example', 'да', 'активен', ''],
  ['НП-022', 'Жукова Евгения Олеговна', 'ж', 'учитель русского языка и литературы', 'литература', 1, CAT.young, list(C.classTeacher, C.parents), K.traditional, 'zhukova@school12.example', 'да', 'активен', ''],
  ['НП-023', 'Сергеева Лариса Юрьевна', 'ж', 'учитель музыки', 'музыка', 24, CAT.digital, list(C.ict), K.virtual, 'sergeeva@school12.example', 'да', 'активен', ''],
  ['НП-024', 'Медведев Илья Ильич', 'м', 'учитель ОБЗР', 'основы безопасности и защиты Родины', 0, CAT.young, list(C.docs, C.lesson), K.traditional, 'medvedev@school12.example', 'да', 'активен', ''],
  ['НП-025', 'Осадчая Нинель Витальевна', 'ж', 'учитель физики', 'физика; математика', 2, CAT.young, list(C.subject, C.exams), K.traditional, 'osadchaya@school12.example', 'да', 'активен', ''],
  ['НП-026', 'Швец Любовь Андреевна', 'ж', 'учитель изобразительного искусства', 'изобразительное искусство', 8, 'стажёр', list(C.methods), K.traditional, 'shvets@school12.example', 'да', 'активен', 'категории «стажёр» нет в справочнике — ошибка для проверки'],
  ['НП-027', 'Коломиец Виктор Богданович', 'м', 'учитель географии', 'география', 1, CAT.young, list(C.lesson, C.docs), K.traditional, 'kolomiets@school12', 'да', 'активен', 'адрес почты без домена — ошибка для проверки'],
  ['НП-028', 'Мамедов Эльчин Рашид оглы', 'м', 'учитель информатики', 'информатика', 0, CAT.young, list(C.docs, C.parents), K.traditional, 'mamedov@school12.example', 'нет', 'активен', 'нет согласия на обработку ПДн'],
  ['НП-029', 'Иванова Анна Сергеевна', 'ж', 'учитель начальных классов', 'начальные классы', 0, CAT.young, list(C.lesson), K.group, 'ivanova2@school12.example', 'да', 'активен', 'однофамилица из НП-001'],
  ['', 'Гогия Нино Зурабовна', 'ж', 'учитель химии', 'химия', 1, CAT.young, list(C.subject, C.exams, C.projects), K.traditional, 'gogia@school12.example', 'да', 'активен', '=HYPERLINK("https://example.org";"портфолио")'],
];
