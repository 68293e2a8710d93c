/**
 * «Проверить банк»: every problem of the bank in Russian, with sheet, row and column. Reading reports cell-level
 * problems; this adds the rules that look across rows (duplicates, references, consent).
 */
import { BANK_SHEETS, type Bank, type BankTables, readBank } from './bank';
import { type CheckReport, type Issue, splitIssues } from './issues';
import type { Mentee, Mentor } from './model';
import { isEmailAddress } from './cells';
import { duplicateHeaderIssues } from './duplicateHeaders';
import { sameEmailRows } from './sameEmail';
import { MENTEE_COLUMNS, MENTOR_COLUMNS, PAIR_COLUMNS, SETTINGS_COLUMNS, SHEET } from './schema';
import { SETTING, settingText, unknownSettingIssues } from './settings';
import { ACTIVE_STATUS, normalizeTerm } from './vocabulary';
import { genderDoubts } from '../language/declension';
import { parseNameOverride } from '../language/name-override';
import { weightsFromSettings } from '../matching/weights';
import { forbiddenPairIssues } from './forbidden';

const YOUNG_SPECIALIST_YEARS = 3;

/** Letters of any script, spaces, hyphens, apostrophes and dots: what a person's name is made of. */
const NAME_CHARS = /^[\p{L}\s.'’-]+$/u;

export function checkBank(tables: BankTables): CheckReport {
  const bank = readBank(tables);
  return splitIssues(sortIssues([...duplicateHeaderIssues(Object.values(tables)), ...bank.issues, ...crossRowIssues(bank)]));
}

/** In the order the curator reads the workbook: sheet by sheet, row by row. */
function sortIssues(issues: Issue[]): Issue[] {
  const sheetOrder = (sheet: string) => {
    const index = BANK_SHEETS.indexOf(sheet as (typeof BANK_SHEETS)[number]);
    return index < 0 ? BANK_SHEETS.length : index;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => sheetOrder(a.issue.sheet) - sheetOrder(b.issue.sheet) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
}

export function crossRowIssues(bank: Bank): Issue[] {
  const issues: Issue[] = [];
  duplicateCodes(bank, issues);
  for (const person of [...bank.mentors, ...bank.mentees]) personIssues(person, issues);
  duplicateNames(bank.mentors, issues);
  duplicateNames(bank.mentees, issues);
  duplicateEmails(bank.mentors, MENTOR_COLUMNS.email, issues);
  duplicateEmails(bank.mentees, MENTEE_COLUMNS.email, issues);
  for (const mentor of bank.mentors) {
    if (!mentor.consentToMentor && !mentor.problems.some((p) => p.includes(MENTOR_COLUMNS.consentMentor))) {
      issues.push({
        severity: 'warning',
        sheet: SHEET.mentors,
        row: mentor.ref.row,
        column: MENTOR_COLUMNS.consentMentor,
        message: `${mentor.fullName}: нет согласия быть наставником — не может участвовать в подборе.`,
      });
    }
  }
  // Without the column the sheet-level warning already says it once; a line per mentee would bury the real problems.
  const deficitsColumnMissing = bank.issues.some((issue) => issue.sheet === SHEET.mentees && issue.row === 1 && issue.column === MENTEE_COLUMNS.deficits);
  for (const mentee of bank.mentees) {
    youngSpecialistIssue(mentee, issues);
    if (!deficitsColumnMissing) blankDeficitsIssue(mentee, issues);
  }
  pairReferences(bank, issues);
  issues.push(...forbiddenPairIssues(bank.forbidden, bank.mentors, bank.mentees));
  issues.push(...weightsFromSettings(bank.settings).issues, ...unknownSettingIssues(bank.settings));
  documentSettingIssues(bank, issues);
  return issues;
}

/** The director's and curator's addresses and their declension overrides in «Настройки», as orders will use them. */
function documentSettingIssues(bank: Bank, issues: Issue[]): void {
  const at = (name: string) => ({ sheet: SHEET.settings, row: bank.settings.get(name)?.row ?? 1, column: SETTINGS_COLUMNS.value });
  for (const name of [SETTING.directorEmail, SETTING.curatorEmail]) {
    const email = settingText(bank.settings, name);
    if (email && !isEmailAddress(email)) issues.push({ severity: 'error', ...at(name), message: `«${name}»: «${email}» — не адрес электронной почты; письма с приказами не уйдут.` });
  }
  for (const name of [SETTING.directorNameOverride, SETTING.curatorNameOverride]) {
    const parsed = parseNameOverride(settingText(bank.settings, name));
    if (!parsed.ok) issues.push({ severity: 'error', ...at(name), message: `«${name}»: ${parsed.errors.join(' ')}` });
  }
  if (!settingText(bank.settings, SETTING.regulationOrder)) {
    issues.push({
      severity: 'warning', ...at(SETTING.regulationOrder),
      message: `Не заполнен параметр «${SETTING.regulationOrder}» (например, «№ 348/1 от 16.11.2022»): приказы ссылаются на Положение о системе наставничества без его реквизитов.`,
    });
  }
}

function personIssues(person: Mentor | Mentee, issues: Issue[]): void {
  const sheet = person.ref.sheet;
  if (person.fullName && !NAME_CHARS.test(person.fullName)) {
    issues.push({
      severity: 'warning',
      sheet,
      row: person.ref.row,
      column: MENTOR_COLUMNS.fullName,
      message: `ФИО «${person.fullName}» содержит необычные символы: проверьте, нет ли опечатки.`,
    });
  }
  if (person.nameOverride) {
    const parsed = parseNameOverride(person.nameOverride);
    if (!parsed.ok) {
      issues.push({ severity: 'error', sheet, row: person.ref.row, column: MENTOR_COLUMNS.nameOverride, message: parsed.errors.join(' ') });
    }
  }
  // Orders decline names by gender: a doubt here would be a wrong «кому?» in a signed order.
  for (const doubt of genderDoubts(person.fullName, { gender: person.gender, override: person.nameOverride })) {
    issues.push({ severity: 'warning', sheet, row: person.ref.row, column: MENTOR_COLUMNS.gender, message: `${person.fullName}: ${doubt}` });
  }
  if (!person.consentPersonalData && !person.problems.some((p) => p.includes(MENTOR_COLUMNS.consentData))) {
    issues.push({
      severity: 'warning',
      sheet,
      row: person.ref.row,
      column: MENTOR_COLUMNS.consentData,
      message: `${person.fullName || 'Участник'}: нет согласия на обработку персональных данных — не может участвовать в подборе и не получает писем.`,
    });
  }
}

function youngSpecialistIssue(mentee: Mentee, issues: Issue[]): void {
  if (!normalizeTerm(mentee.category).startsWith('молодой специалист')) return;
  if (mentee.experienceYears <= YOUNG_SPECIALIST_YEARS) return;
  issues.push({
    severity: 'warning',
    sheet: SHEET.mentees,
    row: mentee.ref.row,
    column: MENTEE_COLUMNS.experience,
    message: `${mentee.fullName}: категория «молодой специалист» предполагает стаж до ${YOUNG_SPECIALIST_YEARS} лет, указано ${mentee.experienceYears}.`,
  });
}

/** Pairing can match only requests it is told: without them the main criterion counts half for every mentor. */
function blankDeficitsIssue(mentee: Mentee, issues: Issue[]): void {
  if (mentee.deficits.length > 0 || normalizeTerm(mentee.status) !== normalizeTerm(ACTIVE_STATUS)) return;
  issues.push({
    severity: 'warning',
    sheet: SHEET.mentees,
    row: mentee.ref.row,
    column: MENTEE_COLUMNS.deficits,
    message: `${mentee.fullName || 'Наставляемый'}: не указаны дефициты (запросы) — подбор не знает, в чём нужна помощь, и засчитывает критерий «закрытие дефицитов» наполовину.`,
  });
}

function duplicateCodes(bank: Bank, issues: Issue[]): void {
  const seen = new Map<string, { sheet: string; row: number }>();
  const rows = [
    ...bank.mentors.map((p) => ({ code: p.code, sheet: p.ref.sheet, row: p.ref.row, column: MENTOR_COLUMNS.code })),
    ...bank.mentees.map((p) => ({ code: p.code, sheet: p.ref.sheet, row: p.ref.row, column: MENTEE_COLUMNS.code })),
    ...bank.pairs.map((p) => ({ code: p.code, sheet: p.ref.sheet, row: p.ref.row, column: PAIR_COLUMNS.code })),
  ];
  for (const { code, sheet, row, column } of rows) {
    if (!code) continue;
    const key = normalizeTerm(code);
    const first = seen.get(key);
    if (first) {
      const where = first.sheet === sheet ? `строке ${first.row}` : `листе «${first.sheet}», строке ${first.row}`;
      issues.push({ severity: 'error', sheet, row, column, message: `Код «${code}» повторяется: он уже есть в ${where}. Коды должны быть уникальными.` });
    } else seen.set(key, { sheet, row });
  }
}

function duplicateNames(people: Array<Mentor | Mentee>, issues: Issue[]): void {
  const seen = new Map<string, number>();
  for (const person of people) {
    if (!person.fullName) continue;
    const key = normalizeTerm(person.fullName);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        severity: 'warning',
        sheet: person.ref.sheet,
        row: person.ref.row,
        column: MENTOR_COLUMNS.fullName,
        message: `ФИО «${person.fullName}» повторяется (уже есть в строке ${first}): это тот же человек или однофамилец?`,
      });
    } else seen.set(key, person.ref.row);
  }
}

/** Said here as pairing will act on it: the later row of one email waits (see sameEmailRows). */
function duplicateEmails(people: Array<Mentor | Mentee>, column: string, issues: Issue[]): void {
  sameEmailRows(people).forEach((earlier, i) => {
    if (!earlier) return;
    const person = people[i];
    issues.push({
      severity: 'warning',
      sheet: person.ref.sheet,
      row: person.ref.row,
      column,
      message: `Email ${earlier.email} уже есть в строке ${earlier.row} (${earlier.code || 'без кода'}): это тот же человек, записанный дважды? ` +
        `В подборе участвует только строка ${earlier.row} — удалите повторную строку или исправьте email.`,
    });
  });
}

function pairReferences(bank: Bank, issues: Issue[]): void {
  const mentors = new Set(bank.mentors.map((m) => m.code).filter(Boolean));
  const mentees = new Set(bank.mentees.map((m) => m.code).filter(Boolean));
  for (const pair of bank.pairs) {
    if (pair.mentorCode && !mentors.has(pair.mentorCode)) {
      issues.push({
        severity: 'error',
        sheet: SHEET.pairs,
        row: pair.ref.row,
        column: PAIR_COLUMNS.mentorCode,
        message: `Наставника с кодом «${pair.mentorCode}» нет на листе «${SHEET.mentors}».`,
      });
    }
    const unknown = pair.menteeCodes.filter((code) => !mentees.has(code));
    if (unknown.length) {
      issues.push({
        severity: 'error',
        sheet: SHEET.pairs,
        row: pair.ref.row,
        column: PAIR_COLUMNS.menteeCodes,
        message: `Наставляемых с кодами ${unknown.map((c) => `«${c}»`).join(', ')} нет на листе «${SHEET.mentees}».`,
      });
    }
  }
}
