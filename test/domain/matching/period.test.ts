import { academicYearEnd, addMonths, plannedPeriod } from '../../../src/domain/matching/period';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const iso = (x: Date) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;

test('the academic year is read from «Настройки» or derived from today', () => {
  expect(academicYearEnd(d(2026, 11, 20), '2026/2027')).toBe(2027);
  expect(academicYearEnd(d(2026, 11, 20), '2026–2027 учебный год')).toBe(2027);
  expect(academicYearEnd(d(2026, 11, 20), '2026')).toBe(2027);
  expect(academicYearEnd(d(2026, 11, 20), '')).toBe(2027);
  expect(academicYearEnd(d(2027, 2, 1), undefined)).toBe(2027);
});

test('default period: today to 31 May, at least 3 and at most 12 months', () => {
  const p = plannedPeriod(new Date(2026, 10, 20, 15, 30), '2026/2027');
  expect([iso(p.start), iso(p.end)]).toEqual(['2026-11-20', '2027-05-31']);
  // In April the year's end is too close: the programme still lasts 3 months.
  expect(iso(plannedPeriod(d(2027, 4, 10), '2026/2027').end)).toBe('2027-07-10');
  // A year set far ahead is cut to 12 months.
  expect(iso(plannedPeriod(d(2026, 9, 1), '2028/2029').end)).toBe('2027-09-01');
});

test('adding months keeps the day when the month has it', () => {
  expect(iso(addMonths(d(2027, 1, 31), 1))).toBe('2027-02-28');
  expect(iso(addMonths(d(2027, 11, 30), 3))).toBe('2028-02-29');
});
