/** Reads «Справочники»: one column per vocabulary, headed by its name. A missing column falls back to the defaults. */
import type { Issue } from './issues';
import { SHEET } from './schema';
import { type Table, cellText, findColumn, isBlank } from './table';
import { DEFAULT_VOCABULARIES, VOCABULARY, type Vocabularies, type VocabularyKey } from './vocabulary';

export function readVocabularies(table: Table | undefined, issues: Issue[] = []): Vocabularies {
  const result = {} as Vocabularies;
  for (const key of Object.keys(VOCABULARY) as VocabularyKey[]) {
    const column = table ? findColumn(table, VOCABULARY[key]) : -1;
    if (!table || column < 0) {
      if (table) {
        issues.push({
          severity: 'warning',
          sheet: SHEET.vocabularies,
          row: 1,
          column: VOCABULARY[key],
          message: `Нет столбца «${VOCABULARY[key]}»: используется стандартный список.`,
        });
      }
      result[key] = [...DEFAULT_VOCABULARIES[key]];
      continue;
    }
    result[key] = table.rows.map((row) => row[column]).filter((cell) => !isBlank(cell)).map((cell) => cellText(cell).trim());
  }
  return result;
}

/** The grid of «Справочники» as «Настроить банк» creates it. */
export function defaultVocabularyGrid(): string[][] {
  const keys = Object.keys(VOCABULARY) as VocabularyKey[];
  const height = Math.max(...keys.map((key) => DEFAULT_VOCABULARIES[key].length));
  const grid: string[][] = [keys.map((key) => VOCABULARY[key])];
  for (let i = 0; i < height; i++) grid.push(keys.map((key) => DEFAULT_VOCABULARIES[key][i] ?? ''));
  return grid;
}
