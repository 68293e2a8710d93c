import { isDayOff } from '../../../src/domain/language/holidays';
import { keepTogether } from '../../../src/domain/language/typography';

const day = (text: string) => {
  const [d, m, y] = text.split('.').map(Number);
  return { year: y, month: m, day: d };
};

describe('days off in Russia', () => {
  test.each(['01.01.2027', '08.01.2027', '23.02.2026', '09.03.2026', '01.05.2026', '09.05.2027', '10.05.2027', '12.06.2026', '14.06.2027', '04.11.2026', '24.02.2025', '05.09.2026'])('%s is a day off', (text) => {
    expect(isDayOff(day(text))).toBe(true);
  });

  test.each(['11.01.2027', '09.01.2026', '11.05.2027', '10.03.2026', '05.11.2026', '08.09.2026'])('%s is a working day', (text) => {
    expect(isDayOff(day(text))).toBe(false);
  });

  test('a January holiday on a weekend moves nothing', () => {
    // 3 and 4 January 2026 fall on the weekend; 9 January 2026 (Friday) is worked.
    expect(isDayOff(day('09.01.2026'))).toBe(false);
  });
});

describe('keeping words together', () => {
  test('initials with the surname, «им.» with the initials, «№» with its number', () => {
    expect(keepTogether('МБОУ «СОШ № 12 им. А. С. Пушкина»')).toBe('МБОУ «СОШ №\u00a012 им.\u00a0А.\u00a0С.\u00a0Пушкина»');
    expect(keepTogether('лицей имени М. Искужина')).toBe('лицей имени М.\u00a0Искужина');
    expect(keepTogether('г. Уфа, ул. Ленина')).toBe('г. Уфа, ул. Ленина');
  });
});
