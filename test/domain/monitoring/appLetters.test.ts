import { appLetters } from '../../../src/domain/monitoring/appLetters';
import type { QuestionnaireRespondents } from '../../../src/domain/monitoring/respondents';
import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { MailRecord } from '../../../src/domain/questionnaires/mailing';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';

const questionnaire = findQuestionnaire(buildCatalog({ mentors: [] }), 'mentor-satisfaction') as Questionnaire;
const person = (code: string, fullName: string, answered = false, email = `${code}@school.ru`) =>
  ({ code, name: fullName, answered, recipient: email ? { code, fullName, email, role: 'наставник' as const } : undefined });
const entry: QuestionnaireRespondents = {
  questionnaire,
  respondents: [
    person('НС-1', 'Петрова Анна Ивановна'),
    person('НС-2', 'Сидоров Игорь Олегович'),
    person('НС-3', 'Орлова Вера Павловна', true),
    person('НС-4', 'Белов Олег Петрович', false, ''),
  ],
};
const sender = { organisation: 'МБОУ «СОШ № 1»', curatorName: 'Иванова Мария Петровна' };
const link = (code: string) => `http://192.168.1.10:8080/anketa/mentor-satisfaction/${code}`;
const now = new Date(2026, 10, 20, 10);
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600 * 1000);
const sent = (code: string, at: Date, kind: MailRecord['kind'] = 'приглашение'): MailRecord => ({ at, questionnaireId: questionnaire.id, code, email: `${code}@school.ru`, kind });

describe('the letters the local app sends for a questionnaire', () => {
  it('invites whoever has not answered and has an address, with the personal link', () => {
    const { items, recent } = appLetters(entry, [], link, sender, now);
    expect(items.map((item) => [item.letter.to, item.records[0].kind])).toEqual([['НС-1@school.ru', 'приглашение'], ['НС-2@school.ru', 'приглашение']]);
    expect(items[0].letter.body).toContain(link('НС-1'));
    expect(items[0].letter.subject).toBe(`Анкета «${questionnaire.title}»`);
    expect(recent).toBe(0);
  });

  it('reminds a day after the last letter, and writes to nobody twice within a day, whatever the case of the code', () => {
    const log = [sent('нс-1', hoursAgo(30)), sent('НС-1', hoursAgo(25), 'напоминание'), sent('НС-2', hoursAgo(23))];
    const { items, recent } = appLetters(entry, log, link, sender, now);
    expect(items.map((item) => [item.records[0].code, item.records[0].kind, item.letter.subject.startsWith('Напоминание')])).toEqual([['НС-1', 'напоминание', true]]);
    expect(recent).toBe(1);
  });

  it('counts last academic year\'s letters as none: this year starts with an invitation', () => {
    const { items } = appLetters(entry, [sent('НС-1', new Date(2026, 4, 10))], link, sender, now);
    expect(items.find((item) => item.records[0].code === 'НС-1')!.records[0].kind).toBe('приглашение');
  });
});
