import {
  academicYearBounds,
  academicYearOf,
  formatAcademicYear,
  formatDateLong,
  formatDateNumeric,
  formatIsoDate,
  formatPeriod,
  monthName,
  parseAcademicYear,
  parseDateNumeric,
  toCalendarDate,
} from '../../../src/domain/language/dates';

describe('formatting dates', () => {
  test('the seed 000 date in words and in digits', () => {
    expect(formatDateLong({ year: 2022, month: 11, day: 16 })).toBe('16 ноября 2022 г.');
    expect(formatDateNumeric({ year: 2022, month: 11, day: 16 })).toBe('16.11.2022');
  });

  test('ГОСТ Р 7.0.97: no leading zero in words, a leading zero in digits', () => {
    expect(formatDateLong('2025-09-05')).toBe('5 сентября 2025 г.');
    expect(formatDateNumeric('2025-09-05')).toBe('05.09.2025');
    expect(formatIsoDate('05.09.2025')).toBe('2025-09-05');
  });

  test('every month in the genitive', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDateLong({ year: 2024, month: i + 1, day: 1 }).split(' ')[1]);
    expect(months).toEqual([
      'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
      'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    ]);
  });

  test('month names in both forms', () => {
    expect(monthName(5)).toBe('май');
    expect(monthName(5, 'родительный')).toBe('мая');
    expect(monthName(1, 'именительный')).toBe('январь');
    expect(() => monthName(13)).toThrow('Месяца с номером 13 нет.');
  });

  test('a Date is read in local time, the domain’s convention for calendar dates', () => {
    // Both adapters hand a date cell over as local midnight (Apps Script: the script's zone; Excel: shifted).
    expect(formatDateLong(new Date(2022, 10, 16))).toBe('16 ноября 2022 г.');
    expect(formatDateLong(new Date(2022, 10, 16, 23, 59))).toBe('16 ноября 2022 г.');
    expect(formatDateNumeric(new Date(2022, 10, 16, 0, 0, 1))).toBe('16.11.2022');
  });

  test('a period of a programme', () => {
    expect(formatPeriod('2025-09-01', '2026-05-31')).toBe('с 1 сентября 2025 г. по 31 мая 2026 г.');
  });

  test('values that are no date are refused with a Russian message', () => {
    expect(() => formatDateLong(new Date(Number.NaN))).toThrow('Неверная дата.');
    expect(() => formatDateLong('2023-02-29')).toThrow('Даты «2023-02-29» не существует.');
    expect(() => formatDateLong({ year: 2023, month: 4, day: 31 })).toThrow('Даты 31.4.2023 не существует.');
    expect(() => formatDateLong('вчера')).toThrow('Дата «вчера» не распознана: ожидается ДД.ММ.ГГГГ, например 16.11.2022.');
  });
});

describe('parsing «16.11.2022»', () => {
  test('round trip', () => {
    const parsed = parseDateNumeric('16.11.2022');
    expect(parsed).toEqual({ ok: true, date: { year: 2022, month: 11, day: 16 } });
    if (parsed.ok) expect(formatDateNumeric(parsed.date)).toBe('16.11.2022');
  });

  test('short day and month, spaces and a trailing «г.»', () => {
    expect(parseDateNumeric(' 1.9.2025 г.')).toEqual({ ok: true, date: { year: 2025, month: 9, day: 1 } });
    expect(parseDateNumeric('01.09.2025 года')).toEqual({ ok: true, date: { year: 2025, month: 9, day: 1 } });
  });

  test('leap years', () => {
    expect(parseDateNumeric('29.02.2024').ok).toBe(true);
    expect(parseDateNumeric('29.02.2000').ok).toBe(true);
    expect(parseDateNumeric('29.02.2100')).toEqual({ ok: false, error: 'Даты «29.02.2100» не существует.' });
    expect(parseDateNumeric('29.02.2023')).toEqual({ ok: false, error: 'Даты «29.02.2023» не существует.' });
  });

  test.each([
    ['2022-11-16', 'Дата «2022-11-16» не распознана: ожидается ДД.ММ.ГГГГ, например 16.11.2022.'],
    ['16/11/2022', 'Дата «16/11/2022» не распознана: ожидается ДД.ММ.ГГГГ, например 16.11.2022.'],
    ['', 'Дата «» не распознана: ожидается ДД.ММ.ГГГГ, например 16.11.2022.'],
    ['16.11.22', 'В дате «16.11.22» год нужно писать четырьмя цифрами, например 16.11.2022.'],
    ['16.11.0222', 'В дате «16.11.0222» год 222 вне допустимого диапазона 1900–2100.'],
    ['32.01.2022', 'Даты «32.01.2022» не существует.'],
    ['10.13.2022', 'Даты «10.13.2022» не существует.'],
    ['00.01.2022', 'Даты «00.01.2022» не существует.'],
  ])('«%s» is refused', (text, error) => {
    expect(parseDateNumeric(text)).toEqual({ ok: false, error });
  });
});

describe('academic years', () => {
  test.each([
    ['2025-08-31', '2024/2025 учебный год'],
    ['2025-09-01', '2025/2026 учебный год'],
    ['2025-12-31', '2025/2026 учебный год'],
    ['2026-01-01', '2025/2026 учебный год'],
    ['2022-11-16', '2022/2023 учебный год'],
  ])('%s belongs to %s', (date, label) => {
    expect(formatAcademicYear(academicYearOf(date))).toBe(label);
  });

  test('label without words, from a start year', () => {
    expect(formatAcademicYear(2025, false)).toBe('2025/2026');
    expect(academicYearOf(toCalendarDate('01.09.2025'))).toEqual({ startYear: 2025, endYear: 2026 });
  });

  test('bounds: 1 September to 31 August', () => {
    expect(academicYearBounds(2025)).toEqual({
      start: { year: 2025, month: 9, day: 1 },
      end: { year: 2026, month: 8, day: 31 },
    });
  });

  test.each(['2025/2026', '2025-2026', '2025 – 2026', '2025/26', '2025/2026 учебный год', '2025/2026 уч. г.'])(
    '«%s» reads as 2025/2026',
    (text) => {
      expect(parseAcademicYear(text)).toEqual({ ok: true, year: { startYear: 2025, endYear: 2026 } });
    },
  );

  test('1999/00 crosses the century', () => {
    expect(parseAcademicYear('1999/00')).toEqual({ ok: true, year: { startYear: 1999, endYear: 2000 } });
  });

  test.each([
    ['2025/2027', 'Учебный год «2025/2027»: второй год должен быть следующим за первым, например 2025/2026.'],
    ['2025/25', 'Учебный год «2025/25»: второй год должен быть следующим за первым, например 2025/2026.'],
    ['2025', 'Учебный год «2025» не распознан: ожидается, например, 2025/2026.'],
    ['двадцать пятый', 'Учебный год «двадцать пятый» не распознан: ожидается, например, 2025/2026.'],
  ])('«%s» is refused', (text, error) => {
    expect(parseAcademicYear(text)).toEqual({ ok: false, error });
  });
});
