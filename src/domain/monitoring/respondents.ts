/**
 * Who answers each questionnaire this academic year, and who already has: the people a personal link is made for when
 * the forms are served by the local app instead of mailed from Google. The same people «Разослать анкеты» would write
 * to (invitationsDue: audience, consent, an address, active, in a pair or not), and for the rubric the pairs assessed.
 */
import { type Bank } from '../bank/bank';
import { SHEET } from '../bank/schema';
import { academicYearStart, invitationsDue, type Recipient } from '../questionnaires/mailing';
import type { Questionnaire } from '../questionnaires/model';
import { answeredSince, readProcessingLog } from '../questionnaires/processing-log';
import { normaliseCode } from '../questionnaires/responses';
import { ASSESSED_STATUSES } from './mail-plan';
import { type MonitoringTables, rosterOf } from './process';

export interface Respondent {
  /** A person's code, or a pair's for the rubric. */
  code: string;
  /** The person, or the pair's people. */
  name: string;
  answered: boolean;
  /** Who gets a letter: a person with their address and role; none for a pair (the rubric is the curator's). */
  recipient?: Recipient;
}

export interface QuestionnaireRespondents {
  questionnaire: Questionnaire;
  respondents: Respondent[];
}

export function respondentsOf(catalog: readonly Questionnaire[], bank: Bank, tables: MonitoringTables, now: Date): QuestionnaireRespondents[] {
  const roster = rosterOf(bank);
  const since = academicYearStart(now);
  const answered = answeredSince(readProcessingLog(tables[SHEET.processing]), since);
  return catalog
    .filter((questionnaire) => questionnaire.kind !== 'mentor-intake' && questionnaire.kind !== 'mentee-intake')
    .map((questionnaire) => {
      const done = answered.get(questionnaire.id) ?? new Set<string>();
      const people = questionnaire.audience.includes('куратор')
        ? bank.pairs
          .filter((pair) => ASSESSED_STATUSES.includes(pair.status.trim().toLowerCase()))
          .map((pair) => ({ code: pair.code, name: [pair.mentorName, ...pair.menteeNames].filter(Boolean).join(', ') }))
        : invitationsDue(questionnaire, bank.mentors, bank.mentees, roster, [], since).map((r) => ({ code: r.code, name: r.fullName, recipient: r }));
      return { questionnaire, respondents: people.map((p): Respondent => ({ ...p, answered: done.has(normaliseCode(p.code)) })) };
    });
}
