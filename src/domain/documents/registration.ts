/**
 * What making a document changes in the workbook, for both adapters: an order gets a row in «Приказы» (status
 * «проект»), the pairs order writes its reference into «Пары» → «Приказ» of the pairs it lists, and every action
 * leaves a «Журнал» row naming pairs only by their codes.
 */
import { logEntry } from '../bank/log';
import type { Table, Cell } from '../bank/table';
import type { BuiltDocument, DocumentDefinition } from './catalog';
import { orderReference, type OrderRecord } from './register';
import { orderRegisterProblem, pairOrderWrite, type ColumnResult } from './sheets';

export const PROGRAMMES_LOG_ACTION = 'Документы: программы наставничества';
export const AGREEMENTS_LOG_ACTION = 'Документы: соглашения с наставниками';

/**
 * The «Приказ» write of an order, checked before the document is made (a renamed column must not leave a registered
 * order behind). Only the pairs order sets «Приказ»: the others name pairs but approve nothing.
 */
export function orderPairsWrite(document: BuiltDocument, pairs: Table | undefined): ColumnResult | undefined {
  if (document.kind !== 'order-pairs' || !document.order || !pairs) return undefined;
  return pairOrderWrite(pairs, document.pairCodes, orderReference(document.order.number, document.order.date));
}

/** Why the order cannot be registered in «Приказы» as its header stands, checked before the document is made. */
export function orderRegisterCheck(document: BuiltDocument, orders: Table | undefined): string | undefined {
  if (!document.order || !orders) return undefined;
  return orderRegisterProblem(orders.header, { pairs: document.pairCodes });
}

/**
 * The «Приказы» record of a made order: a draft until the director signs it. «Пары» lists the pairs it covers, and
 * «Заголовок» names whom an order without pairs appoints, so neither is issued twice.
 */
export function madeOrderRecord(definition: DocumentDefinition, document: BuiltDocument, link: string, pdf: string): OrderRecord | undefined {
  if (!document.order) return undefined;
  const { number, date, title, subject } = document.order;
  return { number, date, kind: definition.title, title: subject ? `${title} (${subject})` : title, link, pdf, status: 'проект', pairs: document.pairCodes };
}

export function documentLogEntry(now: Date, definition: DocumentDefinition, document: BuiltDocument): Cell[] {
  return logEntry(now, `Документ: ${definition.title}`, document.pairCodes, document.order ? `№ ${document.order.number}` : document.name);
}
