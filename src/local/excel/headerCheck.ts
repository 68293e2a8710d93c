/** A writing command's first step: the product's sheets must not repeat a header (see domain/bank/duplicateHeaders). */
import type ExcelJS from 'exceljs';
import { duplicateHeaderProblem } from '../../domain/bank/duplicateHeaders';
import { SHEETS } from '../../domain/bank/schema';
import { BankFileError } from './bankFile';
import { findWorksheet } from './write';

/** Only the header rows are read: the command reads its data itself. */
export function refuseDuplicateHeaders(workbook: ExcelJS.Workbook, file: string): void {
  const headers = SHEETS.flatMap(({ name }) => {
    const worksheet = findWorksheet(workbook, name);
    if (!worksheet) return [];
    const header: string[] = [];
    worksheet.getRow(1).eachCell((cell, column) => {
      header[column - 1] = cell.text;
    });
    return [{ sheet: worksheet.name, header: Array.from(header, (title) => title ?? '') }];
  });
  const problem = duplicateHeaderProblem(headers);
  if (problem) throw new BankFileError(`«${file}»: ${problem} Книга не изменена.`);
}
