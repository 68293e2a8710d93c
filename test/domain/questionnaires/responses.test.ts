import { answerNumber, answerText, splitCheckboxAnswer } from '../../../src/domain/questionnaires/answers';
import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import type { Item, Questionnaire } from '../../../src/domain/questionnaires/model';
import { checkResponseHeader, missingTimestampProblem, parseTimestamp, readResponses, responseId, timestampColumn } from '../../../src/domain/questionnaires/responses';
import { type Answers, responseTable } from '../helpers/responses';

const catalog = buildCatalog();
const satisfaction = findQuestionnaire(catalog, 'mentee-satisfaction') as Questionnaire;
const mentorIntake = findQuestionnaire(catalog, 'mentor-intake') as Questionnaire;

describe('reading answers as Google Forms writes them', () => {
  const competences = mentorIntake.items.find((item) => item.key === 'competences') as Item;

  it('splits checkbox answers back into labels even when labels contain ", "', () => {
    const text = 'предметное содержание, проектная и исследовательская деятельность, одарённые дети, цифровые инструменты и ИКТ';
    expect(splitCheckboxAnswer(competences, text)).toEqual({
      choices: [
        { label: 'предметное содержание' },
        { label: 'проектная и исследовательская деятельность, одарённые дети' },
        { label: 'цифровые инструменты и ИКТ' },
      ],
      unknown: [],
    });
  });

  it('keeps what matches no label (an «Другое» answer) as unknown, in order', () => {
    expect(splitCheckboxAnswer(competences, 'шахматы, предметное содержание, театр')).toEqual({
      choices: [{ label: 'предметное содержание' }], unknown: ['шахматы', 'театр'],
    });
  });

  it('reads numbers from numbers and from text with either decimal separator, nothing else', () => {
    expect([answerNumber(7), answerNumber(' 7 '), answerNumber('7,5'), answerNumber('7.5'), answerNumber('семь'), answerNumber(null), answerNumber('')])
      .toEqual([7, 7, 7.5, 7.5, null, null, null]);
  });

  it('reads a date Sheets made of typed text back as dd.mm.yyyy, and keeps formula-like text as typed', () => {
    expect(answerText(new Date(2026, 1, 1))).toBe('01.02.2026');
    expect(answerText('=СУММ(A1:A2)')).toBe('=СУММ(A1:A2)');
  });
});

describe('timestamps', () => {
  it('reads Forms\' Russian and English stamps, ISO, Dates and Excel serials as the same wall-clock time', () => {
    const expected = new Date(2026, 10, 20, 10, 15, 3).getTime();
    for (const cell of ['20.11.2026 10:15:03', '2026-11-20 10:15:03', '2026-11-20T10:15:03', '11/20/2026 10:15:03', new Date(expected), 46346.42711805556]) {
      expect(parseTimestamp(cell)?.getTime()).toBe(expected);
    }
  });

  it('refuses what is not a date', () => {
    for (const cell of ['31.02.2026 10:00:00', '20.13.2026', 'вчера', '', null, true]) expect(parseTimestamp(cell)).toBeNull();
  });
});

describe('response table', () => {
  const rows: Array<{ at: string; answers: Answers }> = [
    { at: '20.11.2026 10:15:03', answers: { participant_code: 'НЯ-1', comfort: 9 } },
    { at: '', answers: {} },
    { at: '20.11.2026 10:15:03', answers: { participant_code: 'НЯ-2', comfort: 4 } },
  ];

  it('gives one response per filled row with its sheet row, answers keyed by question title; blank rows skipped', () => {
    const responses = readResponses(satisfaction, responseTable(satisfaction, rows));
    expect(responses.map((response) => response.row)).toEqual([2, 4]);
    expect(responses[0].answers.get('Насколько комфортно было общение с наставником?')).toBe(9);
    expect(responses[0].timestamp).toEqual(new Date(2026, 10, 20, 10, 15, 3));
  });

  it('ids two people answering in the same second apart, and one response the same way every time', () => {
    const [first, second] = readResponses(satisfaction, responseTable(satisfaction, rows));
    expect(first.id).toBe('mentee-satisfaction:2026-11-20T10:15:03:НЯ-1');
    expect(second.id).not.toBe(first.id);
    expect(readResponses(satisfaction, responseTable(satisfaction, rows))[0].id).toBe(first.id);
  });

  it('keeps ids when the curator adds a column, rewords a question or reorders columns', () => {
    const table = responseTable(satisfaction, rows);
    const before = readResponses(satisfaction, table).map((response) => response.id);
    const edited = {
      header: [...table.header.slice(0, 2).reverse(), ...table.header.slice(2).map((title) => `${title} `), 'Пометка куратора'],
      rows: table.rows.map((cells) => [...cells.slice(0, 2).reverse(), ...cells.slice(2), 'проверено']),
    };
    expect(readResponses(satisfaction, edited).map((response) => response.id)).toEqual(before);
  });

  it('ids a response without a code (intake via the general link) by its timestamp and place in that second, not by its answers', () => {
    const table = responseTable(mentorIntake, [
      { at: '20.11.2026 10:15:03', answers: { full_name: 'Новикова Елена Викторвна' } },
      { at: '20.11.2026 10:15:03', answers: { full_name: 'Зайцев Максим Ильич' } },
      { at: '20.11.2026 10:16:00', answers: { full_name: 'Орлов Денис Петрович' } },
    ]);
    const ids = readResponses(mentorIntake, table).map((response) => response.id);
    expect(ids).toEqual(['mentor-intake:2026-11-20T10:15:03:#1', 'mentor-intake:2026-11-20T10:15:03:#2', 'mentor-intake:2026-11-20T10:16:00:#1']);
    // The curator corrects a typo and adds a note in a column of their own: the ids stay.
    const name = table.header.indexOf('Фамилия, имя, отчество');
    const corrected = {
      header: [...table.header, 'Пометка куратора'],
      rows: table.rows.map((cells, index) => [...cells.map((cell, column) => (index === 0 && column === name ? 'Новикова Елена Викторовна' : cell)), 'проверено']),
    };
    expect(readResponses(mentorIntake, corrected).map((response) => response.id)).toEqual(ids);
    expect(responseId('mentor-intake', '20.11.2026 10:15:03', 'НС-001')).toBe('mentor-intake:2026-11-20T10:15:03:НС-001');
  });

  it('finds no timestamp column in a table without one, and never takes a question\'s column for it', () => {
    const table = responseTable(satisfaction, rows);
    const withoutStamp = { header: table.header.slice(1), rows: table.rows.map((cells) => cells.slice(1)) };
    expect(timestampColumn(withoutStamp.header, satisfaction)).toBe(-1);
    expect(checkResponseHeader(satisfaction, withoutStamp.header)).toMatchObject({ timestamp: false, missing: [] });
    const responses = readResponses(satisfaction, withoutStamp);
    expect(responses.map((response) => [response.answers.get('Код участника'), response.tableProblems])).toEqual([
      ['НЯ-1', [missingTimestampProblem()]], ['НЯ-2', [missingTimestampProblem()]],
    ]);
    const dated = { ...satisfaction, items: [...satisfaction.items, { key: 'date', type: 'text' as const, title: 'Дата', required: false }] };
    expect(timestampColumn(['Дата', 'Код участника'], dated)).toBe(-1);
    expect(timestampColumn(['Код участника', 'Отметка времени'], satisfaction)).toBe(1);
  });

  it('names columns missing from the table and columns no question asks for', () => {
    const table = responseTable(satisfaction, rows);
    const comfort = table.header.indexOf('Насколько комфортно было общение с наставником?');
    const header = [...table.header.filter((_, index) => index !== comfort), 'Адрес электронной почты'];
    const check = checkResponseHeader(satisfaction, header);
    expect(check.missing.map((item) => item.key)).toEqual(['comfort']);
    expect(check.extra).toEqual(['Адрес электронной почты']);
  });
});
