/**
 * The demo's last word: teachers hired after the year's pairing, whom the curator enters into «Наставляемые» (without
 * codes: «Настроить банк» gives them) and who wait for a pair. Their needs are what some mentor with free places
 * covers, so «Подбор пар» in the app has real work for whoever opens it after the demo.
 */
import { appendPlan, type AppendPlan } from '../bank/append';
import { MENTEE_COLUMNS as E } from '../bank/schema';
import type { Table } from '../bank/table';
import { formatDateNumeric } from '../language/dates';
import { CAT, C, K, SAMPLE_MENTEE_HEADER, list } from './sampleSchool';

// Код, ФИО, Пол, Должность, Предметы, Стаж, Категория, Дефициты, Вид, Email, ПДн, Статус, Примечание (the code comes from setup)
const NEW_TEACHERS = [
  ['', 'Лаптева Дарья Игоревна', 'ж', 'учитель математики', 'математика', 0, CAT.young, list(C.lesson, C.exams, C.methods), K.traditional, 'lapteva@school12.example', 'да', 'активен'],
  ['', 'Тарасов Денис Викторович', 'м', 'учитель физики', 'физика', 0, CAT.young, list(C.subject, C.projects), K.traditional, 'tarasov@school12.example', 'да', 'активен'],
  ['', 'Полякова Марина Сергеевна', 'ж', 'учитель английского языка', 'английский язык', 7, CAT.newcomer, list(C.adaptation, C.ict), K.traditional, 'polyakova@school12.example', 'да', 'активен'],
] as const;

export const NEW_TEACHER_NAMES: readonly string[] = NEW_TEACHERS.map((row) => row[1]);

/** The rows under «Наставляемые», each value under its header wherever the curator moved it. */
export function newTeachersPlan(mentees: Pick<Table, 'sheet' | 'header' | 'rows'>, hired: Date): AppendPlan {
  return appendPlan(mentees, NEW_TEACHERS.map((row) => {
    const record: Record<string, string | number> = {};
    row.forEach((value, column) => {
      record[SAMPLE_MENTEE_HEADER[column]] = value;
    });
    record[E.note] = `${row[2] === 'ж' ? 'принята' : 'принят'} на работу ${formatDateNumeric(hired)}`;
    return record;
  }));
}
