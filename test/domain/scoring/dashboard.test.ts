import { buildCatalog, findQuestionnaire } from '../../../src/domain/questionnaires/catalog';
import { RUBRIC_CHOICES } from '../../../src/domain/questionnaires/catalog/efficiency-rubric';
import type { Questionnaire } from '../../../src/domain/questionnaires/model';
import { scoreResponses } from '../../../src/domain/scoring/batch';
import { CHART_HEIGHT_ROWS, dashboardLayout, type DashboardLayout, wrapGrid } from '../../../src/domain/scoring/dashboard';
import { summariseMonitoring } from '../../../src/domain/scoring/monitoring';
import { sampleRoster } from '../helpers/bank';
import { type Answers, responsesOf, uniform } from '../helpers/responses';

const catalog = buildCatalog();
const roster = sampleRoster();
const get = (id: string) => findQuestionnaire(catalog, id) as Questionnaire;

function results(id: string, rows: Answers[]) {
  const q = get(id);
  return scoreResponses(q, responsesOf(q, rows.map((answers, i) => ({ at: `1${i}.05.2027 10:00:00`, answers }))), roster).results;
}
const rubric = (pair: string, twos: number): Answers => {
  const answers: Answers = { pair_code: pair };
  for (let n = 1; n <= 9; n += 1) answers[`indicator_${n}`] = RUBRIC_CHOICES[n <= twos ? 0 : 2].label;
  return answers;
};
const diag = (id: string, code: string, v: number) => ({ ...uniform(get(id), 'participant_code', code, v), exhaustion: 6 - v, anxiety: 6 - v });

function find(layout: DashboardLayout, text: string, from = 0): [number, number] {
  for (let r = from; r < layout.cells.length; r += 1) {
    const c = layout.cells[r].indexOf(text);
    if (c >= 0) return [r, c];
  }
  throw new Error(`«${text}» not on the dashboard`);
}

describe('the «Мониторинг» layout', () => {
  const all = [
    ...results('efficiency-rubric', [rubric('П-1', 8), rubric('П-2', 2)]),
    ...results('mentee-satisfaction', [uniform(get('mentee-satisfaction'), 'participant_code', 'НЯ-1', 9)]),
    ...results('diagnostics-entry', [diag('diagnostics-entry', 'НЯ-1', 2), diag('diagnostics-entry', 'НЯ-2', 4)]),
    ...results('diagnostics-final', [diag('diagnostics-final', 'НЯ-1', 4)]),
  ];
  const layout = dashboardLayout(summariseMonitoring(catalog, all, roster), '20.05.2027 10:00');

  it('is a rectangle of values with a style per cell', () => {
    const width = layout.cells[0].length;
    expect(layout.cells.every((row) => row.length === width)).toBe(true);
    expect(layout.styles.length).toBe(layout.cells.length);
    expect(layout.styles.every((row) => row.length === width)).toBe(true);
    expect(layout.cells[0][0]).toBe('Мониторинг программы наставничества');
    expect(layout.cells[1][0]).toContain('20.05.2027 10:00');
  });

  it('wraps every text that has a value to its right (it would be cut off), and lets a lone title run on', () => {
    const wraps = wrapGrid(layout.cells);
    const header = find(layout, 'Пара')[0];
    expect(wraps[header].slice(0, 4)).toEqual([true, true, true, true]);
    const [row] = find(layout, 'П-1');
    expect(wraps[row][1]).toBe(true);
    expect(wraps[0][0]).toBe(false);
    expect(wraps[1][0]).toBe(false);
    // Numbers are never wrapped.
    expect(wraps.flat().filter(Boolean).length).toBeGreaterThan(0);
    layout.cells.forEach((cells, r) => cells.forEach((value, c) => { if (typeof value === 'number') expect(wraps[r][c]).toBe(false); }));
  });

  it('shows each pair with its rubric total and level coloured by level, and its before → after', () => {
    const [row] = find(layout, 'П-1');
    const header = layout.cells[find(layout, 'Пара')[0]];
    const column = (title: string) => header.indexOf(title);
    const p1 = layout.cells[row];
    expect(p1[column('Эффективность программы')]).toBe(16);
    expect(p1[column('Эффективность программы') + 1]).toBe('оптимальный');
    expect(layout.styles[row][column('Эффективность программы') + 1]).toBe('good');
    expect(p1[column('Входная диагностика → Итоговая диагностика: до')]).toBe(2);
    expect(p1[column('Входная диагностика → Итоговая диагностика: до') + 2]).toBe(2);
    expect(layout.styles[row][column('Входная диагностика → Итоговая диагностика: до') + 2]).toBe('good');
    const p2 = find(layout, 'П-2')[0];
    expect(layout.cells[p2][column('Эффективность программы') + 1]).toBe('недопустимый');
    expect(layout.styles[p2][column('Эффективность программы') + 1]).toBe('poor');
    expect(String(layout.cells[p2][header.indexOf('Низкие пункты')])).toContain('Наличие комфортного психологического климата в организации (Эффективность программы)');
    expect(layout.styles[p2][header.indexOf('Низкие пункты')]).toBe('low');
  });

  it('draws a levels chart per single instrument and a before/after chart, over the right ranges, not overlapping', () => {
    expect(layout.charts.map((chart) => [chart.kind, chart.title])).toEqual([
      ['pie', 'Удовлетворённость наставляемых: уровни'], ['pie', 'Удовлетворённость наставников: уровни'],
      ['pie', 'Эффективность программы: уровни'], ['pie', 'Проверка совместимости: уровни'],
      ['bar', 'Входная диагностика → Итоговая диагностика: до и после'],
    ]);
    for (const chart of layout.charts) {
      const headerRow = layout.cells[chart.row - 1];
      expect(headerRow[chart.column - 1]).toMatch(/^(Уровень|Пункт)$/);
      expect(chart.anchorColumn).toBeGreaterThan(layout.cells[0].length);
    }
    const rubricChart = layout.charts[2];
    const counts = layout.cells.slice(rubricChart.row, rubricChart.row + rubricChart.rows - 1).map((row) => row.slice(0, 2));
    expect(counts).toEqual([['оптимальный', 1], ['допустимый', 0], ['недопустимый', 1]]);
    const anchors = layout.charts.map((chart) => chart.anchorRow);
    for (let i = 1; i < anchors.length; i += 1) expect(anchors[i] - anchors[i - 1]).toBeGreaterThanOrEqual(CHART_HEIGHT_ROWS);
  });

  it('shows before → after per person, named and with the pair, the change coloured; a missing stage left blank', () => {
    const [title] = find(layout, 'Входная диагностика → Итоговая диагностика: по участникам');
    expect(layout.cells[title + 1].slice(0, 6)).toEqual(['Код', 'ФИО', 'Пара', 'До', 'После', 'Изменение']);
    const [ivanov] = find(layout, 'Иванов Пётр Сергеевич', title);
    expect(layout.cells[ivanov].slice(0, 6)).toEqual(['НЯ-1', 'Иванов Пётр Сергеевич', 'П-1', 2, 4, 2]);
    expect(layout.styles[ivanov][5]).toBe('good');
    const [kuznetsova] = find(layout, 'Кузнецова Мария Андреевна', title);
    expect(layout.cells[kuznetsova].slice(0, 6)).toEqual(['НЯ-2', 'Кузнецова Мария Андреевна', 'П-2', 4, '', '']);
    expect(layout.styles[kuznetsova][5]).toBeNull();
  });

  it('says that a reverse item is shown turned round, so its green growth reads as the state getting better', () => {
    const [row] = find(layout, 'К концу рабочего дня я чувствую эмоциональное истощение (обратный пункт: балл = 6 − ответ, выше — лучше)');
    // Exhaustion answered 4 before and 2 after: shown as 2 → 4, growth, green.
    expect(layout.cells[row].slice(1, 4)).toEqual([2, 4, 2]);
    expect(layout.styles[row][3]).toBe('good');
    expect(layout.cells.flat()).toContain('Мне интересна моя педагогическая работа');
  });

  it('lists who was invited and has not answered yet', () => {
    const waiting = [{ questionnaire: 'Удовлетворённость наставляемых', code: 'НЯ-2', fullName: 'Кузнецова Мария Андреевна', email: 'k@school.ru', invitedAt: new Date(2027, 4, 1), reminders: 1 }];
    const layout = dashboardLayout(summariseMonitoring(catalog, all, roster), 'сейчас', waiting);
    const [row] = find(layout, 'Кузнецова Мария Андреевна', find(layout, 'Кто ещё не ответил')[0]);
    expect(layout.cells[row].slice(0, 6)).toEqual(['Удовлетворённость наставляемых', 'НЯ-2', 'Кузнецова Мария Андреевна', 'k@school.ru', new Date(2027, 4, 1), 1]);
    expect(layout.cells[row - 1][0]).toBe('Анкета');
  });

  it('is a readable empty dashboard before any pair or response', () => {
    const empty = dashboardLayout(summariseMonitoring(catalog, [], { people: new Map(), pairs: new Map() }), 'сейчас');
    expect(empty.cells.flat()).toContain('Пар пока нет: они появятся после утверждения на листе «Пары».');
    expect(empty.charts.map((chart) => chart.kind)).toEqual(['pie', 'pie', 'pie', 'pie']);
    expect(empty.cells.flat()).toContain('Все, кому разосланы анкеты, ответили (или анкеты ещё не рассылались).');
  });

  it('shows the entry answers of the programme before anyone has the final one, each stage with its own count', () => {
    const midYear = results('diagnostics-entry', [diag('diagnostics-entry', 'НЯ-1', 2), diag('diagnostics-entry', 'НЯ-2', 4)]);
    const board = dashboardLayout(summariseMonitoring(catalog, midYear, roster), '20.12.2026 10:00');
    const [entry] = find(board, 'Входная диагностика: все ответившие');
    expect(typeof board.cells[entry][1]).toBe('number');
    expect(board.cells[entry][4]).toBe(2);
    const [final] = find(board, 'Итоговая диагностика: все ответившие');
    expect(board.cells[final].slice(1, 5)).toEqual(['', board.cells[entry][2], '', 0]);
    // The comparison says whose figures it holds: nobody yet.
    const [paired] = find(board, 'Входная диагностика → Итоговая диагностика: до (заполнившие обе анкеты)');
    expect(board.cells[paired][4]).toBe(0);
    // With both stages the counts differ: 2 answered the entry, 1 the final, 1 both.
    const [both] = find(layout, 'Входная диагностика → Итоговая диагностика: до (заполнившие обе анкеты)');
    expect([layout.cells[find(layout, 'Входная диагностика: все ответившие')[0]][4], layout.cells[find(layout, 'Итоговая диагностика: все ответившие')[0]][4], layout.cells[both][4]]).toEqual([2, 1, 1]);
  });
});
