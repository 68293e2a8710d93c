/**
 * Reading hundreds of schools' packages from Drive takes longer than one Apps Script run (6 minutes), so the add-on
 * reads them in slices. What a slice has read cannot wait in the script properties (9 KB a value): it goes into a
 * hidden sheet of the municipal spreadsheet, a row per piece of a file, and the last slice consolidates from there.
 * A package is kept as its text and read again by readPackage at the end, so the staging holds nothing the format
 * would not accept. A cell holds at most 50,000 characters («Your input contains more than the maximum of 50000
 * characters in a single cell»): longer texts are cut into pieces.
 */
import { type Cell, type Table, cellText, findColumn } from '../bank/table';
import { parseCheckpoint } from '../documents/batch';
import type { SourcedPackage } from './consolidate';
import { readPackage } from './validate';

export const STAGING_SHEET = 'Сведения школ — чтение';
export const STAGING_HEADER = ['Файл', 'Идентификатор файла', 'Часть', 'Текст', 'Не прочитан'] as const;
/** Under the 50,000 characters of a cell, with room for the apostrophe that keeps a piece text. */
export const PIECE_CHARS = 40_000;

/** One file as it was read from Drive: its text, or why it could not be read. */
export interface StagedFile {
  name: string;
  id: string;
  text?: string;
  problem?: string;
}

/** The rows of one file: a piece of its text per row (one empty row for a file with no text). */
export function stagedRows(file: StagedFile): Cell[][] {
  const text = file.text ?? '';
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE_CHARS) pieces.push(text.slice(at, at + PIECE_CHARS));
  if (pieces.length === 0) pieces.push('');
  return pieces.map((piece, i) => [file.name, file.id, i + 1, piece, i === 0 ? file.problem ?? '' : '']);
}

export interface StagedRead {
  packages: SourcedPackage[];
  /** Every file in the order it was read, with the reason it was refused: «Пакеты» lists them. */
  sources: { source: string; problem?: string }[];
}

/** The staged files put back together (pieces by file id, in order) and read as packages. */
export function readStaged(table: Table | undefined): StagedRead {
  const read: StagedRead = { packages: [], sources: [] };
  if (!table) return read;
  const [name, id, part, text, problem] = STAGING_HEADER.map((h) => findColumn(table, h));
  const files = new Map<string, { name: string; pieces: { part: number; text: string }[]; problem: string }>();
  for (const row of table.rows) {
    const key = cellText(row[id]);
    if (key === '') continue;
    const file = files.get(key) ?? { name: cellText(row[name]), pieces: [], problem: '' };
    file.pieces.push({ part: Number(row[part]) || 0, text: cellText(row[text]) });
    if (cellText(row[problem]) !== '') file.problem = cellText(row[problem]);
    files.set(key, file);
  }
  for (const file of files.values()) {
    if (file.problem) {
      read.sources.push({ source: file.name, problem: file.problem });
      continue;
    }
    const whole = file.pieces.sort((a, b) => a.part - b.part).map((p) => p.text).join('');
    const result = readPackage(whole, file.name);
    if (result.ok) {
      read.packages.push({ source: file.name, package: result.package });
      read.sources.push({ source: file.name });
    } else {
      read.sources.push({ source: file.name, problem: result.message });
    }
  }
  return read;
}

/** What a slice leaves for the next one in the document properties: small, whatever the number of schools. */
export interface CollectState {
  /** DriveApp's continuation token of the folder listing. */
  token: string;
  startedAt: string;
  slices: number;
  /** Files read so far (packages or not). */
  read: number;
}

export function parseCollectState(json: string | null): CollectState | undefined {
  return parseCheckpoint<CollectState>(json, (state) => typeof state.token === 'string' && typeof state.read === 'number');
}

/** A file the municipal curator's folder holds that is worth reading: what the schools' add-on and the CLI write. */
export function isPackageFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}
