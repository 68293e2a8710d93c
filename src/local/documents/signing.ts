/**
 * Signing an order in the Excel bank: the offline counterpart of typing «подписан» in «Приказы» in Google Sheets. The
 * plan is the domain's (documents/signing.ts); here it is written into the workbook and told in Russian.
 */
import type ExcelJS from 'exceljs';
import { SHEET } from '../../domain/bank/schema';
import { planSigning, orderLabel, type SigningPlan, type SigningResult } from '../../domain/documents/signing';
import { countOf } from '../../domain/language/plural';
import { readWorkbookTables } from '../excel/bankFile';
import { appendLog, applyColumnWrite } from '../excel/write';

export const SIGNING_SHEETS = [SHEET.orders, SHEET.pairs, SHEET.vocabularies] as const;

/** Plans and applies the signing; the workbook is changed only when the plan has something to write. */
export function signOrderInWorkbook(workbook: ExcelJS.Workbook, query: string, now: Date): SigningResult {
  const result = planSigning(readWorkbookTables(workbook, SIGNING_SHEETS), query, now);
  if (!result.ok) return result;
  const { plan } = result;
  if (plan.registerWrite) applyColumnWrite(workbook, plan.registerWrite);
  if (plan.pairsWrite) applyColumnWrite(workbook, plan.pairsWrite);
  appendLog(workbook, plan.log);
  return result;
}

/** Nothing to write: the order was signed before and no pair waits for it. */
export function signingChangedNothing(plan: SigningPlan): boolean {
  return plan.alreadySigned && plan.approved.length === 0;
}

export function signingLines(plan: SigningPlan): string[] {
  const order = `Приказ № ${orderLabel(plan.order)}${plan.order.title ? ` «${plan.order.title}»` : ''}`;
  if (signingChangedNothing(plan)) return [`${order} уже подписан (лист «${SHEET.orders}», строка ${plan.row}): ничего не изменено.`, ...copiesLines(plan)];
  const lines = [plan.alreadySigned
    ? `${order} уже был отмечен подписанным (лист «${SHEET.orders}», строка ${plan.row}); его пары ещё ждали утверждения.`
    : `${order} отмечен как подписанный (лист «${SHEET.orders}», строка ${plan.row}, статус «подписан»).`];
  if (plan.listed.length > 0) lines.push(`Утверждены пары этого приказа (статус «утверждена»): ${countOf(plan.listed.length, 'пара')} — ${plan.listed.join(', ')}.`);
  else if (plan.referencing.length === 0) lines.push('Этот приказ не закрепляет пар: статусы пар не изменены.');
  else lines.push(`Пары этого приказа (${plan.referencing.join(', ')}) уже не в статусе «предложена»: статусы пар не изменены.`);
  const others = plan.approved.filter((code) => !plan.listed.includes(code));
  if (others.length > 0) lines.push(`Также утверждены пары других подписанных приказов: ${others.join(', ')}.`);
  lines.push(...copiesLines(plan));
  return lines;
}

function copiesLines(plan: SigningPlan): string[] {
  if (plan.copies.length === 0) return [];
  const rows = plan.copies.length === 1 ? `строке ${plan.copies[0]}` : `строках ${plan.copies.join(', ')}`;
  return [`Тот же приказ записан в реестре ещё раз — в ${rows} листа «${SHEET.orders}»; лишние строки можно удалить.`];
}
