import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { CODE_PLACEHOLDER, codeCheck, personalLink } from '../../../src/domain/questionnaires/links';
import {
  invitationLetter, invitationsDue, isEmail, type MailRecord, notAnswered, politeName, remindersDue, reminderLetter, splitByQuota,
} from '../../../src/domain/questionnaires/mailing';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { buildRoster } from '../../../src/domain/questionnaires/roster';
import { mentee, mentor, pair } from '../helpers/bank';

const catalog = buildCatalog({ mentors: [{ code: 'НС-1', fullName: 'Петрова Анна Ивановна' }] });
const get = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;

const mentors = [
  mentor('НС-1', 'Петрова Анна Ивановна', { email: 'petrova@school.ru' }),
  mentor('НС-2', 'Сидоров Игорь Олегович', { email: 'sidorov@school.ru', consentPersonalData: false }),
  mentor('НС-3', 'Орлова Вера Павловна', { email: '' }),
];
const mentees = [
  mentee('НЯ-1', 'Иванов Пётр Сергеевич', { email: ' ivanov@school.ru ' }),
  mentee('НЯ-2', 'Кузнецова Мария Андреевна', { email: 'kuznetsova@school.ru', status: 'выбыл' }),
  mentee('НЯ-3', 'Смирнов Олег Игоревич', { email: 'smirnov@school.ru' }),
  mentee('НЯ-4', 'Волкова Дарья Петровна', { email: 'volkova@school' }),
];
const roster = buildRoster(mentors, mentees, [pair('П-1', 'НС-1', ['НЯ-1', 'НЯ-2']), pair('П-2', 'НС-2', ['НЯ-4']), pair('П-3', 'НС-3', ['НЯ-3'], 'предложена')]);
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));

describe('who is invited', () => {
  it('sends scored questionnaires to consenting, active people with an address who are in a pair', () => {
    expect(invitationsDue(get('mentee-satisfaction'), mentors, mentees, roster, []).map((r) => r.code)).toEqual(['НЯ-1']);
    expect(invitationsDue(get('diagnostics-entry'), mentors, mentees, roster, []).map((r) => [r.code, r.role, r.email]))
      .toEqual([['НС-1', 'наставник', 'petrova@school.ru'], ['НЯ-1', 'наставляемый', 'ivanov@school.ru']]);
  });

  it('sends preferences to people not yet in a pair, and intake to nobody (it is a general link)', () => {
    expect(invitationsDue(get('mentee-preference'), mentors, mentees, roster, []).map((r) => r.code)).toEqual(['НЯ-3']);
    expect(invitationsDue(get('mentor-intake'), mentors, mentees, roster, [])).toEqual([]);
  });

  it('does not invite twice, whatever the case of the code in the log', () => {
    const log: MailRecord[] = [{ at: at(1), questionnaireId: 'diagnostics-entry', code: 'нс-1', email: 'petrova@school.ru', kind: 'приглашение' }];
    expect(invitationsDue(get('diagnostics-entry'), mentors, mentees, roster, log).map((r) => r.code)).toEqual(['НЯ-1']);
  });

  it('checks addresses', () => {
    expect(['a@b.ru', ' a@b.ru ', 'a@b', 'a b@c.ru', 'a@b.ru, c@d.ru', '', undefined].map(isEmail)).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('daily quota', () => {
  it('sends what the quota allows and carries the rest over in order', () => {
    expect(splitByQuota(['a', 'b', 'c'], 2)).toEqual({ now: ['a', 'b'], later: ['c'] });
    expect(splitByQuota(['a'], 0)).toEqual({ now: [], later: ['a'] });
    expect(splitByQuota(['a'], -3)).toEqual({ now: [], later: ['a'] });
  });
});

describe('who has not answered, reminders', () => {
  const q = get('mentee-satisfaction');
  const log: MailRecord[] = [
    { at: at(1), questionnaireId: q.id, code: 'НЯ-1', email: 'ivanov@school.ru', kind: 'приглашение' },
    { at: at(1), questionnaireId: q.id, code: 'НЯ-3', email: 'smirnov@school.ru', kind: 'приглашение' },
    { at: at(1), questionnaireId: 'other', code: 'НЯ-4', email: 'x@y.ru', kind: 'приглашение' },
    { at: at(3), questionnaireId: q.id, code: 'НЯ-3', email: 'smirnov@school.ru', kind: 'напоминание' },
  ];

  it('lists invited people without an answer, with reminders counted', () => {
    expect(notAnswered(q, log, ['ня-1'])).toEqual([{ code: 'НЯ-3', email: 'smirnov@school.ru', invitedAt: at(1), reminders: 1, lastMailAt: at(3) }]);
  });

  it('reminds at most once a day', () => {
    expect(remindersDue(q, log, [], at(3, 20)).map((r) => r.code)).toEqual(['НЯ-1']);
    expect(remindersDue(q, log, [], at(4, 9)).map((r) => r.code)).toEqual(['НЯ-1', 'НЯ-3']);
  });
});

describe('letters and links', () => {
  it('puts the code into the pre-filled link, encoded', () => {
    const template = `https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.123=${CODE_PLACEHOLDER}`;
    const link = personalLink(template, 'НЯ-1');
    expect(link.startsWith('https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.123=%D0%9D%D0%AF-1%20(')).toBe(true);
    // The code goes in with its check number, so an accidental edit of the code in the form is noticed.
    expect(decodeURIComponent(link.split('entry.123=')[1])).toBe(`НЯ-1 (проверка ${codeCheck('НЯ-1')})`);
    expect(() => personalLink('https://x', 'НЯ-1')).toThrow('пересоздайте анкету');
  });

  it('addresses people by name and patronymic and signs as the curator', () => {
    expect(politeName('Петрова Анна Ивановна')).toBe('Анна Ивановна');
    expect(politeName('Мадонна')).toBe('Мадонна');
    const letter = invitationLetter(get('mentee-satisfaction'), { code: 'НЯ-1', fullName: 'Иванов Пётр Сергеевич', email: 'ivanov@school.ru', role: 'наставляемый' },
      'https://link', { organisation: 'МБОУ «СОШ № 30»', curatorName: 'Гумерова Г. М.' });
    expect(letter.to).toBe('ivanov@school.ru');
    expect(letter.subject).toBe('Анкета «Удовлетворённость наставляемого участием в программе наставничества»');
    expect(letter.body).toContain('Здравствуйте, Пётр Сергеевич!');
    expect(letter.body).toContain('https://link');
    expect(letter.body).toContain('Гумерова Г. М., куратор программы наставничества\nМБОУ «СОШ № 30»');
    expect(reminderLetter(get('mentee-satisfaction'), { code: 'НЯ-1', email: 'a@b.ru', fullName: 'Иванов Пётр Сергеевич' }, 'https://link',
      { organisation: 'О', curatorName: 'К' }).subject).toMatch(/^Напоминание/);
  });
});
