/**
 * `pair FILE.xlsx --repair CODE`: «Подобрать заново» in the command line (matching/repair.ts decides). Without
 * --write it only says what would happen; with it the pair is stopped, forbidden, and the proposed pairs are written.
 */
import { surnameWithInitials } from '../../../domain/language/initials';
import { PAIRING_SHEETS, pairingInput, type PairingInput } from '../../../domain/matching/bankInput';
import { confirmPairs } from '../../../domain/matching/confirmation';
import type { Period } from '../../../domain/matching/period';
import { planRepair, proposeAfterRepair } from '../../../domain/matching/repair';
import { readWorkbookTables } from '../../excel/bankFile';
import { appendPairsToWorkbook } from '../../excel/pairsFile';
import { applyAppend, applyColumnWrite } from '../../excel/write';
import type ExcelJS from 'exceljs';
import { UsageError } from '../args';
import type { CliIO } from '../command';

export async function runRepair(
  workbook: ExcelJS.Workbook, file: string, input: PairingInput, pairCode: string, write: boolean, period: Period, io: CliIO,
): Promise<number> {
  const now = io.now();
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
  if (!write) {
    io.out('Ничего не записано: чтобы прекратить пару и записать новую, добавьте --write.');
    return 0;
  }
  for (const cell of plan.cells) applyColumnWrite(workbook, cell);
  for (const append of plan.appends) applyAppend(workbook, append);
  // Read again: the new pairs go under the rows just added to «Журнал».
  const after = pairingInput(readWorkbookTables(workbook, PAIRING_SHEETS));
  const lines = proposals.filter((p) => p.mentor).map((p) => ({ mentorCode: p.mentor!.mentorCode, menteeCode: p.menteeCode }));
  const { pairs, refused } = confirmPairs(after.bank, lines, {
    today: now,
    academicYear: after.academicYear,
    existingPairCodes: after.bank.pairs.map((p) => p.code),
    issuedCodeTexts: after.issuedCodeTexts,
    weights: after.weights,
    period,
  });
  if (pairs.length) appendPairsToWorkbook(workbook, after.tables, pairs, now);
  await workbook.xlsx.writeFile(file);
  for (const r of refused) io.err(`Не записано ${r.mentorCode} → ${r.menteeCode}: ${r.message}`);
  io.out(`Записано в файл ${file}: пара ${plan.pair.code} прекращена` + (pairs.length ? `, новые пары ${pairs.map((p) => p.code).join(', ')} (статус «предложена»).` : '.'));
  return 0;
}
