/** Rows of «Наставники», «Наставляемые», «Пары» and «Предпочтения» turned into the domain's nouns. */
import type { Issue } from './issues';
import type { Gender, Mentee, Mentor, Pair, Person, Preference } from './model';
import { type SheetRecord, boolValue, dateValue, listValue, numberValue, readRecords, textValue } from './records';
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, PREFERENCE_COLUMNS as R, sheetSpec } from './schema';
import { type Table, cellText, findColumn, isBlank, isBlankRow, sheetRow } from './table';
import { type Vocabularies, splitList } from './vocabulary';

function gender(record: SheetRecord, header: string): Gender | undefined {
  const value = textValue(record, header);
  return value === 'м' || value === 'ж' ? value : undefined;
}

function subjects(record: SheetRecord, header: string): string[] {
  return splitList(textValue(record, header));
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** The columns «Наставники» and «Наставляемые» share (same headers on both sheets). */
function personFields(r: SheetRecord, sheet: string, missingRequired: string[]): Person {
  return {
    code: textValue(r, M.code),
    fullName: textValue(r, M.fullName),
    gender: gender(r, M.gender),
    position: textValue(r, M.position),
    subjects: subjects(r, M.subjects),
    experienceYears: numberValue(r, M.experience) ?? 0,
    email: optional(textValue(r, M.email)),
    consentPersonalData: boolValue(r, M.consentData),
    status: textValue(r, M.status),
    note: optional(textValue(r, M.note)),
    nameOverride: optional(textValue(r, M.nameOverride)),
    ref: { sheet, row: r.row, column: M.fullName },
    problems: [...missingRequired.map((header) => `на листе нет столбца «${header}»`), ...r.problems],
  };
}

export function readMentors(table: Table, vocabularies: Vocabularies, issues: Issue[]): Mentor[] {
  const spec = sheetSpec('mentors');
  const { records, missingRequired } = readRecords(table, spec, vocabularies, issues);
  return records.map((r) => ({
    ...personFields(r, spec.name, missingRequired),
    qualification: optional(textValue(r, M.qualification)),
    competences: listValue(r, M.competences),
    acceptedKinds: listValue(r, M.forms),
    capacity: numberValue(r, M.capacity) ?? 0,
    consentToMentor: boolValue(r, M.consentMentor),
    contractNumber: optional(textValue(r, M.contractNumber)),
    contractDate: dateValue(r, M.contractDate),
  }));
}

export function readMentees(table: Table, vocabularies: Vocabularies, issues: Issue[]): Mentee[] {
  const spec = sheetSpec('mentees');
  const { records, missingRequired } = readRecords(table, spec, vocabularies, issues);
  return records.map((r) => ({
    ...personFields(r, spec.name, missingRequired),
    category: textValue(r, E.category),
    deficits: listValue(r, E.deficits),
    strengths: splitList(textValue(r, E.strengths)),
    preferredKind: optional(textValue(r, E.preferredForm)),
  }));
}

/** Several mentees of a group are listed in one cell, separated by «;» or «,». */
export function splitCodes(text: string): string[] {
  return text.split(/[;,\n]/).map((code) => code.trim()).filter(Boolean);
}

export function readPairs(table: Table, vocabularies: Vocabularies, issues: Issue[]): Pair[] {
  const spec = sheetSpec('pairs');
  const { records } = readRecords(table, spec, vocabularies, issues);
  return records.map((r) => ({
    code: textValue(r, P.code),
    mentorCode: textValue(r, P.mentorCode),
    mentorName: textValue(r, P.mentorName),
    menteeCodes: splitCodes(textValue(r, P.menteeCodes)),
    menteeNames: splitList(textValue(r, P.menteeNames)),
    form: textValue(r, P.form),
    kind: textValue(r, P.kind),
    compatibility: numberValue(r, P.compatibility),
    reasons: textValue(r, P.reasons),
    start: dateValue(r, P.start),
    end: dateValue(r, P.end),
    order: optional(textValue(r, P.order)),
    status: textValue(r, P.status),
    endReason: optional(textValue(r, P.endReason)),
    endInitiative: optional(textValue(r, P.endInitiative)),
    ref: { sheet: spec.name, row: r.row, column: P.code },
  }));
}

export function readPreferences(table: Table, issues: Issue[]): Preference[] {
  const who = findColumn(table, R.who);
  if (who < 0) {
    issues.push({ severity: 'error', sheet: table.sheet, row: 1, column: R.who, message: `Нет столбца «${R.who}».` });
    return [];
  }
  const choices = [R.first, R.second, R.third].map((header) => findColumn(table, header)).filter((index) => index >= 0);
  const preferences: Preference[] = [];
  table.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    if (isBlank(row[who])) {
      issues.push({ severity: 'error', sheet: table.sheet, row: sheetRow(index), column: R.who, message: `Не заполнено поле «${R.who}».` });
      return;
    }
    const whom = choices.map((c) => cellText(row[c]).trim()).filter(Boolean);
    preferences.push({ who: cellText(row[who]).trim(), whom });
  });
  return preferences;
}
