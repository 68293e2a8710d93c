/**
 * The demo's last step: teachers hired for the next school year are entered into «Наставляемые» and get their codes
 * («Настроить банк»), as a curator would; nobody pairs them here, so the app opened after the demo (npm start) has a
 * pairing to do on «Подбор пар».
 */
import { MENTEE_COLUMNS as E, SHEET } from '../../domain/bank/schema';
import { newTeachersPlan } from '../../domain/demo/newTeachers';
import { longDate } from '../../domain/documents/russian';
import { surnameWithInitials } from '../../domain/language/initials';
import { setUpWorkbook } from '../bankWorkbook';
import { shellQuote } from '../cli/quote';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { saveBank } from '../excel/bankSession';
import { applyAppend } from '../excel/write';
import { DEMO_SAVE } from './save';
import type { DemoStep } from './steps';

/** Mid-June, after the reports: the school has hired its teachers for September. */
const hiringDay = (yearEnd: Date) => new Date(yearEnd.getFullYear(), 5, 15, 10);

export const newTeachersStep: DemoStep = {
  title: ({ calendar }) => `Новые учителя: приняты на работу, пары им ещё не подобраны — ${longDate(hiringDay(calendar.yearEnd))}`,
  async run({ bankPath, calendar }) {
    const day = hiringDay(calendar.yearEnd);
    const workbook = await openWorkbook(bankPath);
    const mentees = readWorkbookTables(workbook, [SHEET.mentees])[SHEET.mentees];
    if (!mentees) return [`В книге нет листа «${SHEET.mentees}».`];
    const plan = newTeachersPlan(mentees, day);
    applyAppend(workbook, plan);
    const codes = setUpWorkbook(workbook, day).codes.flatMap((c) => c.assigned);
    await saveBank(workbook, bankPath, DEMO_SAVE);
    const at = (title: string) => plan.header.indexOf(title);
    return [
      ...plan.rows.map((row, i) => `${codes[i] ?? ''} ${surnameWithInitials(String(row[at(E.fullName)]))} — ${String(row[at(E.position)])}, ${String(row[at(E.category)])}; дефициты: ${String(row[at(E.deficits)])}.`.trim()),
      'Куратор внёс их в «Наставляемые», «Настроить банк» присвоил коды. Пар у них нет: их подбирают в приложении.',
      'Пары этого года завершены, поэтому в «Подбор пар» снова видны и прежние наставляемые — на следующий учебный год.',
      `Подобрать пары в браузере: npm run -s cli -- serve ${shellQuote(bankPath)} --open → «Подбор пар» → «Подобрать всех» → «Записать в «Пары»».`,
    ];
  },
};
