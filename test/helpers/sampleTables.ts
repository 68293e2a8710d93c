/** The sample school as sheet grids (header + rows), for the domain and the Google Sheets fakes alike. */
import type { BankTables } from '../../src/domain/bank/bank';
import { SHEET } from '../../src/domain/bank/schema';
import { planSetup } from '../../src/domain/bank/setup';
import { type Cell, tableFromGrid } from '../../src/domain/bank/table';
import { SAMPLE_MENTEE_HEADER, SAMPLE_MENTEES, SAMPLE_MENTOR_HEADER, SAMPLE_MENTORS } from '../../src/domain/demo/sampleSchool';

export const NOW = new Date(2026, 10, 20, 10, 30);

/** Every sheet as «Настроить банк» creates it, with the sample people in. */
export function sampleGrids(): Record<string, Cell[][]> {
  const grids: Record<string, Cell[][]> = {};
  for (const plan of planSetup({}, NOW).create) grids[plan.name] = plan.grid.map((row) => [...row]);
  grids[SHEET.mentors] = [[...SAMPLE_MENTOR_HEADER], ...SAMPLE_MENTORS.map((r) => [...r])];
  grids[SHEET.mentees] = [[...SAMPLE_MENTEE_HEADER], ...SAMPLE_MENTEES.map((r) => [...r])];
  return grids;
}

export function tablesOf(grids: Record<string, Cell[][]>): BankTables {
  const tables: BankTables = {};
  for (const [name, grid] of Object.entries(grids)) (tables as Record<string, unknown>)[name] = tableFromGrid(name, grid);
  return tables;
}

const nameParts = [0, 1, 2].map((part) => SAMPLE_MENTEES.map((row) => String(row[1]).split(' ')[part] ?? 'Иванович'));

/** n mentees that repeat the sample rows with unique codes and names, for size tests. */
export function manyMentees(n: number): Cell[][] {
  const rows: Cell[][] = [SAMPLE_MENTEE_HEADER];
  for (let i = 0; i < n; i++) {
    const base = [...SAMPLE_MENTEES[i % 25]];
    base[0] = `НП-${String(i + 1).padStart(4, '0')}`;
    base[1] = [0, 1, 2].map((part) => nameParts[part][Math.floor(i / 30 ** part) % 30]).join(' ');
    rows.push(base);
  }
  return rows;
}
