/**
 * CSV as Google Forms and spreadsheets export it: RFC 4180 quoting (commas, quotes and line breaks inside quotes),
 * a comma or a semicolon (Russian Excel) as the delimiter, UTF-8 with or without a byte-order mark, or Windows-1251
 * (what Russian Excel writes for «CSV (разделители — запятые)»). Parsing is csv-parse's, strict about quotes: an
 * unclosed quote would swallow every later line into one field, so it is an error naming the line where it opens.
 */
import { CsvError, parse } from 'csv-parse/sync';

export class CsvProblem extends Error {}

export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1251';

/** The file's text and the encoding it was read in: UTF-8 when it decodes as UTF-8, else Windows-1251. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of turning into «�».
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Any byte is a character in Windows-1251, so this always succeeds; Cyrillic text there is never valid UTF-8.
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'Windows-1251' };
  }
}

export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  // The line the last complete record ended on: an unclosed quote opens on the next one.
  let lastLine = 0;
  try {
    return parse(source, {
      delimiter,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        lastLine = context.lines;
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new CsvProblem(`${csvProblem(error.code, lastLine + 1, (error as CsvError & { lines?: number }).lines)}. `
      + 'Кавычка внутри ответа пишется дважды (""), а ответ с кавычкой, запятой или переносом строки — целиком в кавычках');
  }
}

/** Where the record that cannot be read begins: the quote that broke it is there, not where the parser gave up. */
function csvProblem(code: string, line: number, stoppedAt: number | undefined): string {
  const merged = 'строки после неё слились бы в один ответ';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return `в строке ${line} открыта кавычка, которая не закрыта до конца файла — ${merged}`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE') {
    return `в строке ${line} открыта кавычка, которая не закрыта там, где кончается ответ${stoppedAt && stoppedAt !== line ? ` (её закрыла кавычка в строке ${stoppedAt})` : ''} — ${merged}`;
  }
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_OPENING_QUOTE') return `в строке ${line} кавычка стоит посреди ответа, не взятого в кавычки`;
  return `строка ${line} не читается как CSV (${code})`;
}
