/**
 * «Запрещённые пары»: read as the other sheets are (by header), and checked against the people, so
 * a mistyped code is reported rather than silently forbidding nothing.
 */
import type { Issue } from './issues';
import type { ForbiddenPair, Mentee, Mentor } from './model';
import { readRecords, textValue } from './records';
import { FORBIDDEN_COLUMNS as F, SHEET, sheetSpec } from './schema';
import type { Table } from './table';
import type { Vocabularies } from './vocabulary';

export function readForbiddenPairs(table: Table, vocabularies: Vocabularies, issues: Issue[]): ForbiddenPair[] {
  const spec = sheetSpec('forbidden');
  const { records } = readRecords(table, spec, vocabularies, issues);
  return records
    .filter((r) => textValue(r, F.mentorCode) !== '' && textValue(r, F.menteeCode) !== '')
    .map((r) => ({
      mentorCode: textValue(r, F.mentorCode).trim(),
      menteeCode: textValue(r, F.menteeCode).trim(),
      reason: textValue(r, F.reason).trim(),
      ref: { sheet: spec.name, row: r.row, column: F.mentorCode },
    }));
}

/** Codes of «Запрещённые пары» that name nobody: the row forbids nothing until it is corrected. */
export function forbiddenPairIssues(forbidden: readonly ForbiddenPair[], mentors: readonly Mentor[], mentees: readonly Mentee[]): Issue[] {
  const key = (code: string) => code.trim().toUpperCase();
  const mentorCodes = new Set(mentors.map((m) => key(m.code)));
  const menteeCodes = new Set(mentees.map((m) => key(m.code)));
  const issues: Issue[] = [];
  for (const f of forbidden) {
    if (!mentorCodes.has(key(f.mentorCode))) {
      issues.push({
        severity: 'warning',
        sheet: SHEET.forbidden,
        row: f.ref.row,
        column: F.mentorCode,
        message: `Наставника с кодом «${f.mentorCode}» нет на листе «${SHEET.mentors}»: запрет в этой строке ни на кого не действует.`,
      });
    }
    if (!menteeCodes.has(key(f.menteeCode))) {
      issues.push({
        severity: 'warning',
        sheet: SHEET.forbidden,
        row: f.ref.row,
        column: F.menteeCode,
        message: `Наставляемого с кодом «${f.menteeCode}» нет на листе «${SHEET.mentees}»: запрет в этой строке ни на кого не действует.`,
      });
    }
  }
  return issues;
}
