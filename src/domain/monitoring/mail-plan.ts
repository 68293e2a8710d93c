/**
 * Letters for «Разослать анкеты» and «Напомнить»: for every form the curator marked «Рассылать», the people due an
 * invitation (or a reminder) and their personal links. The rubric goes to the curator: one letter with a link per
 * pair. Each letter carries the log rows it will leave in «Рассылка» once sent.
 */
import { type Bank, readBank } from '../bank/bank';
import { SHEET } from '../bank/schema';
import { SETTING, settingText } from '../bank/settings';
import { ACTIVE_STATUS, normalizeTerm } from '../bank/vocabulary';
import { personalLink } from '../questionnaires/links';
import { readMailLog } from '../questionnaires/mail-log';
import { fitCheckDue, fitCheckSettings } from '../matching/fitCheck';
import {
  academicYearStart, invitationLetter, invitationsDue, isEmail, type Letter, lettersOfAcademicYear, type MailRecord, reminderLetter, remindersDue,
  rubricLetter, type Sender,
} from '../questionnaires/mailing';
import type { Questionnaire } from '../questionnaires/model';
import { answeredSince, readProcessingLog } from '../questionnaires/processing-log';
import { type FormRecord, readRegistry } from '../questionnaires/registry';
import { normaliseCode } from '../questionnaires/responses';
import { catalogFor } from './catalog';
import { type MonitoringTables, rosterOf } from './process';

export interface MailItem {
  letter: Letter;
  records: MailRecord[];
}

export interface MailPlan {
  items: MailItem[];
  /** Why some forms send nothing (no template, no curator address…). */
  notes: string[];
}

/** Pairs the rubric is filled for: approved, working or finished ones. */
export const ASSESSED_STATUSES = ['утверждена', 'действует', 'завершена'];

export function sender(bank: Bank): Sender {
  return {
    organisation: settingText(bank.settings, SETTING.orgShortName),
    curatorName: settingText(bank.settings, SETTING.curatorName) || 'Куратор программы наставничества',
  };
}


function marked(registry: readonly FormRecord[], catalog: readonly Questionnaire[], notes: string[]): Array<{ record: FormRecord; questionnaire: Questionnaire }> {
  return registry.filter((record) => record.send).flatMap((record) => {
    const questionnaire = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!questionnaire) return [];
    if (!record.linkTemplate) {
      notes.push(`«${questionnaire.title}»: нет шаблона личной ссылки в листе «${SHEET.forms}» — пересоздайте анкету.`);
      return [];
    }
    return [{ record, questionnaire }];
  });
}

function rubricItem(
  questionnaire: Questionnaire, record: FormRecord, bank: Bank, pairs: string[], now: Date, kind: MailRecord['kind'], notes: string[],
): MailItem[] {
  if (pairs.length === 0) return [];
  const to = settingText(bank.settings, SETTING.curatorEmail);
  if (!isEmail(to)) {
    notes.push(`«${questionnaire.title}»: укажите «${SETTING.curatorEmail}» в листе «${SHEET.settings}» — оценку по парам получает куратор.`);
    return [];
  }
  const byCode = new Map(bank.pairs.map((pair) => [pair.code, pair] as const));
  const lines = pairs.map((code) => {
    const pair = byCode.get(code)!;
    return { pair: code, people: [pair.mentorName, ...pair.menteeNames].filter(Boolean).join(', '), link: personalLink(record.linkTemplate, code) };
  });
  const letter = rubricLetter(questionnaire, to.trim(), lines, sender(bank));
  if (kind === 'напоминание') letter.subject = `Напоминание: ${letter.subject}`;
  return [{ letter, records: pairs.map((code) => ({ at: now, questionnaireId: questionnaire.id, code, email: to.trim(), kind })) }];
}

export function planInvitations(tables: MonitoringTables, now: Date): MailPlan {
  const bank = readBank(tables);
  const registry = readRegistry(tables[SHEET.forms]);
  const log = readMailLog(tables[SHEET.mailing]);
  const notes: string[] = [];
  const roster = rosterOf(bank);
  const items: MailItem[] = [];
  for (const { record, questionnaire } of marked(registry, catalogFor(bank), notes)) {
    if (questionnaire.audience.includes('куратор')) {
      const invited = new Set(log.filter((entry) => entry.questionnaireId === questionnaire.id).map((entry) => normaliseCode(entry.code)));
      const due = bank.pairs.filter((pair) => ASSESSED_STATUSES.includes(pair.status.trim().toLowerCase()) && !invited.has(normaliseCode(pair.code)));
      items.push(...rubricItem(questionnaire, record, bank, due.map((pair) => pair.code), now, 'приглашение', notes));
      continue;
    }
    const afterStart = { now, due: (start: Date | undefined, at: Date) => fitCheckDue(start, at, fitCheckSettings(bank.settings).weeks) };
    for (const recipient of invitationsDue(questionnaire, bank.mentors, bank.mentees, roster, lettersOfAcademicYear(log, now), academicYearStart(now), afterStart)) {
      items.push({
        letter: invitationLetter(questionnaire, recipient, personalLink(record.linkTemplate, recipient.code), sender(bank)),
        records: [{ at: now, questionnaireId: questionnaire.id, code: recipient.code, email: recipient.email, kind: 'приглашение' }],
      });
    }
  }
  return { items, notes };
}

export function planReminders(tables: MonitoringTables, now: Date): MailPlan {
  const bank = readBank(tables);
  const registry = readRegistry(tables[SHEET.forms]);
  const letters = lettersOfAcademicYear(readMailLog(tables[SHEET.mailing]), now);
  const answered = answeredSince(readProcessingLog(tables[SHEET.processing]), academicYearStart(now));
  const notes: string[] = [];
  const people = new Map([...bank.mentors, ...bank.mentees].map((person) => [normaliseCode(person.code), person] as const));
  const assessed = new Set(bank.pairs.filter((pair) => ASSESSED_STATUSES.includes(pair.status.trim().toLowerCase())).map((pair) => normaliseCode(pair.code)));
  const items: MailItem[] = [];
  for (const { record, questionnaire } of marked(registry, catalogFor(bank), notes)) {
    const due = remindersDue(questionnaire, letters, answered.get(questionnaire.id) ?? [], now);
    if (questionnaire.audience.includes('куратор')) {
      // A pair stopped (or removed) since the invitation is not assessed any more.
      const pairs = due.map((entry) => entry.code).filter((code) => assessed.has(normaliseCode(code)));
      items.push(...rubricItem(questionnaire, record, bank, pairs, now, 'напоминание', notes));
      continue;
    }
    for (const entry of due) {
      // The bank as it is now, not as it was at the invitation: whoever has since withdrawn consent to personal data,
      // left or been suspended, or lost the address gets no more letters; a corrected address is written to.
      const person = people.get(normaliseCode(entry.code));
      if (!person || !person.consentPersonalData || normalizeTerm(person.status) !== ACTIVE_STATUS || !isEmail(person.email)) continue;
      const email = person.email.trim();
      items.push({
        letter: reminderLetter(questionnaire, { code: entry.code, email, fullName: person.fullName }, personalLink(record.linkTemplate, entry.code), sender(bank)),
        records: [{ at: now, questionnaireId: questionnaire.id, code: entry.code, email, kind: 'напоминание' }],
      });
    }
  }
  return { items, notes };
}
