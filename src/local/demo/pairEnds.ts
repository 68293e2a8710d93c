/** The demo's February: a pair ends early, and the curator records it in «Пары» (and the mentee in «Наставляемые»). */
import { SHEET } from '../../domain/bank/schema';
import { earlyEndPlan } from '../../domain/demo/pairEnds';
import { surnameWithInitials } from '../../domain/language/initials';
import { longDate, shortDate } from '../../domain/documents/russian';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { applyColumnWrite } from '../excel/write';
import type { DemoStep } from './steps';

export const earlyEndStep: DemoStep = {
  title: ({ calendar }) => `Досрочное прекращение: пара прекращает работу — ${longDate(calendar.termination)}`,
  async run({ bankPath, calendar }) {
    const workbook = await openWorkbook(bankPath);
    const plan = earlyEndPlan(readWorkbookTables(workbook, [SHEET.pairs, SHEET.mentees, SHEET.mentors, SHEET.vocabularies]), calendar.termination);
    if (!plan.ok) return [plan.problem];
    for (const write of plan.writes) applyColumnWrite(workbook, write);
    await workbook.xlsx.writeFile(bankPath);
    const [pair] = plan.pairs;
    return [
      `Пара ${pair.code} (${surnameWithInitials(pair.mentorName)} → ${pair.menteeNames.map((name) => surnameWithInitials(name)).join(', ')}): ${plan.reason ?? ''}.`,
      `Куратор записал в «Пары»: «Статус» — «прекращена», «Причина завершения», «Окончание» — ${shortDate(calendar.termination)}; в «Наставляемые» — статус «выбыл».`,
      'У пары есть входная диагностика, итоговой нет; пара войдёт в приказ о завершении с причиной.',
    ];
  },
};
