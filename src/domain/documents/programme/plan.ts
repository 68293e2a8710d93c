/**
 * The plan of a personalised programme, with dates: the sequence of meetings from the road map (seed 002, item 6:
 * встреча-знакомство, пробная рабочая встреча, встреча-планирование, регулярные встречи, итоговая встреча), the
 * diagnostics before and after (seed 001: parameters are recorded twice), and one activity per deficit.
 */
import { isDayOff } from '../../language/holidays';
import { calendarDate } from '../russian';
import { workOnDeficit } from './activities';
import { addDays, addMonths } from './period';

export interface PlanEntry {
  date: Date;
  activity: string;
  responsible: string;
}

/** Meetings fall on working days: a weekend or a public holiday moves forward, or back when the date is a deadline. */
function workday(date: Date, direction: 1 | -1): Date {
  let d = date;
  while (isDayOff(calendarDate(d))) d = addDays(d, direction);
  return d;
}

const isSummerHoliday = (d: Date): boolean => d.getMonth() === 6 || d.getMonth() === 7;

function daysBetween(a: Date, b: Date): number {
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/** Who the mentees are, for the plan's words: a group («наставляемых»), or one mentee, a woman («наставляемой») or a man. */
export interface PlanMentees {
  group: boolean;
  feminine?: boolean;
}

export function programmePlan(start: Date, end: Date, deficits: readonly string[], who: PlanMentees = { group: false }): PlanEntry[] {
  const length = Math.max(daysBetween(start, end), 28);
  const at = (days: number, direction: 1 | -1 = 1) => workday(addDays(start, Math.min(days, length)), direction);
  const [mentees, participants] = who.group ? ['наставляемых', 'Наставник, наставляемые']
    : who.feminine ? ['наставляемой', 'Наставник, наставляемая'] : ['наставляемого', 'Наставник, наставляемый'];
  const entries: PlanEntry[] = [
    { date: at(0), activity: `Встреча-знакомство наставника и ${mentees}: обсуждение запроса, ожиданий и правил взаимодействия`, responsible: participants },
    { date: at(3), activity: `Входная диагностика профессиональных затруднений ${mentees} (анкетирование)`, responsible: 'Куратор' },
    { date: at(7), activity: 'Пробная рабочая встреча: совместное решение рабочей задачи, уточнение дефицитов', responsible: participants },
    { date: at(14), activity: 'Встреча-планирование: согласование плана работы, целей и критериев их достижения', responsible: participants },
  ];
  const first = 21;
  const last = length - 21;
  const unique = [...new Set(deficits.map((d) => d.trim()).filter((d) => d !== ''))];
  unique.forEach((deficit, i) => {
    const day = Math.round(first + ((i + 0.5) * Math.max(last - first, 0)) / unique.length);
    entries.push({ date: at(day), activity: `${workOnDeficit(deficit).activity} (дефицит: «${deficit}»)`, responsible: participants });
  });
  for (let month = 1; ; month++) {
    const date = workday(addMonths(start, month), 1);
    if (daysBetween(date, end) < 14) break;
    if (!isSummerHoliday(date)) {
      entries.push({ date, activity: 'Регулярная встреча: обсуждение хода работы, разбор затруднений, корректировка плана', responsible: participants });
    }
  }
  entries.push(
    { date: at(Math.round(length / 2)), activity: 'Промежуточный мониторинг: анкета обратной связи участников', responsible: 'Куратор' },
    { date: at(length - 7, -1), activity: 'Итоговая диагностика и анкетирование удовлетворённости участников программы', responsible: 'Куратор' },
    { date: at(length, -1), activity: 'Итоговая встреча: подведение итогов, оценка достижения результатов, планы профессионального развития', responsible: `${participants}, куратор` },
  );
  // Stable sort keeps the road map's order for entries on the same day.
  return entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.getTime() - b.e.date.getTime() || a.i - b.i).map((x) => x.e);
}
