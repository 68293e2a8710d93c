/** Small bank fixtures: mentors, mentees and pairs as bank/people.ts would parse them. */
import type { Mentee, Mentor, Pair } from '../../../src/domain/bank/model';
import { buildRoster, type Roster } from '../../../src/domain/questionnaires/roster';

let row = 1;
const ref = (sheet: string) => ({ sheet, row: ++row, column: 'Код' });

export function mentor(code: string, fullName: string, extra: Partial<Mentor> = {}): Mentor {
  return {
    code, fullName, position: 'учитель', subjects: [], experienceYears: 20, consentPersonalData: true, status: 'активен',
    competences: [], acceptedKinds: [], capacity: 2, consentToMentor: true, ref: ref('Наставники'), problems: [], ...extra,
  };
}

export function mentee(code: string, fullName: string, extra: Partial<Mentee> = {}): Mentee {
  return {
    code, fullName, position: 'учитель', subjects: [], experienceYears: 1, consentPersonalData: true, status: 'активен',
    category: 'молодой специалист (стаж 0–3 года)', deficits: [], ref: ref('Наставляемые'), problems: [], ...extra,
  };
}

export function pair(code: string, mentorCode: string, menteeCodes: string[], status = 'действует', extra: Partial<Pair> = {}): Pair {
  return {
    code, mentorCode, mentorName: mentorCode, menteeCodes, menteeNames: menteeCodes, form: '', kind: '', reasons: '',
    status, ref: ref('Пары'), ...extra,
  };
}

/** Two mentors, four mentees, three working pairs (П-2 is a group of two) and one proposed pair. */
export function sampleRoster(): Roster {
  return buildRoster(
    [mentor('НС-1', 'Петрова Анна Ивановна'), mentor('НС-2', 'Сидоров Игорь Олегович'), mentor('НС-3', 'Орлова Вера Павловна')],
    [
      mentee('НЯ-1', 'Иванов Пётр Сергеевич'), mentee('НЯ-2', 'Кузнецова Мария Андреевна'),
      mentee('НЯ-3', 'Смирнов Олег Игоревич'), mentee('НЯ-4', 'Волкова Дарья Петровна'),
    ],
    [
      pair('П-1', 'НС-1', ['НЯ-1']),
      pair('П-2', 'НС-2', ['НЯ-2', 'НЯ-3']),
      pair('П-3', 'НС-3', ['НЯ-4'], 'завершена'),
      pair('П-4', 'НС-1', ['НЯ-4'], 'предложена'),
    ],
  );
}
