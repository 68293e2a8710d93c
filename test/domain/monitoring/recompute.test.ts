import { MENTOR_COLUMNS as M, PROCESSING_COLUMNS as P, SHEET, sheetSpec } from '../../../src/domain/bank/schema';
import { type Cell, tableFromGrid } from '../../../src/domain/bank/table';
import type { BankTables } from '../../../src/domain/bank/bank';
import { catalogFor } from '../../../src/domain/monitoring/catalog';
import { planProcessing, withAppends } from '../../../src/domain/monitoring/process';
import { planRecompute } from '../../../src/domain/monitoring/recompute';
import { readBank } from '../../../src/domain/bank/bank';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { schoolGrids } from '../../gas/monitoring/school';

const NOW = new Date(2027, 4, 20, 12, 0);

function tables(): BankTables {
  const result: BankTables = {};
  for (const [name, grid] of Object.entries(schoolGrids())) (result as Record<string, unknown>)[name] = tableFromGrid(name, grid);
  return result;
}

function intakeTable(questionnaire: Questionnaire, people: Array<[string, string]>) {
  const header = ['Отметка времени', ...questionnaire.items.map((item) => item.title)];
  const rows: Cell[][] = people.map(([name, email], index) => header.map((_title, column) => {
    if (column === 0) return new Date(2027, 3, 1, 9, index);
    const item = questionnaire.items[column - 1];
    const answers: Record<string, Cell> = {
      full_name: name, position: 'учитель', experience: '10', competences: 'предметное содержание', capacity: '1', email,
      consent_personal_data: 'Да', consent_to_mentor: 'Да',
    };
    return answers[item.key] ?? '';
  }));
  return { header, rows };
}

describe('processing plans', () => {
  const catalog = catalogFor(readBank(tables()));
  const intake = catalog.find((questionnaire) => questionnaire.id === 'mentor-intake')!;

  it('adds intake answers to the bank once: a second plan over the same sheet adds nothing', () => {
    const start = tables();
    const responses = intakeTable(intake, [['Новикова Елена Викторовна', 'novikova@school.ru'], ['Зайцев Максим Ильич', 'zaytsev@school.ru']]);
    const first = planProcessing(intake, responses, start, NOW);
    expect(first.intake.map((row) => row.code)).toEqual(['НС-004', 'НС-005']);
    expect(first.appends.map((append) => append.sheet)).toEqual([SHEET.mentors, SHEET.log, SHEET.processing]);
    const after = withAppends(start, first.appends);
    expect(after[SHEET.mentors]!.rows.map((row) => row[0])).toEqual(['НС-001', 'НС-002', 'НС-003', 'НС-004', 'НС-005']);
    const second = planProcessing(intake, responses, after, NOW);
    expect(second).toMatchObject({ intake: [], rejected: [], appends: [], skipped: 2 });
  });

  it('adds nobody twice when the curator corrects an intake answer or adds a note column, whatever is re-run', () => {
    const start = tables();
    const responses = intakeTable(intake, [['Новикова Елена Викторвна', '']]);
    const after = withAppends(start, planProcessing(intake, responses, start, NOW).appends);
    const name = responses.header.indexOf('Фамилия, имя, отчество');
    const corrected = {
      header: [...responses.header, 'Пометка куратора'],
      rows: responses.rows.map((cells) => [...cells.map((cell, column) => (column === name ? 'Новикова Елена Викторовна' : cell)), 'исправлено']),
    };
    expect(planProcessing(intake, corrected, after, NOW)).toMatchObject({ intake: [], appends: [], skipped: 1 });
    expect(planRecompute([{ questionnaire: intake, table: corrected }], after, NOW).appends).toEqual([]);
  });

  it('takes an id recorded by an earlier version (a fingerprint of the answers) as the response of that second', () => {
    const start = tables();
    const responses = intakeTable(intake, [['Новикова Елена Викторовна', 'novikova@school.ru'], ['Зайцев Максим Ильич', 'zaytsev@school.ru']]);
    // Only the first response (09:00) was processed, by a version that fingerprinted the answers.
    const processing = sheetSpec('processing').columns.map((column) => column.header);
    const legacy = processing.map((header) => ({ [P.questionnaire]: 'mentor-intake', [P.outcome]: 'в банке', [P.code]: 'НС-004',
      [P.responseId]: 'mentor-intake:2027-04-01T09:00:00:#0f3a9c2be41d7765' } as Record<string, Cell>)[header] ?? '');
    start[SHEET.processing] = tableFromGrid(SHEET.processing, [processing, legacy]);
    const plan = planProcessing(intake, responses, start, NOW);
    expect(plan.intake.map((row) => row.values[M.fullName])).toEqual(['Зайцев Максим Ильич']);
    expect(plan.skipped).toBe(1);
  });

  it('«Пересчитать всё» keeps intake processing as it was and does not add the people again', () => {
    const start = tables();
    const responses = intakeTable(intake, [['Новикова Елена Викторовна', 'novikova@school.ru']]);
    const after = withAppends(start, planProcessing(intake, responses, start, NOW).appends);
    const plan = planRecompute([{ questionnaire: intake, table: responses }], after, NOW);
    expect(plan.appends).toEqual([]);
    const outcome = plan.processing.header.indexOf(P.outcome);
    expect(plan.processing.rows.map((row) => row[outcome])).toEqual(['в банке']);
    expect(plan.tables[SHEET.mentors]!.rows.filter((row) => row[plan.tables[SHEET.mentors]!.header.indexOf(M.fullName)] === 'Новикова Елена Викторовна')).toHaveLength(1);
  });

  it('records an intake answered «Нет» to consent in «Обработка ответов» and adds no row to the bank or «Журнал»', () => {
    const start = tables();
    const responses = intakeTable(intake, [['Новикова Елена Викторовна', 'novikova@school.ru']]);
    const consent = responses.header.indexOf(intake.items.find((item) => item.key === 'consent_personal_data')!.title);
    responses.rows[0][consent] = 'Нет';
    const plan = planProcessing(intake, responses, start, NOW);
    expect(plan.intake).toEqual([]);
    expect(plan.appends.map((append) => append.sheet)).toEqual([SHEET.processing]);
    const processing = plan.appends[0];
    const at = (header: string) => processing.rows[0][processing.header.indexOf(header)];
    expect([at(P.outcome), at(P.reason), at(P.code)]).toEqual(['отклонён', 'нет согласия на обработку персональных данных: в банк не добавлен', '']);
    expect(JSON.stringify(processing.rows)).not.toContain('Новикова');
  });

  it('plans the standard header for a sheet not created yet', () => {
    const start = tables();
    delete start[SHEET.processing];
    const plan = planProcessing(intake, intakeTable(intake, [['Новикова Елена Викторовна', 'n@school.ru']]), start, NOW);
    const processing = plan.appends.find((append) => append.sheet === SHEET.processing)!;
    expect(processing.header).toEqual(sheetSpec('processing').columns.map((column) => column.header));
    expect(processing.firstRow).toBe(2);
  });
});
