/**
 * What making a document changes in the workbook, for both adapters: an order gets a row in «Приказы» (status
 * «проект»), the pairs order writes its reference into «Пары» → «Приказ» of the pairs it lists, and every action
 * leaves a «Журнал» row naming pairs only by their codes.
 */
import { logEntry } from '../bank/log';
import type { Table, Cell } from '../bank/table';
import type { BuiltDocument, DocumentDefinition } from './catalog';
import { orderReference, type OrderRecord } from './register';
import { pairOrderWrite, type ColumnResult } from './sheets';

export const PROGRAMMES_LOG_ACTION = 'Документы: программы наставничества';

/**
 * The «Приказ» write of an order, checked before the document is made (a renamed column must not leave a registered
 * order behind). Only the pairs order sets «Приказ»: the others name pairs but approve nothing.
 */
export function orderPairsWrite(document: BuiltDocument, pairs: Table | undefined): ColumnResult | undefined {
  if (document.kind !== 'order-pairs' || !document.order || !pairs) return undefined;
  return pairOrderWrite(pairs, document.pairCodes, orderReference(document.order.number, document.order.date));
}

/** The «Приказы» record of a made order: a draft until the director signs it. */
export function madeOrderRecord(definition: DocumentDefinition, document: BuiltDocument, link: string, pdf: string): OrderRecord | undefined {
  if (!document.order) return undefined;
  return { number: document.order.number, date: document.order.date, kind: definition.title, title: document.order.title, link, pdf, status: 'проект' };
}

export function documentLogEntry(now: Date, definition: DocumentDefinition, document: BuiltDocument): Cell[] {
  return logEntry(now, `Документ: ${definition.title}`, document.pairCodes, document.order ? `№ ${document.order.number}` : document.name);
}
