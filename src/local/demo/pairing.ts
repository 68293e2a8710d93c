/**
 * Demo step «Подбор пар»: the optimal proposal for the sample school with its reasons, the comparison with the greedy
 * way a curator would pair by hand, and the write to «Пары» — what the sidebar and `pair --write` do.
 */
import { surnameWithInitials } from '../../domain/language/initials';
import { countOf } from '../../domain/language/plural';
import { assignOptimal } from '../../domain/matching/assignment';
import { confirmFromInput, PAIRING_SHEETS, pairingInput } from '../../domain/matching/bankInput';
import { prepareMatching } from '../../domain/matching/context';
import { assignGreedy } from '../../domain/matching/greedy';
import { bankProblem, proposePairs } from '../../domain/matching/proposal';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { appendPairsToWorkbook } from '../excel/pairsFile';
import { shellQuote } from '../cli/quote';
import { saveBank } from '../excel/bankSession';
import { DEMO_SAVE } from './save';

export interface PairingDemoContext {
  bankPath: string;
  now: Date;
}

export const pairingDemoStep = {
  title: 'Подбор пар: оптимальное предложение с обоснованием и запись в «Пары»',
  async run(context: PairingDemoContext): Promise<string[]> {
    const workbook = await openWorkbook(context.bankPath);
    const input = pairingInput(readWorkbookTables(workbook, PAIRING_SHEETS));
    const proposal = proposePairs(input.bank, input.weights);
    const lines: string[] = [];
    const placed = proposal.pairs.reduce((n, p) => n + p.mentees.length, 0);
    lines.push(`Предложено: ${countOf(proposal.pairs.length, 'пара')}, наставляемых в парах: ${placed}, без пары: ${proposal.unpaired.length}.`);
    // The example is a pair whose kind is the one the mentee asked for: its reasons then read without a caveat.
    const asked = (p: (typeof proposal.pairs)[number]) => (p.reasons.length === p.mentees[0].reasons.length ? 0 : 1);
    const example = proposal.pairs.filter((p) => p.mentees.length === 1).sort((a, b) => asked(a) - asked(b) || b.score - a.score)[0];
    if (example) {
      const m = example.mentees[0];
      lines.push(`Например, ${surnameWithInitials(example.mentorName)} → ${surnameWithInitials(m.menteeName)} (${m.score} из 100): ${example.reasons.join('; ')}.`);
    }
    const group = proposal.pairs.find((p) => p.mentees.length > 1);
    if (group) lines.push(`Группа: ${surnameWithInitials(group.mentorName)} — ${group.mentees.map((m) => surnameWithInitials(m.menteeName)).join(', ')} (вид «${group.kind}»).`);
    for (const u of proposal.unpaired.slice(0, 3)) lines.push(`Без пары: ${surnameWithInitials(u.menteeName)} — ${u.reason}.`);
    if (proposal.unpaired.length > 3) lines.push(`…и ещё ${proposal.unpaired.length - 3}: все причины — npm run -s cli -- pair ${shellQuote(context.bankPath)}`);

    const { problem } = bankProblem(prepareMatching(input.bank, input.weights));
    const optimal = assignOptimal(problem);
    const greedy = assignGreedy(problem);
    lines.push(`Жадный подбор («лучшая пара первой») на тех же данных: в парах ${greedy.paired}, сумма ${greedy.totalScore}; оптимальный: ${optimal.paired}, сумма ${optimal.totalScore}.`);

    const { pairs, refused } = confirmFromInput(
      input,
      proposal.pairs.flatMap((p) => p.mentees.map((m) => ({ mentorCode: p.mentorCode, menteeCode: m.menteeCode }))),
      context.now,
    );
    if (pairs.length) {
      appendPairsToWorkbook(workbook, input.tables, pairs, context.now);
      await saveBank(workbook, context.bankPath, DEMO_SAVE);
    }
    lines.push(`Записано в «Пары»: ${countOf(pairs.length, 'пара')} со статусом «предложена»${refused.length ? `, отклонено: ${refused.length}` : ''}. В Google Таблице то же делает «Наставничество → Подбор пар».`);
    return lines;
  },
};
