/** Bank people for matching tests: sensible, active, consenting defaults; override what the test is about. */
import type { Mentee, Mentor, Pair, Preference } from '../../../src/domain/bank/model';
import type { MatchingBank } from '../../../src/domain/matching/context';

let row = 1;

export function mentor(code: string, over: Partial<Mentor> = {}): Mentor {
  row++;
  return {
    code,
    fullName: 'Иванов Иван Иванович',
    position: 'учитель',
    subjects: [],
    experienceYears: 20,
    consentPersonalData: true,
    status: 'активен',
    competences: [],
    acceptedKinds: [],
    capacity: 1,
    consentToMentor: true,
    ref: { sheet: 'Наставники', row, column: 'ФИО' },
    problems: [],
    ...over,
  };
}

export function mentee(code: string, over: Partial<Mentee> = {}): Mentee {
  row++;
  return {
    code,
    fullName: 'Петрова Анна Сергеевна',
    position: 'учитель',
    subjects: [],
    experienceYears: 1,
    consentPersonalData: true,
    status: 'активен',
    category: 'молодой специалист (стаж 0–3 года)',
    deficits: [],
    ref: { sheet: 'Наставляемые', row, column: 'ФИО' },
    problems: [],
    ...over,
  };
}

export function pair(code: string, mentorCode: string, menteeCodes: string[], status = 'действует'): Pair {
  return {
    code,
    mentorCode,
    mentorName: '',
    menteeCodes,
    menteeNames: [],
    form: '',
    kind: '',
    reasons: '',
    status,
    ref: { sheet: 'Пары', row: 2, column: 'Код пары' },
  };
}

export function bank(over: Partial<MatchingBank> = {}): MatchingBank {
  return { mentors: [], mentees: [], pairs: [], preferences: [] as Preference[], ...over };
}
