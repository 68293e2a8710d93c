/**
 * The catch-up: every response of every form not processed yet, processed as the trigger would have done it, in one
 * plan (one append per sheet). It runs when a submission could not get the lock in time, so that its response is not
 * left waiting for the next submission or for «Пересчитать всё». Nothing processed before is touched.
 */
import type { AppendPlan } from '../bank/append';
import type { ColumnWrite } from '../documents/sheets';
import { type MonitoringTables, mergeAppends, type ProcessPlan, planProcessing, processingOrder, withAppends } from './process';
import type { ResponseSource } from './recompute';

export interface CatchUpPlan {
  /** At most one per sheet. */
  appends: AppendPlan[];
  /** The fit check's marks in «Пары» (process.ts). */
  cells: ColumnWrite[];
  plans: ProcessPlan[];
  /** The tables as they are after the plan (for the dashboard). */
  tables: MonitoringTables;
  /** Responses processed now, of every kind. */
  processed: number;
}

export function planCatchUp(sources: readonly ResponseSource[], tables: MonitoringTables, now: Date): CatchUpPlan {
  let current = tables;
  const plans: ProcessPlan[] = [];
  const appends: AppendPlan[] = [];
  for (const { questionnaire, table } of [...sources].sort((a, b) => processingOrder(a.questionnaire, b.questionnaire))) {
    const plan = planProcessing(questionnaire, table, current, now);
    plans.push(plan);
    appends.push(...plan.appends);
    current = withAppends(current, plan.appends);
  }
  return { appends: mergeAppends(appends), cells: plans.flatMap((plan) => plan.cells), plans, tables: current, processed: plans.reduce((sum, plan) => sum + plan.processing.length, 0) };
}
