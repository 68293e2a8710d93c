import { academicYearEnd, addMonths, choosePeriod, periodProblem, plannedPeriod } from '../../../src/domain/matching/period';

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

test('a chosen period is 3 to 12 months, with a Russian message otherwise', () => {
  const today = d(2026, 9, 9);
  const ok = choosePeriod(today, '2026/2027', '01.10.2026', '2027-05-31');
  expect(ok.ok && [iso(ok.period.start), iso(ok.period.end)]).toEqual(['2026-10-01', '2027-05-31']);
  // Blank: today, and the default end for the start given.
  const byDefault = choosePeriod(today, '2026/2027');
  expect(byDefault.ok && [iso(byDefault.period.start), iso(byDefault.period.end)]).toEqual(['2026-09-09', '2027-05-31']);
  const fromStart = choosePeriod(today, '2026/2027', '01.03.2027');
  expect(fromStart.ok && iso(fromStart.period.end)).toBe('2027-06-01');
  expect(choosePeriod(today, undefined, '01.10.2026', '15.11.2026')).toEqual({ ok: false, message: 'Срок программы — от 3 до 12 месяцев, а с 01.10.2026 по 15.11.2026 меньше 3 месяцев.' });
  expect(choosePeriod(today, undefined, '01.10.2026', '02.10.2027')).toEqual({ ok: false, message: 'Срок программы — от 3 до 12 месяцев, а с 01.10.2026 по 02.10.2027 больше 12 месяцев.' });
  expect(choosePeriod(today, undefined, '01.10.2026', '01.09.2026')).toEqual({ ok: false, message: 'Окончание программы (01.09.2026) должно быть позже начала (01.10.2026).' });
  expect(choosePeriod(today, undefined, '31.02.2026')).toEqual({ ok: false, message: 'Начало программы: Даты «31.02.2026» не существует.' });
  expect(choosePeriod(today, undefined, '', 'завтра')).toMatchObject({ ok: false, message: expect.stringMatching(/^Окончание программы: Дата «завтра» не распознана/) });
  // The bounds themselves are allowed.
  expect(choosePeriod(today, undefined, '01.10.2026', '01.01.2027').ok).toBe(true);
  expect(choosePeriod(today, undefined, '01.10.2026', '01.10.2027').ok).toBe(true);
  expect(periodProblem({ start: d(2026, 10, 1), end: d(2026, 12, 31) })).toMatch(/меньше 3 месяцев/);
});

test('a date outside 2000–2100 is a typo, refused with the year named', () => {
  const today = d(2026, 9, 9);
  expect(choosePeriod(today, undefined, '01.01.1900')).toEqual({ ok: false, message: 'Начало программы: в дате «01.01.1900» год 1900, а допустимы годы с 2000 по 2100.' });
  expect(choosePeriod(today, undefined, '01.10.2026', '2206-05-31')).toEqual({ ok: false, message: 'Окончание программы: в дате «2206-05-31» год 2206, а допустимы годы с 2000 по 2100.' });
  expect(choosePeriod(d(2099, 9, 1), undefined, '01.09.2099', '31.05.2100').ok).toBe(true);
});
