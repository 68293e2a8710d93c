/**
 * «Проверка совместимости» in «Пары» (issue 12): what the fit check's answers say of each running pair, written where
 * the curator looks first — «требует внимания: …» with the reasons, or «пара сложилась». Pairs nobody has answered for,
 * and pairs that are over, are left as they are. Every answer counts (the latest of each person), not only the new
 * ones: a mentor's «Не хочу продолжать» last week is not undone by the mentee's good answer today.
 */
import { readBank, type BankTables } from '../bank/bank';
import { PAIR_COLUMNS, SHEET } from '../bank/schema';
import { type Cell, cellText, findColumn } from '../bank/table';
import { codedColumnWrite, type ColumnWrite } from '../documents/sheets';
import { codeKey } from '../matching/context';
import { fitCheckSettings, isRunningPair, NEEDS_ATTENTION, pairsNeedingAttention } from '../matching/fitCheck';
import { FIT_CHECK_ID } from '../questionnaires/catalog/fit-check';
import type { Questionnaire } from '../questionnaires/model';
import { readResponses, type ResponseTable } from '../questionnaires/responses';
import { buildRoster } from '../questionnaires/roster';
import { scoreResponses } from '../scoring/batch';

/** The mark of a pair whose answers raise nothing. */
export const FIT_CHECK_FINE = 'пара сложилась';

/** The cells of «Пары» → «Проверка совместимости» that the answers change; null when none does (or no such column). */
export function fitCheckMarks(questionnaire: Questionnaire, responses: ResponseTable, tables: BankTables): ColumnWrite | null {
  if (questionnaire.id !== FIT_CHECK_ID) return null;
  const pairsTable = tables[SHEET.pairs];
  const column = pairsTable ? findColumn(pairsTable, PAIR_COLUMNS.fitCheck) : -1;
  const codeColumn = pairsTable ? findColumn(pairsTable, PAIR_COLUMNS.code) : -1;
  if (!pairsTable || codeColumn < 0) return null;
  const bank = readBank(tables);
  const { results } = scoreResponses(questionnaire, readResponses(questionnaire, responses), buildRoster(bank.mentors, bank.mentees, bank.pairs));
  const attention = new Map(pairsNeedingAttention(bank.pairs, results, fitCheckSettings(bank.settings).threshold).map((a) => [codeKey(a.pairCode), a]));
  const answered = new Set(results.flatMap((r) => (r.pair ? [codeKey(r.pair)] : [])));
  const current = new Map(pairsTable.rows.map((row) => [codeKey(cellText(row[codeColumn])), column < 0 ? '' : cellText(row[column]).trim()] as const));
  const marks = new Map<string, Cell>();
  for (const pair of bank.pairs) {
    const key = codeKey(pair.code);
    if (!isRunningPair(pair) || !answered.has(key)) continue;
    const needs = attention.get(key);
    const mark = needs ? `${NEEDS_ATTENTION}: ${needs.reasons.join('; ')}` : FIT_CHECK_FINE;
    if (current.get(key) !== mark) marks.set(pair.code.trim(), mark);
  }
  if (marks.size === 0) return null;
  if (column < 0) {
    // A bank made before the column existed: it is added after the last one, header and marks in one write.
    const values: Cell[][] = [[PAIR_COLUMNS.fitCheck], ...pairsTable.rows.map((row) => [marks.get(cellText(row[codeColumn]).trim()) ?? null])];
    return { sheet: pairsTable.sheet, column: pairsTable.header.length + 1, firstRow: 1, values, changed: marks.size };
  }
  const write = codedColumnWrite(pairsTable, PAIR_COLUMNS.fitCheck, PAIR_COLUMNS.code, marks);
  return write.ok ? write.write : null;
}
