/** What document actions read from the spreadsheet: each sheet once (one getValues), turned into the domain's view. */
import { DOCUMENT_SHEETS, documentsWorkbook, type DocumentsWorkbook } from '../../domain/documents/workbook';
import { readTables } from '../sheets/tables';

export type { DocumentsWorkbook };

export function readDocumentsWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, today: Date): DocumentsWorkbook {
  return documentsWorkbook(readTables(spreadsheet, DOCUMENT_SHEETS), today);
}
