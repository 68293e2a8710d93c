import { readBank } from '../../src/domain/bank/bank';
import { PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { catalogFor } from '../../src/domain/monitoring/catalog';
import { rubricTotals, simulateResponses } from '../../src/local/monitoring/simulate';
import { schoolGrids } from '../gas/monitoring/school';
import { tablesOf } from '../helpers/sampleTables';

const dates = { entry: new Date(2026, 8, 25), final: new Date(2027, 4, 12), satisfaction: new Date(2027, 4, 14), rubric: new Date(2027, 4, 20) };

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

describe('simulated responses for the demo', () => {
  test('rubric totals: some pairs optimal, most acceptable, one unacceptable from five pairs on', () => {
    const codes = Array.from({ length: 10 }, (_, i) => `П-${String(i + 1).padStart(3, '0')}`);
    for (const seed of [1, 7, 2024]) {
      const totals = [...rubricTotals(codes, seeded(seed)).values()];
      expect(totals.filter((t) => t >= 15 && t <= 18)).toHaveLength(4);
      expect(totals.filter((t) => t >= 9 && t <= 14)).toHaveLength(5);
      expect(totals.filter((t) => t <= 8)).toHaveLength(1);
    }
    expect([...rubricTotals(codes.slice(0, 2), seeded(3)).values()].filter((t) => t >= 15)).toHaveLength(1);
  });

  test('deterministic; a pair ended early answers the входная диагностика only; the rubric answers add up to the totals', () => {
    const grids = schoolGrids();
    const status = grids[SHEET.pairs][0].indexOf(P.status);
    grids[SHEET.pairs][2][status] = 'прекращена';
    const bank = readBank(tablesOf(grids));
    const catalog = catalogFor(bank);
    const first = simulateResponses(catalog, bank, dates);
    expect(simulateResponses(catalog, bank, dates)).toEqual(first);
    // П-001 (НС-001 → НП-001) at work; П-002 (НС-002 → НП-002, НП-003) ended early.
    const codes = (id: string) => first.tables.get(id)!.rows.map((row) => row[1]);
    expect(codes('diagnostics-entry')).toEqual(['НС-001', 'НС-002', 'НП-001', 'НП-002', 'НП-003']);
    expect(codes('diagnostics-final')).toEqual(['НС-001', 'НП-001']);
    expect(codes('efficiency-rubric')).toEqual(['П-001']);
    const rubric = first.tables.get('efficiency-rubric')!.rows[0];
    const points = rubric.map((cell) => /(\d) балл/.exec(String(cell))?.[1]).filter(Boolean).map(Number);
    expect(points).toHaveLength(9);
    expect(points.reduce((a, b) => a + b, 0)).toBe(first.rubric.get('П-001'));
    // Timestamps are the calendar's days.
    expect((first.tables.get('diagnostics-final')!.rows[0][0] as Date).getMonth()).toBe(4);
  });
});
