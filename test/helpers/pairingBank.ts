/**
 * Banks for pairing tests as sheet grids, laid out by the schema's headers (as «Настроить банк» makes them), with
 * people given by column name. Built from schema.ts alone so that these tests do not depend on other capabilities.
 */
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET, SHEETS, type SheetName } from '../../src/domain/bank/schema';
import type { Cell } from '../../src/domain/bank/table';
import { defaultVocabularyGrid } from '../../src/domain/bank/vocabularies';

export type Row = Record<string, Cell>;

const ICT = 'цифровые инструменты и ИКТ';

export function mentorRow(code: string, name: string, over: Row = {}): Row {
  return {
    [M.code]: code, [M.fullName]: name, [M.position]: 'учитель', [M.experience]: 20, [M.capacity]: 1,
    [M.consentData]: 'да', [M.consentMentor]: 'да', [M.status]: 'активен', ...over,
  };
}

export function menteeRow(code: string, name: string, over: Row = {}): Row {
  return {
    [E.code]: code, [E.fullName]: name, [E.position]: 'учитель', [E.experience]: 1,
    [E.category]: 'молодой специалист (стаж 0–3 года)', [E.consentData]: 'да', [E.status]: 'активен', ...over,
  };
}

function header(name: SheetName): string[] {
  return SHEETS.find((s) => s.name === name)!.columns.map((c) => c.header);
}

function gridOf(name: SheetName, rows: Row[]): Cell[][] {
  const h = header(name);
  return [h, ...rows.map((r) => h.map((column) => r[column] ?? ''))];
}

export interface BankRows {
  mentors: Row[];
  mentees: Row[];
  pairs?: Row[];
  preferences?: Row[];
  settings?: Array<[string, Cell]>;
  log?: Row[];
}

export function pairingGrids(rows: BankRows): Record<string, Cell[][]> {
  return {
    [SHEET.settings]: [['Параметр', 'Значение'], ['Учебный год', '2026/2027'], ...(rows.settings ?? [])],
    [SHEET.vocabularies]: defaultVocabularyGrid(),
    [SHEET.mentors]: gridOf(SHEET.mentors, rows.mentors),
    [SHEET.mentees]: gridOf(SHEET.mentees, rows.mentees),
    [SHEET.pairs]: gridOf(SHEET.pairs, rows.pairs ?? []),
    [SHEET.preferences]: gridOf(SHEET.preferences, rows.preferences ?? []),
    [SHEET.log]: gridOf(SHEET.log, rows.log ?? []),
  };
}

/** A school of `mentees` mentees and `mentors` mentors (capacities 1–3), repeatable, for size and call-count tests. */
export function schoolGrids(mentors: number, mentees: number): Record<string, Cell[][]> {
  const deficits = ['взаимодействие с родителями', ICT, 'оценивание и подготовка к ГИА', 'организация урока и управление классом'];
  const subjects = ['математика', 'русский язык', 'физика', 'история', 'биология'];
  return pairingGrids({
    mentors: Array.from({ length: mentors }, (_, i) => mentorRow(`НС-${String(i + 1).padStart(3, '0')}`, `Наставникова Анна ${['Ивановна', 'Петровна', 'Сергеевна'][i % 3]}`, {
      [M.capacity]: 1 + (i % 3),
      [M.subjects]: subjects[i % subjects.length],
      [M.competences]: [deficits[i % 4], deficits[(i + 1) % 4]].join('; '),
      [M.experience]: 8 + (i % 25),
    })),
    mentees: Array.from({ length: mentees }, (_, i) => menteeRow(`НП-${String(i + 1).padStart(4, '0')}`, `Учителева Мария ${['Олеговна', 'Павловна'][i % 2]}`, {
      [E.subjects]: subjects[(i * 7) % subjects.length],
      [E.deficits]: [deficits[(i * 3) % 4], deficits[(i + 2) % 4]].join('; '),
      [E.experience]: i % 3,
    })),
  });
}

export { ICT, P as PAIR };
