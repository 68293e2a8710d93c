import { appendPlan } from '../../../src/domain/bank/append';
import { RESULT_COLUMNS as R, SHEET } from '../../../src/domain/bank/schema';
import { readRegistry, recordForSheet } from '../../../src/domain/questionnaires/registry';
import { rebuiltResults } from '../../../src/domain/scoring/results-sheet';

describe('appending by header', () => {
  it('puts each value under its header wherever the curator moved it, just under the data', () => {
    const plan = appendPlan({ sheet: 'Лист', header: ['Б', 'А', 'Своё'], rows: [['1', '2', 'x'], [null, null, null], ['3', '4', '']] }, [{ А: 'а', Б: 'б' }]);
    expect(plan).toEqual({ sheet: 'Лист', header: ['Б', 'А', 'Своё'], headerChanged: false, firstRow: 5, rows: [['б', 'а', null]] });
  });

  it('adds a column the sheet lacks instead of dropping the value', () => {
    const plan = appendPlan({ sheet: 'Лист', header: ['А'], rows: [] }, [{ А: 1, Новый: 2 }]);
    expect(plan).toMatchObject({ header: ['А', 'Новый'], headerChanged: true, firstRow: 2, rows: [[1, 2]] });
  });
});

describe('«Результаты» rebuilt', () => {
  it('keeps the curator\'s own column by response id and clears rows that are gone', () => {
    const header = [...Object.values(R), 'Комментарий куратора'];
    const existing = {
      sheet: SHEET.results, header,
      rows: [
        [null, 'Эффективность программы', 'итоговая', '', 'П-001', 16, 18, 88.9, 'оптимальный', 'efficiency-rubric:a', 'проверено'],
        [null, 'Эффективность программы', 'итоговая', '', 'П-002', 9, 18, 50, 'допустимый', 'efficiency-rubric:b', 'позвонить'],
      ],
    };
    const record = (id: string, score: number) => ({ [R.responseId]: id, [R.score]: score, [R.pair]: 'П' });
    const rebuilt = rebuiltResults(existing, [record('efficiency-rubric:b', 10)]);
    expect(rebuilt.header).toEqual(header);
    expect(rebuilt.rows).toHaveLength(1);
    expect(rebuilt.rows[0][header.indexOf('Комментарий куратора')]).toBe('позвонить');
    expect(rebuilt.rows[0][header.indexOf(R.score)]).toBe(10);
    expect(rebuilt.clearRows).toBe(2);
  });
});

describe('«Анкеты»', () => {
  const table = {
    sheet: SHEET.forms,
    header: ['Название', 'Анкета', 'Рассылать', 'ID формы', 'Лист ответов', 'Шаблон личной ссылки'],
    rows: [['Оценка', 'efficiency-rubric', 'да', 'abc123', 'Ответы — эффективность', 'https://x'], ['', '', '', '', '', ''], ['Удовл.', 'mentee-satisfaction', true, 'def456', '', '']],
  };

  it('is read by header, «да» or a ticked box meaning «send»', () => {
    const records = readRegistry(table);
    expect(records.map((record) => [record.questionnaireId, record.send, record.formId, record.row])).toEqual([
      ['efficiency-rubric', true, 'abc123', 2], ['mentee-satisfaction', true, 'def456', 4],
    ]);
  });

  it('finds the form of a response sheet by its name, or by the form id in the sheet\'s form URL after a rename', () => {
    const records = readRegistry(table);
    expect(recordForSheet(records, 'Ответы — эффективность')?.questionnaireId).toBe('efficiency-rubric');
    expect(recordForSheet(records, 'Переименованный', 'https://docs.google.com/forms/d/def456/edit')?.questionnaireId).toBe('mentee-satisfaction');
    expect(recordForSheet(records, 'Чужая форма', 'https://docs.google.com/forms/d/zzz/edit')).toBeUndefined();
  });
});
