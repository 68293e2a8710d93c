/**
 * What pairing reads from the bank, the same for Google Sheets and Excel: the people, pairs and
 * preferences, the weights from «Настройки», the academic year, and the codes «Журнал» has issued.
 */
import { BANK_SHEETS, readBank, type Bank, type BankTables } from '../bank/bank';
import { duplicateHeaderProblem } from '../bank/duplicateHeaders';
import { describeIssueLocation } from '../bank/issueText';
import { LOG_COLUMNS, SHEET, type SheetName } from '../bank/schema';
import { SETTING, settingText } from '../bank/settings';
import { cellText, findColumn } from '../bank/table';
import { confirmPairs, type ConfirmedLine } from './confirmation';
import { prepareMatching, type MatchingBank } from './context';
import { namesakeWarnings } from './namesakes';
import type { Period } from './period';
import { weightsFromSettings, type MatchingWeights } from './weights';

/** Every sheet pairing reads: the bank and «Журнал» (for issued codes). One read each per action. */
export const PAIRING_SHEETS: readonly SheetName[] = [...BANK_SHEETS, SHEET.log];

export interface PairingInput {
  bank: MatchingBank;
  weights: MatchingWeights;
  /** Problems the curator should see before pairing: bad weights, missing sheets or columns, possible namesakes. */
  problems: string[];
  academicYear?: string;
  /** The «Коды» cells of «Журнал». */
  issuedCodeTexts: string[];
  /** The bank as read. */
  read: Bank;
  /** The sheets as read, for the appends of a confirmation (headers and last rows). */
  tables: BankTables;
  /** Why pairs must not be written: a sheet repeats a header (domain/bank/duplicateHeaders). */
  writeBlocked?: string;
}

export function pairingInput(tables: BankTables): PairingInput {
  const read = readBank(tables);
  const { weights, issues } = weightsFromSettings(read.settings);
  // Row-level problems are shown with the person they keep out; here only what concerns a whole sheet or column.
  const structural = read.issues.filter((i) => i.severity === 'error' && (i.row === null || i.row === 1));
  const bank: MatchingBank = { mentors: read.mentors, mentees: read.mentees, pairs: read.pairs, preferences: read.preferences, forbidden: read.forbidden };
  const problems = [
    ...[...structural, ...issues].map((i) => `${describeIssueLocation(i)}: ${i.message}`),
    ...namesakeWarnings(prepareMatching(bank, weights)),
  ];
  const writeBlocked = duplicateHeaderProblem(Object.values(tables));
  if (writeBlocked) problems.unshift(writeBlocked);
  const log = tables[SHEET.log];
  const codes = log ? findColumn(log, LOG_COLUMNS.codes) : -1;
  return {
    writeBlocked,
    bank,
    weights,
    problems,
    academicYear: settingText(read.settings, SETTING.academicYear) || undefined,
    issuedCodeTexts: log && codes >= 0 ? log.rows.map((row) => cellText(row[codes])) : [],
    read,
    tables,
  };
}

/** Confirms lines against the bank as read: new codes after those in «Пары» and «Журнал», the bank's weights. */
export function confirmFromInput(input: PairingInput, lines: readonly ConfirmedLine[], today: Date, period?: Period): ReturnType<typeof confirmPairs> {
  return confirmPairs(input.bank, lines, {
    today,
    academicYear: input.academicYear,
    existingPairCodes: input.bank.pairs.map((p) => p.code),
    issuedCodeTexts: input.issuedCodeTexts,
    weights: input.weights,
    period,
  });
}
