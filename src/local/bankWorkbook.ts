/** Offline counterparts of «Настроить банк»: a new bank workbook, or the setup plan applied to an existing one. */
import ExcelJS from 'exceljs';
import type { BankTables } from '../domain/bank/bank';
import { planSetup, type SetupPlan } from '../domain/bank/setup';
import { applySetupPlanToWorkbook, readWorkbookTables } from './excel/bankFile';

export function newBankWorkbook(now: Date, prepare?: (plan: SetupPlan) => void): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник';
  workbook.created = now;
  const plan = planSetup({} as BankTables, now);
  prepare?.(plan);
  applySetupPlanToWorkbook(workbook, plan);
  return workbook;
}

/** Runs the setup plan on a workbook (codes for new rows, missing sheets and settings) and says what it did. */
export function setUpWorkbook(workbook: ExcelJS.Workbook, now: Date): SetupPlan {
  const plan = planSetup(readWorkbookTables(workbook), now);
  applySetupPlanToWorkbook(workbook, plan);
  return plan;
}
