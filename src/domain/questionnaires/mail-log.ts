/** «Рассылка»: the letters sent, read back so that nobody is invited twice and reminders wait a day. */
import { MAIL_COLUMNS as M } from '../bank/schema';
import { type Cell, type Table, cellText, findColumn, isBlankRow } from '../bank/table';
import type { MailKind, MailRecord } from './mailing';
import { parseTimestamp } from './responses';

export function readMailLog(table: Table | undefined): MailRecord[] {
  if (!table) return [];
  const at = (header: string) => findColumn(table, header);
  const [date, questionnaire, code, email, kind] = [M.date, M.questionnaire, M.code, M.email, M.kind].map(at);
  const text = (row: Cell[], column: number) => (column < 0 ? '' : cellText(row[column]).trim());
  const records: MailRecord[] = [];
  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    const when = date >= 0 ? parseTimestamp(row[date] ?? null) : null;
    const what = text(row, kind) === 'напоминание' ? 'напоминание' : 'приглашение';
    if (!when || !text(row, questionnaire) || !text(row, code)) continue;
    records.push({ at: when, questionnaireId: text(row, questionnaire), code: text(row, code), email: text(row, email), kind: what as MailKind });
  }
  return records;
}

export function mailRecord(record: MailRecord): Record<string, Cell> {
  return { [M.date]: record.at, [M.questionnaire]: record.questionnaireId, [M.code]: record.code, [M.email]: record.email, [M.kind]: record.kind };
}
