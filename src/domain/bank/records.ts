/** Reads the data rows of a sheet by its column specs: values by header, and every problem as an Issue. */
import type { Issue } from './issues';
import { type CellValue, parseCell } from './cells';
import { SET_UP_BANK } from './issueText';
import type { ColumnSpec, SheetSpec } from './schema';
import { type Cell, type Table, findColumn, isBlank, isBlankRow, sheetRow } from './table';
import { closestName } from './similar';
import type { Vocabularies } from './vocabulary';

export interface SheetRecord {
  /** Sheet row number (header = 1). */
  row: number;
  values: Map<string, CellValue | undefined>;
  /** Errors in this row, in words, so that later steps can say why a person is left out. */
  problems: string[];
}

export interface SheetRecords {
  records: SheetRecord[];
  /** Required columns the sheet lacks: no record of it can be trusted for those. */
  missingRequired: string[];
  columnIndex: Map<string, number>;
}

export function readRecords(table: Table, spec: Pick<SheetSpec, 'name' | 'columns'>, vocabularies: Vocabularies, issues: Issue[]): SheetRecords {
  const columnIndex = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  for (const column of spec.columns) {
    const index = findColumn(table, column.header);
    if (index >= 0) columnIndex.set(column.header, index);
    else missing.push(column);
  }
  const known = new Set(columnIndex.values());
  const unknownHeaders = table.header.filter((header, index) => header !== '' && !known.has(index));
  const missingRequired: string[] = [];
  for (const column of missing) {
    const renamed = closestName(column.header, unknownHeaders);
    const hint = renamed
      ? `Возможно, он переименован в «${renamed}»: верните прежнее название, столбцы находятся по названию в первой строке.`
      : 'Проверьте, не переименован ли он: столбцы находятся по названию в первой строке.';
    const at = { sheet: spec.name, row: 1, column: column.header };
    if (column.required) {
      missingRequired.push(column.header);
      issues.push({ severity: 'error', ...at, message: `Нет обязательного столбца «${column.header}». ${hint}` });
    } else if (column.missingEffect) {
      issues.push({ severity: 'warning', ...at, message: `Нет столбца «${column.header}»: ${column.missingEffect}. ${hint}` });
    }
  }

  const records: SheetRecord[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const record: SheetRecord = { row: sheetRow(index), values: new Map(), problems: [] };
    for (const column of spec.columns) {
      const at = columnIndex.get(column.header);
      if (at === undefined) continue;
      readCell(column, cells[at] ?? null, record, spec.name, vocabularies, issues);
    }
    records.push(record);
  });
  return { records, missingRequired, columnIndex };
}

function readCell(column: ColumnSpec, cell: Cell, record: SheetRecord, sheet: string, vocabularies: Vocabularies, issues: Issue[]): void {
  const at = { sheet, row: record.row, column: column.header };
  if (isBlank(cell)) {
    if (column.type === 'code') {
      issues.push({ severity: 'warning', ...at, message: `Нет кода: его присвоит ${SET_UP_BANK}.` });
      record.problems.push('нет кода');
    } else if (column.required) {
      issues.push({ severity: 'error', ...at, message: `Не заполнено обязательное поле «${column.header}».` });
      record.problems.push(`не заполнено поле «${column.header}»`);
    }
    return;
  }
  const parsed = parseCell(column, cell, vocabularies);
  if (!parsed.ok) {
    issues.push({ severity: 'error', ...at, message: `${capitalize(parsed.message)}.` });
    record.problems.push(`«${column.header}»: ${parsed.message}`);
    return;
  }
  if (parsed.warning) issues.push({ severity: 'warning', ...at, message: `${capitalize(parsed.warning)}.` });
  record.values.set(column.header, parsed.value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function textValue(record: SheetRecord, header: string): string {
  const value = record.values.get(header);
  return typeof value === 'string' ? value : '';
}

export function numberValue(record: SheetRecord, header: string): number | undefined {
  const value = record.values.get(header);
  return typeof value === 'number' ? value : undefined;
}

export function listValue(record: SheetRecord, header: string): string[] {
  const value = record.values.get(header);
  return Array.isArray(value) ? value : [];
}

export function boolValue(record: SheetRecord, header: string): boolean {
  return record.values.get(header) === true;
}

export function dateValue(record: SheetRecord, header: string): Date | undefined {
  const value = record.values.get(header);
  return value instanceof Date ? value : undefined;
}
