import { schoolYearCalendar } from '../../../src/domain/demo/calendar';

describe('the demo\'s school year', () => {
  test('is the academic year of the day it runs, in order, on weekdays, from September to May', () => {
    for (const today of [new Date(2026, 10, 20), new Date(2027, 0, 15), new Date(2025, 8, 1), new Date(2028, 6, 31)]) {
      const calendar = schoolYearCalendar(today);
      const days = Object.values(calendar).filter((v): v is Date => v instanceof Date);
      const autumn = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
      expect(calendar.label).toBe(`${autumn}/${autumn + 1} учебный год`);
      expect(days.map((day) => day.getTime())).toEqual([...days].sort((a, b) => a.getTime() - b.getTime()).map((day) => day.getTime()));
      for (const day of days) expect([0, 6]).not.toContain(day.getDay());
      expect(calendar.startOrders.getFullYear()).toBe(autumn);
      expect(calendar.startOrders.getMonth()).toBe(8);
      // The year-end orders come in the next calendar year, before the programmes end on 31 May.
      expect(calendar.yearEnd.getFullYear()).toBe(autumn + 1);
      expect(calendar.yearEnd.getMonth()).toBe(4);
    }
  });
});
