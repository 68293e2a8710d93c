/** What document actions read from the spreadsheet: each sheet once, turned into the domain's context. */
import { readBank, type Bank, type BankTables } from '../../domain/bank/bank';
import { SHEET } from '../../domain/bank/schema';
import { documentSettings, type DocumentContext } from '../../domain/documents/context';
import type { OrderRecord } from '../../domain/documents/register';
import { readOrderRegister, readScores } from '../../domain/documents/sheets';
import { readTables } from '../sheets/tables';

export const DOCUMENT_SHEETS = [SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.results, SHEET.orders] as const;

export interface DocumentsWorkbook {
  tables: BankTables;
  bank: Bank;
  ctx: DocumentContext;
  register: OrderRecord[];
}

export function readDocumentsWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, today: Date): DocumentsWorkbook {
  const tables = readTables(spreadsheet, DOCUMENT_SHEETS);
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
