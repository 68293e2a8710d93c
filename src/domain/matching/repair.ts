/**
 * «Подобрать заново» (issue 12): a pair that did not work is ended through the usual documents — «Статус»
 * «прекращена» with «Причина завершения» «пара не сложилась», so the completion order picks it up — its mentor and
 * mentee go to «Запрещённые пары» with the same reason, and each mentee gets another mentor proposed. The same plan
 * serves the sidebar and `pair --repair`; the adapters only write it.
 */
import { type AppendPlan, appendPlan } from '../bank/append';
import type { BankTables } from '../bank/bank';
import { logEntry, logRecord } from '../bank/log';
import type { ForbiddenPair, Pair } from '../bank/model';
import { FORBIDDEN_COLUMNS as F, PAIR_COLUMNS as P, SHEET, sheetSpec, type SheetKey } from '../bank/schema';
import { type Cell, findColumn, type Table } from '../bank/table';
import type { ColumnWrite } from '../documents/sheets';
import { codeKey, prepareMatching, type DraftPair, type MatchingBank } from './context';
import { isRunningPair } from './fitCheck';
import { suggestMentors, type MentorSuggestion } from './suggestions';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './weights';

export const DID_NOT_WORK = 'пара не сложилась';
export const STOPPED = 'прекращена';
export const REPAIR_LOG_ACTION = 'Подобрать заново';

export interface RepairPlan {
  pair: Pair;
  /** Single cells of the pair's row in «Пары» (status, reason, end): only the cells the product owns are touched. */
  cells: ColumnWrite[];
  /** The rows of «Запрещённые пары» and the line of «Журнал». */
  appends: AppendPlan[];
  /** The bank once the plan is written: the pair stopped, its people forbidden to each other. */
  after: MatchingBank;
}

export type RepairResult = { ok: true; plan: RepairPlan } | { ok: false; message: string };

function tableOr(tables: BankTables, key: SheetKey): Table {
  const spec = sheetSpec(key);
  return tables[spec.name] ?? { sheet: spec.name, header: spec.columns.map((c) => c.header), rows: [] };
}

export function planRepair(bank: MatchingBank, tables: BankTables, pairCode: string, now: Date): RepairResult {
  const pair = bank.pairs.find((p) => codeKey(p.code) === codeKey(pairCode) && codeKey(p.code) !== '');
  if (!pair) return { ok: false, message: `Пары с кодом «${pairCode}» нет на листе «${SHEET.pairs}».` };
  if (!isRunningPair(pair)) {
    return { ok: false, message: `Пара ${pair.code} в статусе «${pair.status}»: подобрать заново можно только утверждённую или действующую пару.` };
  }
  const pairs = tables[SHEET.pairs];
  if (!pairs) return { ok: false, message: `Нет листа «${SHEET.pairs}»: ничего не изменено.` };
  const cells: ColumnWrite[] = [];
  const values: [string, Cell][] = [[P.status, STOPPED], [P.endReason, DID_NOT_WORK], [P.end, new Date(now.getFullYear(), now.getMonth(), now.getDate())]];
  for (const [header, value] of values) {
    const column = findColumn(pairs, header);
    if (column < 0) return { ok: false, message: `На листе «${SHEET.pairs}» нет столбца «${header}»: ничего не изменено.` };
    cells.push({ sheet: pairs.sheet, column: column + 1, firstRow: pair.ref.row, values: [[value]], changed: 1 });
  }
  const known = new Set((bank.forbidden ?? []).map((f) => `${codeKey(f.mentorCode)}|${codeKey(f.menteeCode)}`));
  const forbiddenTable = tableOr(tables, 'forbidden');
  const added: ForbiddenPair[] = pair.menteeCodes
    .filter((mentee) => !known.has(`${codeKey(pair.mentorCode)}|${codeKey(mentee)}`))
    .map((mentee, i) => ({
      mentorCode: pair.mentorCode,
      menteeCode: mentee,
      reason: `${DID_NOT_WORK} (${pair.code})`,
      ref: { sheet: SHEET.forbidden, row: forbiddenTable.rows.length + 2 + i, column: F.mentorCode },
    }));
  const appends: AppendPlan[] = [];
  if (added.length) {
    appends.push(appendPlan(forbiddenTable, added.map((f) => ({ [F.mentorCode]: f.mentorCode, [F.menteeCode]: f.menteeCode, [F.reason]: f.reason }))));
  }
  const details = `пара ${pair.code} прекращена (${DID_NOT_WORK}); запрещены пары: ${pair.menteeCodes.map((m) => `${pair.mentorCode} → ${m}`).join(', ')}`;
  appends.push(appendPlan(tableOr(tables, 'log'), [logRecord(logEntry(now, REPAIR_LOG_ACTION, [pair.code, pair.mentorCode, ...pair.menteeCodes], details))]));
  const after: MatchingBank = {
    ...bank,
    pairs: bank.pairs.map((p) => (p === pair ? { ...p, status: STOPPED, endReason: DID_NOT_WORK } : p)),
    forbidden: [...(bank.forbidden ?? []), ...added],
  };
  return { ok: true, plan: { pair, cells, appends, after } };
}

export interface RepairProposal {
  menteeCode: string;
  menteeName: string;
  /** The best allowed mentor now, if any reaches the minimum. */
  mentor?: MentorSuggestion;
  /** Why nobody is proposed. */
  reason?: string;
}

/**
 * Another mentor for each mentee of the stopped pair: the best allowed one reaching the minimum score, mentees taken
 * in turn so that a group does not overfill one mentor. The old mentor is forbidden by the plan, so he never comes back.
 */
export function proposeAfterRepair(plan: RepairPlan, weights: MatchingWeights = DEFAULT_WEIGHTS, drafts: readonly DraftPair[] = []): RepairProposal[] {
  const taken: DraftPair[] = [...drafts];
  return plan.pair.menteeCodes.map((menteeCode) => {
    const s = suggestMentors(prepareMatching(plan.after, weights, taken), menteeCode);
    if (!s) return { menteeCode, menteeName: menteeCode, reason: `наставляемого с кодом «${menteeCode}» нет на листе «${SHEET.mentees}»` };
    if (s.menteeRules.length) return { menteeCode: s.menteeCode, menteeName: s.menteeName, reason: s.menteeRules.join('; ') };
    const mentor = s.mentors.find((m) => !m.belowMinimum);
    if (!mentor) {
      return { menteeCode: s.menteeCode, menteeName: s.menteeName, reason: `ни один доступный наставник не набрал минимальную совместимость ${weights.minScore}` };
    }
    taken.push({ mentorCode: mentor.mentorCode, menteeCode: s.menteeCode });
    return { menteeCode: s.menteeCode, menteeName: s.menteeName, mentor };
  });
}
