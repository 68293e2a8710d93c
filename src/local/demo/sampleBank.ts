/** The sample school as an Excel bank: the same layout «init» makes, filled with the sample rows. */
import type ExcelJS from 'exceljs';
import { SAMPLE_MENTEE_HEADER, SAMPLE_MENTOR_HEADER } from '../../domain/demo/sampleSchool';
import { SAMPLE_PAIR_HEADER, SAMPLE_SCHOOL, type SampleSchool } from '../../domain/demo/neighbours';
import { SHEET } from '../../domain/bank/schema';
import type { NewSheetPlan, SetupPlan } from '../../domain/bank/setup';
import { type Cell, findColumn } from '../../domain/bank/table';
import { newBankWorkbook, setUpWorkbook } from '../bankWorkbook';

/** Rows given in one header order, placed under a sheet's own header. */
function rowsUnder(sheetHeader: Cell[], header: string[], rows: Cell[][]): Cell[][] {
  const positions = header.map((h) => findColumn({ header: sheetHeader.map(String) }, h));
  return rows.map((row) => {
    const out: Cell[] = sheetHeader.map(() => null);
    row.forEach((value, i) => {
      if (positions[i] >= 0) out[positions[i]] = value;
    });
    return out;
  });
}

function fill(plan: SetupPlan, school: SampleSchool): void {
  const sheet = (name: string): NewSheetPlan => {
    const found = plan.create.find((p) => p.name === name);
    if (!found) throw new Error(`no plan for ${name}`);
    return found;
  };
  const settings = sheet(SHEET.settings).grid;
  for (const [name, value] of school.settings) {
    const row = settings.find((r) => r[0] === name);
    if (row) row[1] = value;
  }
  const mentors = sheet(SHEET.mentors).grid;
  mentors.push(...rowsUnder(mentors[0], SAMPLE_MENTOR_HEADER, school.mentors));
  const mentees = sheet(SHEET.mentees).grid;
  mentees.push(...rowsUnder(mentees[0], SAMPLE_MENTEE_HEADER, school.mentees));
  const pairs = sheet(SHEET.pairs).grid;
  pairs.push(...rowsUnder(pairs[0], SAMPLE_PAIR_HEADER, school.pairs));
}

/** A filled bank whose new rows have already got their codes, as after «Настроить банк». */
export function sampleBankWorkbook(now: Date, school: SampleSchool = SAMPLE_SCHOOL): { workbook: ExcelJS.Workbook; assignedCodes: string[] } {
  const workbook = newBankWorkbook(now, (plan) => fill(plan, school));
  const plan = setUpWorkbook(workbook, now);
  return { workbook, assignedCodes: plan.codes.flatMap((c) => c.assigned) };
}
