import { nextOrderNumber, normalizeSuffix, orderReference, orderSequence, pairsApprovedBySigning, type OrderRecord } from '../../../src/domain/documents/register';
import { pairs } from './fixtures';

const order = (number: string, date: Date | null, status = 'проект'): OrderRecord => ({ number, date, kind: 'x', title: 'x', link: '', pdf: '', status });
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('order numbering', () => {
  test('the first order of a year is 1, then it continues after the highest number of that year', () => {
    expect(nextOrderNumber([], d(2022, 11, 16), '-од')).toBe('1-од');
    expect(nextOrderNumber([order('1-од', d(2022, 9, 1)), order('12-од', d(2022, 11, 1)), order('3-од', d(2022, 10, 1))], d(2022, 11, 16), '-од')).toBe('13-од');
  });

  test('numbering restarts across the year boundary, whatever the school year', () => {
    const register = [order('41-од', d(2022, 12, 30)), order('42-од', d(2022, 12, 31))];
    expect(nextOrderNumber(register, d(2023, 1, 9), '-од')).toBe('1-од');
    expect(nextOrderNumber([...register, order('1-од', d(2023, 1, 9))], d(2023, 1, 10), '-од')).toBe('2-од');
    expect(nextOrderNumber(register, d(2022, 12, 31), '-од')).toBe('43-од');
  });

  test('numbers typed by the school are read by their leading digits; rows without a date do not count', () => {
    expect(orderSequence('348/1')).toBe(348);
    expect(orderSequence('№ 12-од')).toBe(12);
    expect(orderSequence('б/н')).toBeUndefined();
    expect(nextOrderNumber([order('348/1', d(2022, 11, 16)), order('б/н', d(2022, 11, 17)), order('900', null)], d(2022, 12, 1), 'од')).toBe('349-од');
  });

  test('the suffix from «Настройки» is normalised', () => {
    expect(normalizeSuffix('од')).toBe('-од');
    expect(normalizeSuffix(' -од ')).toBe('-од');
    expect(normalizeSuffix('/к')).toBe('/к');
    expect(normalizeSuffix('')).toBe('');
  });
});

describe('signing', () => {
  test('a signed order approves the proposed pairs that reference it, not those of a same-numbered order of another year', () => {
    const ref2022 = orderReference('12-од', d(2022, 11, 16));
    expect(ref2022).toBe('12-од от 16.11.2022');
    const listed = [
      { ...pairs[0], order: ref2022 },
      { ...pairs[1], order: '12-од от 10.01.2023' },
      { ...pairs[2], order: ' №12-од  от 16.11.2022', status: 'действует' },
    ];
    const register = [order('12-од', d(2022, 11, 16), 'подписан'), order('12-од', d(2023, 1, 10), 'проект')];
    expect(pairsApprovedBySigning(listed, register).map((p) => p.code)).toEqual(['П-001']);
  });
});
