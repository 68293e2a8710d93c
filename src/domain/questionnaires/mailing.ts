/**
 * Who is sent which questionnaire, when to remind, and what the letter says. The adapter only sends what this decides
 * and records it; the daily mail quota splits a list into «now» and «next run» here too, so nothing is silently lost.
 */
import { isEmailAddress } from '../bank/cells';
import type { Mentee, Mentor } from '../bank/model';
import { ACTIVE_STATUS, normalizeTerm } from '../bank/vocabulary';
import { academicYearOf } from '../language/dates';
import { splitFullName } from '../language/full-name';
import { normaliseCode } from './responses';
import type { Audience, Questionnaire } from './model';
import type { Roster } from './roster';

export type MailKind = 'приглашение' | 'напоминание';

/** One line of the mailing log («Рассылка»). */
export interface MailRecord {
  at: Date;
  questionnaireId: string;
  code: string;
  email: string;
  kind: MailKind;
}

export interface Recipient {
  code: string;
  fullName: string;
  email: string;
  role: Extract<Audience, 'наставник' | 'наставляемый'>;
}

export interface Letter {
  to: string;
  subject: string;
  body: string;
}

/** The name the questionnaires' letters come from, in Google (MailApp) and through the school's server alike. */
export const SENDER_NAME = 'Программа наставничества';

export interface Sender {
  organisation: string;
  curatorName: string;
}

/** Addresses a letter can go to: the bank's rule for the «Email» columns. */
export function isEmail(value: string | undefined): value is string {
  return !!value && isEmailAddress(value);
}

/**
 * Whether a person of the bank should get this questionnaire: right audience, consent to personal data, an address,
 * an active status; preferences go to people not yet in a pair, everything scored to people in one. Intake forms are
 * not mailed: they are for people who are not in the bank yet (a general link).
 */
function eligible(questionnaire: Questionnaire, person: Mentor | Mentee, role: Recipient['role'], roster: Roster, since?: Date): boolean {
  if (questionnaire.kind === 'mentor-intake' || questionnaire.kind === 'mentee-intake') return false;
  if (!questionnaire.audience.includes(role)) return false;
  if (!person.consentPersonalData || !isEmail(person.email) || normalizeTerm(person.status) !== ACTIVE_STATUS) return false;
  const inPair = inPairSince(roster, person.code, since);
  return questionnaire.kind === 'preference' ? !inPair : inPair;
}

/**
 * Whether the person has a pair that has worked since `since` (the start of the academic year): an approved or working
 * one, or one finished or stopped since then. A pair that ended before is last year's: its people are not asked
 * this year's questionnaires for it (they may be asked for preferences, as people without a pair).
 */
function inPairSince(roster: Roster, code: string, since: Date | undefined): boolean {
  const entry = roster.people.get(normaliseCode(code));
  if (entry?.pair === undefined) return false;
  if (!since) return true;
  const status = normalizeTerm(roster.pairs.get(normaliseCode(entry.pair))?.status ?? '');
  if (status !== 'завершена' && status !== 'прекращена') return true;
  const end = entry.periods?.[0]?.end;
  return !end || end.getTime() >= since.getTime();
}

function invitedKeys(log: readonly MailRecord[], questionnaireId: string): Set<string> {
  return new Set(log.filter((record) => record.questionnaireId === questionnaireId && record.kind === 'приглашение').map((record) => normaliseCode(record.code)));
}

/** When a questionnaire sent after the pair starts (the fit check) is due: `now` and the weeks from «Настройки». */
export interface AfterStart {
  now: Date;
  /** Whether a pair that started on `start` has run long enough on `now`. */
  due(start: Date | undefined, now: Date): boolean;
}

/**
 * The fit check goes once per pair: to a person whose running pair has run long enough and who has had no letter of
 * it since that pair started (a re-paired mentee is asked again about the new pair).
 */
function dueAfterStart(roster: Roster, code: string, log: readonly MailRecord[], questionnaireId: string, timing: AfterStart): boolean {
  const entry = roster.people.get(normaliseCode(code));
  if (entry?.pair === undefined) return false;
  const status = normalizeTerm(roster.pairs.get(normaliseCode(entry.pair))?.status ?? '');
  if (status !== 'действует' && status !== 'утверждена') return false;
  const start = entry.periods?.[0]?.start;
  if (!timing.due(start, timing.now)) return false;
  return !log.some((r) => r.questionnaireId === questionnaireId && r.kind === 'приглашение' && normaliseCode(r.code) === normaliseCode(code)
    && r.at.getTime() >= start!.getTime());
}

/** People to invite now: eligible and not invited to this questionnaire before, mentors first, each in bank order. */
export function invitationsDue(
  questionnaire: Questionnaire, mentors: readonly Mentor[], mentees: readonly Mentee[], roster: Roster,
  log: readonly MailRecord[], since?: Date, afterStart?: AfterStart,
): Recipient[] {
  const invited = invitedKeys(log, questionnaire.id);
  // Without the timing (a caller that does not know the date) a check after the pair's start is never due.
  const due = questionnaire.sendAfterPairStart
    ? (person: Mentor | Mentee) => afterStart !== undefined && dueAfterStart(roster, person.code, log, questionnaire.id, afterStart)
    : (person: Mentor | Mentee) => !invited.has(normaliseCode(person.code));
  const people: Array<[Mentor | Mentee, Recipient['role']]> = [
    ...mentors.map((mentor): [Mentor, Recipient['role']] => [mentor, 'наставник']),
    ...mentees.map((mentee): [Mentee, Recipient['role']] => [mentee, 'наставляемый']),
  ];
  return people
    .filter(([person, role]) => eligible(questionnaire, person, role, roster, since) && due(person))
    .map(([person, role]) => ({ code: person.code, fullName: person.fullName, email: person.email!.trim(), role }));
}

/**
 * The letters of this academic year (from 1 September). Diagnostics and satisfaction are asked once a year of the
 * programme, of the people of pairs that work this year: a letter of an earlier year was for that year's pair, so a
 * mentor of last year in a new pair is invited again, the people of pairs that ended last year are not, and last
 * year's unanswered letters are neither reminded of nor listed as waiting. The rubric is per pair and pair codes are
 * never reused, so its invitations are checked against the whole log.
 */
export function academicYearStart(now: Date): Date {
  return new Date(academicYearOf(now).startYear, 8, 1);
}

export function lettersOfAcademicYear(log: readonly MailRecord[], now: Date): MailRecord[] {
  const start = academicYearStart(now).getTime();
  return log.filter((record) => record.at.getTime() >= start);
}

/** Invited people who have not answered, for the «who has not answered» view and «Напомнить». */
export function notAnswered(
  questionnaire: Questionnaire, log: readonly MailRecord[], answeredCodes: Iterable<string>,
): Array<{ code: string; email: string; invitedAt: Date; reminders: number; lastMailAt: Date }> {
  const answered = new Set([...answeredCodes].map(normaliseCode));
  const byCode = new Map<string, { code: string; email: string; invitedAt: Date; reminders: number; lastMailAt: Date }>();
  for (const record of log) {
    if (record.questionnaireId !== questionnaire.id) continue;
    const key = normaliseCode(record.code);
    if (answered.has(key)) continue;
    const entry = byCode.get(key);
    if (!entry) {
      if (record.kind === 'приглашение') byCode.set(key, { code: record.code, email: record.email, invitedAt: record.at, reminders: 0, lastMailAt: record.at });
      continue;
    }
    if (record.kind === 'напоминание') entry.reminders += 1;
    if (record.at.getTime() > entry.lastMailAt.getTime()) entry.lastMailAt = record.at;
  }
  return [...byCode.values()];
}

/** Not more than one letter a day to a person about one questionnaire: a reminder waits a day after the last letter. */
export const REMINDER_PAUSE_MS = 24 * 60 * 60 * 1000;

export function remindersDue(questionnaire: Questionnaire, log: readonly MailRecord[], answeredCodes: Iterable<string>, now: Date) {
  return notAnswered(questionnaire, log, answeredCodes).filter((entry) => now.getTime() - entry.lastMailAt.getTime() >= REMINDER_PAUSE_MS);
}

/** What the quota lets go now and what waits for the next run (in order). */
export function splitByQuota<T>(items: readonly T[], quota: number): { now: T[]; later: T[] } {
  const allowed = Math.max(0, Math.floor(quota));
  return { now: items.slice(0, allowed), later: items.slice(allowed) };
}

/** «Анна Ивановна» from «Петрова Анна Ивановна»: the polite address by name and patronymic. */
export function politeName(fullName: string): string {
  const { firstName, patronymic } = splitFullName(fullName);
  return firstName && patronymic ? `${firstName} ${patronymic}` : fullName.trim();
}

function signature(sender: Sender): string {
  return `С уважением,\n${sender.curatorName}, куратор программы наставничества\n${sender.organisation}`;
}

export function invitationLetter(questionnaire: Questionnaire, recipient: Recipient, link: string, sender: Sender): Letter {
  return {
    to: recipient.email,
    subject: `Анкета «${questionnaire.title}»`,
    body: `Здравствуйте, ${politeName(recipient.fullName)}!\n\n`
      + `Просим вас заполнить анкету «${questionnaire.title}». Это займёт несколько минут.\n\n`
      + `Ваша личная ссылка:\n${link}\n\n`
      + 'По этой ссылке анкета уже знает ваш код участника, входить никуда не нужно. Пожалуйста, не пересылайте её.\n\n'
      + signature(sender),
  };
}

export function reminderLetter(questionnaire: Questionnaire, recipient: { code: string; email: string; fullName: string }, link: string, sender: Sender): Letter {
  return {
    to: recipient.email,
    subject: `Напоминание: анкета «${questionnaire.title}»`,
    body: `Здравствуйте, ${politeName(recipient.fullName)}!\n\n`
      + `Напоминаем: анкета «${questionnaire.title}» ещё ждёт ваших ответов. Если вы уже ответили, просто не обращайте внимания на это письмо.\n\n`
      + `Ваша личная ссылка:\n${link}\n\n`
      + signature(sender),
  };
}

/** The rubric is filled per pair by the curator or an expert: one letter with a link per pair. */
export function rubricLetter(questionnaire: Questionnaire, to: string, pairs: Array<{ pair: string; people: string; link: string }>, sender: Sender): Letter {
  const lines = pairs.map(({ pair, people, link }) => `${pair} — ${people}\n${link}`);
  return {
    to,
    subject: `Оценка эффективности по парам: «${questionnaire.title}»`,
    body: `Ссылки для оценки эффективности программы наставничества по каждой паре (группе); в каждой ссылке уже указан код пары.\n\n${lines.join('\n\n')}\n\n${signature(sender)}`,
  };
}
