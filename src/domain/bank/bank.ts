/** The whole bank read from its sheets at once: what every capability starts from. */
import type { Issue } from './issues';
import { SET_UP_BANK } from './issueText';
import { readForbiddenPairs } from './forbidden';
import type { ForbiddenPair, Mentee, Mentor, Pair, Preference } from './model';
import { readMentees, readMentors, readPairs, readPreferences } from './people';
import { SHEET, type SheetName } from './schema';
import { type Settings, readSettings } from './settings';
import type { Table } from './table';
import type { Vocabularies } from './vocabulary';
import { readVocabularies } from './vocabularies';

export type BankTables = Partial<Record<SheetName, Table>>;

export interface Bank {
  settings: Settings;
  vocabularies: Vocabularies;
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: Pair[];
  preferences: Preference[];
  /** «Запрещённые пары»; empty when the sheet is missing (nothing is forbidden then). */
  forbidden: ForbiddenPair[];
  /** Everything found while reading, in sheet order. */
  issues: Issue[];
}

/** Sheets without which the bank cannot work; the others are only reported as missing. */
const ESSENTIAL: readonly SheetName[] = [SHEET.settings, SHEET.mentors, SHEET.mentees, SHEET.vocabularies];

export const BANK_SHEETS: readonly SheetName[] = [SHEET.settings, SHEET.vocabularies, SHEET.mentors, SHEET.mentees, SHEET.pairs, SHEET.preferences, SHEET.forbidden];

/** Sheets whose absence only means "none yet": a bank set up before they existed reads as it did. */
const QUIET_WHEN_MISSING: readonly SheetName[] = [SHEET.forbidden];

export function readBank(tables: BankTables): Bank {
  const issues: Issue[] = [];
  for (const name of BANK_SHEETS) {
    if (tables[name] || QUIET_WHEN_MISSING.includes(name)) continue;
    issues.push({
      severity: ESSENTIAL.includes(name) ? 'error' : 'warning',
      sheet: name,
      row: null,
      column: null,
      message: `Нет листа «${name}». Выполните ${SET_UP_BANK}: недостающие листы будут созданы.`,
    });
  }
  const settings = readSettings(tables[SHEET.settings], issues);
  const vocabularies = readVocabularies(tables[SHEET.vocabularies], issues);
  const { [SHEET.mentors]: mentorTable, [SHEET.mentees]: menteeTable, [SHEET.pairs]: pairTable, [SHEET.preferences]: preferenceTable } = tables;
  const mentors = mentorTable ? readMentors(mentorTable, vocabularies, issues) : [];
  const mentees = menteeTable ? readMentees(menteeTable, vocabularies, issues) : [];
  const pairs = pairTable ? readPairs(pairTable, vocabularies, issues) : [];
  const preferences = preferenceTable ? readPreferences(preferenceTable, issues) : [];
  const forbiddenTable = tables[SHEET.forbidden];
  const forbidden = forbiddenTable ? readForbiddenPairs(forbiddenTable, vocabularies, issues) : [];
  return { settings, vocabularies, mentors, mentees, pairs, preferences, forbidden, issues };
}
