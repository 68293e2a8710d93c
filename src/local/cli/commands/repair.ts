/**
 * `pair FILE.xlsx --repair CODE`: «Подобрать заново» in the command line (matching/repair.ts decides). Without
 * --write it only says what would happen; with it the pair is stopped, forbidden, and the proposed pairs are written,
 * all under the bank's lock (editBank), as every writing command.
 */
import type ExcelJS from 'exceljs';
import { surnameWithInitials } from '../../../domain/language/initials';
import { confirmFromInput, PAIRING_SHEETS, pairingInput } from '../../../domain/matching/bankInput';
import { choosePeriod } from '../../../domain/matching/period';
import { planRepair, proposeAfterRepair } from '../../../domain/matching/repair';
import { openWorkbook, readWorkbookTables } from '../../excel/bankFile';
import { type BankSession, editBank } from '../../excel/bankSession';
import { appendPairsToWorkbook } from '../../excel/pairsFile';
import { applyAppend, applyColumnWrite } from '../../excel/write';
import { UsageError } from '../args';
import type { CliIO } from '../command';

export async function runRepair(
  file: string, pairCode: string, write: boolean, options: ReadonlyMap<string, string>, io: CliIO,
): Promise<number> {
  const repairIn = async (workbook: ExcelJS.Workbook, session?: BankSession): Promise<void> => {
    const input = pairingInput(readWorkbookTables(workbook, PAIRING_SHEETS));
    const now = io.now();
    const chosen = choosePeriod(now, input.academicYear, options.get('start'), options.get('end'));
    if (!chosen.ok) throw new UsageError(chosen.message.replace(/\.$/, ''));
    const result = planRepair(input.bank, input.tables, pairCode, now);
    if (!result.ok) throw new UsageError(result.message.replace(/\.$/, ''));
    const { plan } = result;
    const proposals = proposeAfterRepair(plan, input.weights);
    io.out(`Пара ${plan.pair.code} (${plan.pair.mentorCode} → ${plan.pair.menteeCodes.join(', ')}): статус «прекращена», причина «пара не сложилась»; ` +
      'наставник и наставляемые — на лист «Запрещённые пары».');
    for (const p of proposals) {
      io.out(p.mentor
        ? `  → ${p.menteeCode} ${surnameWithInitials(p.menteeName)}: предлагается ${p.mentor.mentorCode} ${surnameWithInitials(p.mentor.mentorName)} (${p.mentor.score}). ${p.mentor.reasons.join('; ')}`
        : `  → ${p.menteeCode} ${surnameWithInitials(p.menteeName)}: другого наставника нет — ${p.reason}`);
    }
    if (!session) {
      io.out('Ничего не записано: чтобы прекратить пару и записать новую, добавьте --write.');
      return;
    }
    for (const cell of plan.cells) applyColumnWrite(workbook, cell);
    for (const append of plan.appends) applyAppend(workbook, append);
    // Read again: the new pairs go under the rows just added to «Журнал».
    const after = pairingInput(readWorkbookTables(workbook, PAIRING_SHEETS));
    const lines = proposals.filter((p) => p.mentor).map((p) => ({ mentorCode: p.mentor!.mentorCode, menteeCode: p.menteeCode }));
    const { pairs, refused } = confirmFromInput(after, lines, now, chosen.period);
    if (pairs.length) appendPairsToWorkbook(workbook, after.tables, pairs, now);
    await session.save();
    for (const r of refused) io.err(`Не записано ${r.mentorCode} → ${r.menteeCode}: ${r.message}`);
    io.out(`Записано в файл ${file}: пара ${plan.pair.code} прекращена` + (pairs.length ? `, новые пары ${pairs.map((p) => p.code).join(', ')} (статус «предложена»).` : '.'));
  };
  if (write) await editBank(file, repairIn, { command: 'pair --repair --write' });
  else await repairIn(await openWorkbook(file));
  return 0;
}
