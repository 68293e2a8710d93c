/** The «Мониторинг» sheet from what the sheets hold: scores, pairs, and who has been invited but not answered. */
import { readBank } from '../bank/bank';
import { formatDateNumeric } from '../language/dates';
import { SHEET } from '../bank/schema';
import { readMailLog } from '../questionnaires/mail-log';
import { academicYearStart, lettersOfAcademicYear, notAnswered } from '../questionnaires/mailing';
import type { Questionnaire } from '../questionnaires/model';
import { answeredSince, readProcessingLog } from '../questionnaires/processing-log';
import type { FormRecord } from '../questionnaires/registry';
import { normaliseCode } from '../questionnaires/responses';
import { dashboardLayout, type DashboardLayout, type WaitingLine } from '../scoring/dashboard';
import { summariseMonitoring } from '../scoring/monitoring';
import type { ScoredResponse } from '../scoring/score';
import { type MonitoringTables, rosterOf } from './process';
import { type ResponseSource, scoreAll } from './recompute';

export function planDashboard(
  catalog: readonly Questionnaire[], results: readonly ScoredResponse[], tables: MonitoringTables, registry: readonly FormRecord[], now: Date,
): DashboardLayout {
  const roster = rosterOf(readBank(tables));
  const summary = summariseMonitoring(catalog, results, roster);
  // Who still owes an answer this academic year: this year's letters, answered by this year's responses.
  const since = academicYearStart(now);
  const answered = answeredSince(readProcessingLog(tables[SHEET.processing]), since);
  for (const result of results) {
    const code = result.participant ?? result.pair;
    if (!code || (result.timestamp && result.timestamp.getTime() < since.getTime())) continue;
    if (!answered.has(result.questionnaireId)) answered.set(result.questionnaireId, new Set());
    answered.get(result.questionnaireId)!.add(normaliseCode(code));
  }
  const log = lettersOfAcademicYear(readMailLog(tables[SHEET.mailing]), now);
  const waiting: WaitingLine[] = [];
  for (const record of registry) {
    const questionnaire = catalog.find((candidate) => candidate.id === record.questionnaireId);
    if (!questionnaire) continue;
    for (const entry of notAnswered(questionnaire, log, answered.get(questionnaire.id) ?? [])) {
      waiting.push({
        questionnaire: questionnaire.shortTitle, code: entry.code, email: entry.email, invitedAt: entry.invitedAt, reminders: entry.reminders,
        fullName: roster.people.get(normaliseCode(entry.code))?.fullName ?? '',
      });
    }
  }
  return dashboardLayout(summary, updatedLabel(now), waiting);
}

/** The dashboard from the response tables as they are: every scored response scored against the bank of `tables`. */
export function dashboardFromSources(
  catalog: readonly Questionnaire[], sources: readonly ResponseSource[], tables: MonitoringTables, registry: readonly FormRecord[], now: Date,
): DashboardLayout {
  return planDashboard(catalog, scoreAll(sources, tables).results, tables, registry, now);
}

/** «20.11.2026 10:15»: when the dashboard was rebuilt, in the spreadsheet's wall-clock time. */
export function updatedLabel(now: Date): string {
  return `${formatDateNumeric(now)} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
