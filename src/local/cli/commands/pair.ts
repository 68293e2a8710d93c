import type ExcelJS from 'exceljs';
import { requirePositional, UsageError } from '../args';
import type { Command } from '../command';
import { surnameWithInitials } from '../../../domain/language/initials';
import { countOf } from '../../../domain/language/plural';
import { confirmFromInput, PAIRING_SHEETS, pairingInput, type PairingInput } from '../../../domain/matching/bankInput';
import { choosePeriod } from '../../../domain/matching/period';
import { proposePairs, type Proposal } from '../../../domain/matching/proposal';
import { openWorkbook, readWorkbookTables } from '../../excel/bankFile';
import { appendPairsToWorkbook } from '../../excel/pairsFile';
import { type BankSession, editBank } from '../../excel/bankSession';
import { runRepair } from './repair';

/**
 * The machine-readable proposal, exactly as issue 3 specifies it: one entry per row of «Пары» (a mentor
 * may have several); a group's `score` is its members' mean (the «Совместимость» written), `totalScore`
 * the sum over all mentees — what the assignment maximises.
 */
export function proposalJson(proposal: Proposal): string {
  return JSON.stringify({
    pairs: proposal.pairs.map((p) => ({ mentor: p.mentorCode, mentees: p.mentees.map((m) => m.menteeCode), score: p.score, reasons: p.reasons })),
    unpaired: proposal.unpaired.map((u) => ({ mentee: u.menteeCode, reason: u.reason })),
    totalScore: proposal.totalScore,
  }, null, 2);
}

function proposalText(proposal: Proposal, input: PairingInput, out: (line: string) => void): void {
  for (const p of input.problems) out(`Внимание: ${p}`);
  if (input.bank.mentees.length === 0) {
    out('В банке нет наставляемых: лист «Наставляемые» пуст — подбирать некого.');
    return;
  }
  if (proposal.pairs.length === 0 && proposal.unpaired.length === 0) {
    out('Все наставляемые уже в парах («предложена», «утверждена» или «действует»): подбирать некого.');
    return;
  }
  const placed = proposal.pairs.reduce((n, p) => n + p.mentees.length, 0);
  out(`Предложено: ${countOf(proposal.pairs.length, 'пара')} (наставляемых: ${placed}), без пары: ${proposal.unpaired.length}, сумма совместимости ${proposal.totalScore}.`);
  for (const p of proposal.pairs) {
    out(`${p.mentorCode} ${surnameWithInitials(p.mentorName)} — ${p.kind}, ${p.form}`);
    // The row's own reasons come first («группа из 3 …», «других наставляемых для группы у наставника нет …»): they say
    // why the kind differs from the one a mentee asked for, which the mentee's reasons below still mention.
    const own = p.reasons.length - p.mentees.reduce((n, m) => n + m.reasons.length, 0);
    for (const reason of p.reasons.slice(0, Math.max(0, own))) out(`  ${reason}`);
    for (const m of p.mentees) out(`  → ${m.menteeCode} ${surnameWithInitials(m.menteeName)}: ${m.score}. ${m.reasons.join('; ')}`);
  }
  if (proposal.unpaired.length) out('Без пары:');
  for (const u of proposal.unpaired) out(`  ${u.menteeCode} ${surnameWithInitials(u.menteeName)}: ${u.reason}`);
  if (proposal.excludedMentors.length) out('Наставники, которым нельзя предложить пару:');
  for (const m of proposal.excludedMentors) out(`  ${m.mentorCode} ${surnameWithInitials(m.mentorName)}: ${m.reason}`);
}

export const pairCommand: Command = {
  name: 'pair',
  usage: 'pair FILE.xlsx [--json] [--repair КОД_ПАРЫ] [--write [--start ДД.ММ.ГГГГ] [--end ДД.ММ.ГГГГ]]',
  summary: 'подобрать пары всем наставляемым без пары; с --write записать их в «Пары» (статус «предложена») на срок --start…--end (по умолчанию с сегодняшнего дня до 31 мая учебного года; от 3 до 12 месяцев); с --repair КОД_ПАРЫ — подобрать заново: прекратить пару («пара не сложилась»), запретить её и предложить другого наставника',
  args: { flags: ['json', 'write'], options: ['start', 'end', 'repair'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: pair FILE.xlsx');
    if ((args.options.has('start') || args.options.has('end')) && !args.flags.has('write')) {
      throw new UsageError('--start и --end задают срок записываемых пар: добавьте --write');
    }
    const write = args.flags.has('write');
    const repair = args.options.get('repair');
    if (repair !== undefined) return runRepair(file, repair, write, args.options, io);
    // With --write the whole read-propose-write holds the bank's lock: a command started meanwhile waits or refuses.
    const proposeAndWrite = async (workbook: ExcelJS.Workbook, session?: BankSession) => {
      const input = pairingInput(readWorkbookTables(workbook, PAIRING_SHEETS));
      const now = io.now();
      const chosen = choosePeriod(now, input.academicYear, args.options.get('start'), args.options.get('end'));
      if (!chosen.ok) throw new UsageError(chosen.message.replace(/\.$/, ''));
      const proposal = proposePairs(input.bank, input.weights);
      if (args.flags.has('json')) io.out(proposalJson(proposal));
      else proposalText(proposal, input, io.out);
      if (!session) return undefined;
      const lines = proposal.pairs.flatMap((p) => p.mentees.map((m) => ({ mentorCode: p.mentorCode, menteeCode: m.menteeCode })));
      const confirmed = confirmFromInput(input, lines, now, chosen.period);
      if (confirmed.pairs.length) {
        appendPairsToWorkbook(workbook, input.tables, confirmed.pairs, now);
        await session.save();
      }
      return confirmed;
    };
    if (!write) {
      await proposeAndWrite(await openWorkbook(file));
      if (!args.flags.has('json')) io.out('Ничего не записано: чтобы записать пары в «Пары», добавьте --write.');
      return 0;
    }
    const { pairs, refused } = (await editBank(file, proposeAndWrite, { command: 'pair --write' }))!;
    for (const r of refused) io.err(`Не записано ${r.mentorCode} → ${r.menteeCode}: ${r.message}`);
    const summary = pairs.length === 0
      ? `Ничего не записано: новых пар нет, файл ${file} не изменён.`
      : `Записано в «Пары» файла ${file}: ${countOf(pairs.length, 'пара')} (${pairs.length === 1 ? pairs[0].code : `${pairs[0].code}–${pairs[pairs.length - 1].code}`}), статус «предложена».`;
    if (args.flags.has('json')) io.err(summary);
    else io.out(summary);
    return 0;
  },
};
