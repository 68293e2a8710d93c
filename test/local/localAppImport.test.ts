/** Answers exported from another forms service (Яндекс Формы) uploaded on «Анкеты»: appended once, scored, the rest told. */
import { readBank } from '../../src/domain/bank/bank';
import { SHEET } from '../../src/domain/bank/schema';
import { catalogFor } from '../../src/domain/monitoring/catalog';
import { appPerTest, ONE_PAIR } from '../helpers/localApp';
import { pairingGrids } from '../helpers/pairingBank';
import { NOW, tablesOf } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const apps = appPerTest();
const grids = pairingGrids(ONE_PAIR);

/** The mentor satisfaction answers as Яндекс Формы would export them: its own ID and time columns, then the questions. */
function exportCsv(rows: Array<{ time: string; code: string; rating: number }>): string {
  const questionnaire = catalogFor(readBank(tablesOf(grids))).find((q) => q.id === 'mentor-satisfaction')!;
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = ['ID', 'Время создания', ...questionnaire.items.map((item) => item.title)];
  const lines = rows.map((row, i) => [String(1000 + i), row.time, ...questionnaire.items.map((item) => {
    if (item.code) return row.code;
    if (item.type === 'scale') return String(row.rating);
    if (item.choices?.length) return item.choices[0].label;
    return '';
  })]);
  return [header, ...lines].map((line) => line.map(quote).join(';')).join('\r\n');
}

async function upload(csv: string, questionnaire = ''): Promise<string> {
  const form = new FormData();
  form.set('csrf', apps.app.secrets.csrfToken);
  form.set('questionnaire', questionnaire);
  form.set('file', new Blob([`\uFEFF${csv}`], { type: 'text/csv' }), 'Ответы Яндекс Формы.csv');
  const response = await fetch(`http://127.0.0.1:${apps.app.port}/questionnaires/import`, { method: 'POST', body: form });
  expect(response.status).toBe(200);
  return (await response.text()).replace(/<[^>]+>/g, ' ');
}

test('an export is appended to the response sheet and scored; uploaded again, nothing is added twice', async () => {
  const file = await writeGrids(grids);
  await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  const first = await upload(exportCsv([{ time: '2026-11-18 10:15:00', code: 'НС-001', rating: 8 }, { time: '2026-11-18 11:00:00', code: 'НС-777', rating: 9 }]));
  expect(first).toContain('добавлено ответов на лист «Ответы — удовл. наставников»: 2.');
  expect(first).toContain('Оценено: 1 — на листе «Результаты».');
  expect(first).toMatch(/Отклонено: 1 — причины на листе «Обработка ответов»:\s+строка 3: .*НС-777/);
  expect((await sheetRecords(file, SHEET.results)).map((r) => [r['Код участника'], r['Баллы']])).toEqual([['НС-001', 8]]);

  const again = await upload(exportCsv([
    { time: '2026-11-18 10:15:00', code: 'НС-001', rating: 8 }, { time: '2026-11-18 11:00:00', code: 'НС-777', rating: 9 },
    { time: '2026-11-19 09:00:00', code: 'НС-001', rating: 10 },
  ]), 'mentor-satisfaction');
  expect(again).toContain('добавлено ответов на лист «Ответы — удовл. наставников»: 1 (уже были в книге: 2).');
  expect((await sheetRecords(file, 'Ответы — удовл. наставников'))).toHaveLength(3);
  expect((await sheetRecords(file, SHEET.results)).map((r) => r['Баллы'])).toEqual([8, 10]);
});

test('a file whose columns are not a questionnaire\'s, or without the answer time, adds nothing and says why', async () => {
  const file = await writeGrids(grids);
  await apps.start({ bankPath: file, port: 0, lan: false, now: () => NOW });
  expect(await upload('"Имя";"Любимый цвет"\r\n"Анна";"синий"')).toContain('Не удалось узнать анкету по заголовкам столбцов файла «Ответы Яндекс Формы.csv»');
  const noTime = exportCsv([{ time: '2026-11-18 10:15:00', code: 'НС-001', rating: 8 }]).replace('Время создания', 'Когда');
  expect(await upload(noTime)).toContain('В файле нет столбца «Отметка времени» или «Время создания»');
  await expect(sheetRecords(file, 'Ответы — удовл. наставников')).rejects.toThrow('no sheet');
});
