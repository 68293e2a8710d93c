/** The documents' view of the workbook: the bank, the context documents are made from, and the order register. */
import { readBank, type Bank, type BankTables } from '../bank/bank';
import { SHEET } from '../bank/schema';
import { documentSettings, type DocumentContext } from './context';
import type { OrderRecord } from './register';
import { readOrderRegister, readScores } from './sheets';

/** The sheets a document action reads, each once. */
export const DOCUMENT_SHEETS = [SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.results, SHEET.orders] as const;

export interface DocumentsWorkbook {
  tables: BankTables;
  bank: Bank;
  ctx: DocumentContext;
  register: OrderRecord[];
}

export function documentsWorkbook(tables: BankTables, today: Date): DocumentsWorkbook {
  const bank = readBank(tables);
  const ctx: DocumentContext = {
    settings: documentSettings(bank.settings),
    mentors: bank.mentors,
    mentees: bank.mentees,
    pairs: bank.pairs,
    scores: readScores(tables[SHEET.results]),
    today,
  };
  return { tables, bank, ctx, register: readOrderRegister(tables[SHEET.orders]) };
}
