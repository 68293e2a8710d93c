/**
 * The letters the curator's local app sends through the school's mail server for one questionnaire: to each person
 * who should answer this year, has not, and has an address — an invitation when no letter about it went to them this
 * academic year, a reminder otherwise. As «Напомнить» in Google Sheets, nobody gets a second letter about the same
 * questionnaire within a day (REMINDER_PAUSE_MS), so a second click, or a refresh, sends nothing twice. Each letter
 * carries the «Рассылка» row it leaves once sent.
 */
import {
  invitationLetter, lettersOfAcademicYear, type MailRecord, REMINDER_PAUSE_MS, reminderLetter, type Sender,
} from '../questionnaires/mailing';
import { normaliseCode } from '../questionnaires/responses';
import type { MailItem } from './mail-plan';
import type { QuestionnaireRespondents } from './respondents';

export interface AppLetters {
  items: MailItem[];
  /** Written to less than a day ago: their next letter waits. */
  recent: number;
}

export function appLetters(entry: QuestionnaireRespondents, log: readonly MailRecord[], link: (code: string) => string, sender: Sender, now: Date): AppLetters {
  const { questionnaire } = entry;
  const last = new Map<string, Date>();
  for (const record of lettersOfAcademicYear(log, now)) {
    if (record.questionnaireId !== questionnaire.id) continue;
    const key = normaliseCode(record.code);
    const seen = last.get(key);
    if (!seen || record.at.getTime() > seen.getTime()) last.set(key, record.at);
  }
  const items: MailItem[] = [];
  let recent = 0;
  for (const { code, answered, recipient } of entry.respondents) {
    if (answered || !recipient) continue;
    const before = last.get(normaliseCode(code));
    if (before && now.getTime() - before.getTime() < REMINDER_PAUSE_MS) {
      recent += 1;
      continue;
    }
    const kind = before ? 'напоминание' : 'приглашение';
    const letter = before ? reminderLetter(questionnaire, recipient, link(code), sender) : invitationLetter(questionnaire, recipient, link(code), sender);
    items.push({ letter, records: [{ at: now, questionnaireId: questionnaire.id, code, email: recipient.email, kind }] });
  }
  return { items, recent };
}
