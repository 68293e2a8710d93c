/**
 * A workbook opened from a file remembers the package it came from and every cell as it was read. Saving then
 * writes only what the product changed into that package (patch.ts) — the rest of the file (chart sheets, charts,
 * drawings, notes, data validation, defined names, odd text exceljs would re-encode) is carried over as it was.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { PackageLayout } from './readable';
import type { SheetEntry } from './parts';

export interface CellState {
  value: string;
  style: string;
}

export interface SheetOrigin {
  worksheet: ExcelJS.Worksheet;
  entry: SheetEntry;
  cells: Map<string, CellState>;
}

export interface Origin {
  bytes: Buffer;
  zip: JSZip;
  layout: PackageLayout;
  sheets: SheetOrigin[];
}

const origins = new WeakMap<ExcelJS.Workbook, Origin>();

export function valueKey(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value !== null && typeof value === 'object') return `o${JSON.stringify(value)}`;
  return `${typeof value}:${String(value)}`;
}

/** Style texts of one pass over a workbook: exceljs shares a style object among the cells of one format. */
export type StyleTexts = WeakMap<object, string>;

export function cellState(cell: ExcelJS.Cell, texts: StyleTexts = new WeakMap()): CellState {
  const style = cell.style ?? {};
  let text = texts.get(style);
  if (text === undefined) {
    text = JSON.stringify(style);
    texts.set(style, text);
  }
  return { value: valueKey(cell.value), style: text };
}

export const EMPTY_CELL: CellState = { value: valueKey(null), style: '{}' };

/** The cells that hold something, by «row:column»; empty rows and cells are never walked (a far stray cell is cheap). */
export function cellStates(worksheet: ExcelJS.Worksheet): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  const texts: StyleTexts = new WeakMap();
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      cells.set(`${rowNumber}:${column}`, cellState(cell, texts));
    });
  });
  return cells;
}

/** `sheets` carries over the cells of a save that wrote no whole sheet; otherwise every sheet's cells are taken anew. */
export function rememberOrigin(workbook: ExcelJS.Workbook, bytes: Buffer, zip: JSZip, layout: PackageLayout, sheets?: SheetOrigin[]): void {
  if (sheets) {
    origins.set(workbook, { bytes, zip, layout, sheets });
    return;
  }
  const fresh = workbook.worksheets.flatMap((worksheet) => {
    const entry = layout.sheets.find((sheet) => sheet.kind === 'worksheet' && sheet.name === worksheet.name);
    return entry ? [{ worksheet, entry, cells: cellStates(worksheet) }] : [];
  });
  origins.set(workbook, { bytes, zip, layout, sheets: fresh });
}

export function originOf(workbook: ExcelJS.Workbook): Origin | undefined {
  return origins.get(workbook);
}
