/** The «Мониторинг» sheet from what the sheets hold: scores, pairs, and who has been invited but not answered. */
import { readBank } from '../bank/bank';
import { formatDateNumeric } from '../language/dates';
import { SHEET } from '../bank/schema';
import { readMailLog } from '../questionnaires/mail-log';
import { notAnswered } from '../questionnaires/mailing';
import type { Questionnaire } from '../questionnaires/model';
import { readProcessingLog } from '../questionnaires/processing-log';
import type { FormRecord } from '../questionnaires/registry';
import { normaliseCode } from '../questionnaires/responses';
import { dashboardLayout, type DashboardLayout, type WaitingLine } from '../scoring/dashboard';
import { summariseMonitoring } from '../scoring/monitoring';
import type { ScoredResponse } from '../scoring/score';
import { type MonitoringTables, rosterOf } from './process';
import { type ResponseSource, scoreAll } from './recompute';

export function planDashboard(
  catalog: readonly Questionnaire[], results: readonly ScoredResponse[], tables: MonitoringTables, registry: readonly FormRecord[], updatedLabel: string,
): DashboardLayout {
  const roster = rosterOf(readBank(tables));
  const summary = summariseMonitoring(catalog, results, roster);
  const answered = new Map<string, Set<string>>();
  const answer = (questionnaireId: string, code: string | undefined) => {
    if (!code) return;
    if (!answered.has(questionnaireId)) answered.set(questionnaireId, new Set());
    answered.get(questionnaireId)!.add(normaliseCode(code));
  };
  for (const entry of readProcessingLog(tables[SHEET.processing])) if (entry.outcome !== 'отклонён') answer(entry.questionnaireId, entry.code);
  for (const result of results) answer(result.questionnaireId, result.participant ?? result.pair);
  const log = readMailLog(tables[SHEET.mailing]);
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
  return dashboardLayout(summary, updatedLabel, waiting);
}

/** The dashboard from the response tables as they are: every scored response scored against the bank of `tables`. */
export function dashboardFromSources(
  catalog: readonly Questionnaire[], sources: readonly ResponseSource[], tables: MonitoringTables, registry: readonly FormRecord[], now: Date,
): DashboardLayout {
  return planDashboard(catalog, scoreAll(sources, tables).results, tables, registry, updatedLabel(now));
}

/** «20.11.2026 10:15»: when the dashboard was rebuilt, in the spreadsheet's wall-clock time. */
export function updatedLabel(now: Date): string {
  return `${formatDateNumeric(now)} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
