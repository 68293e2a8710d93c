/** A response table from a file: an .xlsx (the response sheet, or the only/first sheet) or a .csv export. */
import { readFileSync, existsSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { tableFromGrid } from '../../domain/bank/table';
import type { ResponseTable } from '../../domain/questionnaires/responses';
import { BankFileError, openWorkbook, worksheetTable } from '../excel/bankFile';
import { CsvProblem, decodeCsv, parseCsv } from './csv';

/** The questionnaire's own response sheet when it is named (a workbook holds one per form), else the first «Ответы …». */
function pickSheet(workbook: ExcelJS.Workbook, preferred?: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const own = preferred ? sheets.find((sheet) => sheet.name.trim().toLowerCase() === preferred.trim().toLowerCase()) : undefined;
  const answers = own ?? sheets.find((sheet) => /^ответы/i.test(sheet.name));
  const sheet = answers ?? sheets[0];
  if (!sheet) throw new BankFileError('В книге ответов нет ни одного листа.');
  return sheet;
}

export async function readResponseFile(path: string, preferredSheet?: string): Promise<ResponseTable> {
  if (!existsSync(path)) throw new BankFileError(`Не удалось открыть «${path}»: файл не найден.`);
  if (path.toLowerCase().endsWith('.csv')) return readCsvResponses(path);
  if (!path.toLowerCase().endsWith('.xlsx')) throw new BankFileError(`Файл ответов «${path}» должен быть .xlsx или .csv.`);
  const table = worksheetTable(pickSheet(await openWorkbook(path), preferredSheet));
  return { header: table.header, rows: table.rows, source: `${path}: ${table.sheet}` };
}

function readCsvResponses(path: string): ResponseTable {
  const { text, encoding } = decodeCsv(readFileSync(path));
  let grid: string[][];
  try {
    grid = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvProblem) throw new BankFileError(`Файл ответов «${path}» (${encoding}): ${error.message}. Ничего не оценено.`);
    throw error;
  }
  const table = tableFromGrid(path, grid);
  // Told so a curator who saved from Russian Excel knows the Cyrillic was read, not guessed at.
  return { header: table.header, rows: table.rows, source: encoding === 'UTF-8' ? path : `${path} (кодировка ${encoding})` };
}
