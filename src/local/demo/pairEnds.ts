/** The demo's February: a pair ends early, and the curator records it in «Пары» (and the mentee in «Наставляемые»). */
import { SHEET } from '../../domain/bank/schema';
import { earlyEndPlan } from '../../domain/demo/pairEnds';
import { surnameWithInitials } from '../../domain/language/initials';
import { longDate, shortDate } from '../../domain/documents/russian';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { applyColumnWrite } from '../excel/write';
import type { DemoStep } from './steps';
import { saveBank } from '../excel/bankSession';
import { DEMO_SAVE } from './save';
import { demoDocuments } from '../documents/demo';

/** The written notice of the early stop (ст. 351.8 ТК РФ), made with the other agreements of the year. */
async function noticeLines(bankPath: string, dir: string, date: Date): Promise<string[]> {
  const { lines } = await demoDocuments(bankPath, dir, ['agreements'], date);
  const notices = lines.filter((line) => line.startsWith('Уведомление') || line.startsWith('Не создано'));
  return [...notices, 'Уведомление датировано не позднее чем за три рабочих дня до прекращения (производственный календарь); приказ о завершении называет эту дату.'];
}

export const earlyEndStep: DemoStep = {
  title: ({ calendar }) => `Досрочное прекращение: пара прекращает работу — ${longDate(calendar.termination)}`,
  async run({ bankPath, dir, calendar }) {
    const workbook = await openWorkbook(bankPath);
    const plan = earlyEndPlan(readWorkbookTables(workbook, [SHEET.pairs, SHEET.mentees, SHEET.mentors, SHEET.vocabularies]), calendar.termination);
    if (!plan.ok) return [plan.problem];
    for (const write of plan.writes) applyColumnWrite(workbook, write);
    await saveBank(workbook, bankPath, DEMO_SAVE);
    const [pair] = plan.pairs;
    return [
      `Пара ${pair.code} (${surnameWithInitials(pair.mentorName)} → ${pair.menteeNames.map((name) => surnameWithInitials(name)).join(', ')}): ${plan.reason ?? ''}.`,
      `Куратор записал в «Пары»: «Статус» — «прекращена», «Причина завершения», «Окончание» — ${shortDate(calendar.termination)}; в «Наставляемые» — статус «выбыл».`,
      'У пары есть входная диагностика, итоговой нет; пара войдёт в приказ о завершении с причиной.',
      ...(await noticeLines(bankPath, dir, calendar.termination)),
    ];
  },
};
