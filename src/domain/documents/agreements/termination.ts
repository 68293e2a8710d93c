/**
 * Early termination of a mentor's work (ст. 351.8 ТК РФ): the employer or the mentor may end it before the term by
 * a written notice given at least three working days ahead. Who took the initiative comes from «Пары» → «Инициатива
 * прекращения», or, when it is blank, from the reason the curator wrote.
 */
import type { Pair } from '../../bank/model';
import { workingDaysBefore } from '../../language';
import { calendarDate } from '../russian';

export type Initiative = 'работодатель' | 'наставник';

/** Working days of notice the Labour Code requires. */
export const NOTICE_WORKING_DAYS = 3;

export function initiativeOf(pair: Pair): Initiative {
  const typed = (pair.endInitiative ?? '').trim().toLowerCase();
  if (/наставник/.test(typed)) return 'наставник';
  if (typed) return 'работодатель';
  // «отказ наставника», «по желанию наставника», «заявление наставника»: the mentor's own step; anything else
  // (the mentee's transfer or dismissal, a reorganisation) is the employer's.
  const reason = (pair.endReason ?? '').toLowerCase();
  return /наставник/.test(reason) && /отказ|желани|инициатив|просьб|заявлен/.test(reason) ? 'наставник' : 'работодатель';
}

export function initiativeText(initiative: Initiative): string {
  return initiative === 'наставник' ? 'по инициативе наставника' : 'по инициативе работодателя';
}

/** The latest date of the written notice for a stop on `stop`: three working days before it by the production calendar. */
export function noticeDate(stop: Date): Date {
  const day = workingDaysBefore(calendarDate(stop), NOTICE_WORKING_DAYS);
  return new Date(day.year, day.month - 1, day.day);
}
