import { countOf, formatCount, formatNumber, NOUNS, pluralCategory, pluralize } from '../../../src/domain/language/plural';

describe('plural forms', () => {
  test.each([
    [0, '0 пар'],
    [1, '1 пара'],
    [2, '2 пары'],
    [3, '3 пары'],
    [4, '4 пары'],
    [5, '5 пар'],
    [11, '11 пар'],
    [12, '12 пар'],
    [14, '14 пар'],
    [21, '21 пара'],
    [22, '22 пары'],
    [25, '25 пар'],
    [101, '101 пара'],
    [111, '111 пар'],
    [112, '112 пар'],
    [1001, '1001 пара'],
    [1011, '1011 пар'],
  ])('%i → «%s»', (n, text) => {
    expect(countOf(n, 'пара')).toBe(text);
  });

  test('categories at every boundary', () => {
    const categories = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(pluralCategory);
    expect(categories).toEqual(['many', 'one', 'few', 'few', 'many', 'many', 'many', 'many', 'one', 'few', 'many', 'one', 'many']);
  });

  test('generic pluralize returns the noun alone', () => {
    expect(pluralize(1, 'школа', 'школы', 'школ')).toBe('школа');
    expect(pluralize(3, 'школа', 'школы', 'школ')).toBe('школы');
    expect(pluralize(5, 'школа', 'школы', 'школ')).toBe('школ');
    expect(formatCount(22, 'школа', 'школы', 'школ')).toBe('22 школы');
  });

  test('substantivised adjectives: 1 наставляемый, 2 наставляемых', () => {
    expect([1, 2, 5, 21, 22].map((n) => countOf(n, 'наставляемый'))).toEqual([
      '1 наставляемый', '2 наставляемых', '5 наставляемых', '21 наставляемый', '22 наставляемых',
    ]);
  });

  test('years and days change their stem', () => {
    expect([1, 3, 5, 11, 21].map((n) => countOf(n, 'год'))).toEqual(['1 год', '3 года', '5 лет', '11 лет', '21 год']);
    expect([1, 2, 5].map((n) => countOf(n, 'день'))).toEqual(['1 день', '2 дня', '5 дней']);
    expect([1, 2, 5].map((n) => countOf(n, 'месяц'))).toEqual(['1 месяц', '2 месяца', '5 месяцев']);
    expect([1, 2, 5].map((n) => countOf(n, 'человек'))).toEqual(['1 человек', '2 человека', '5 человек']);
  });

  test('every dictionary noun at 1, 2, 5', () => {
    const table = Object.keys(NOUNS).map((noun) => [1, 2, 5].map((n) => countOf(n, noun as keyof typeof NOUNS)).join(', '));
    expect(table).toEqual([
      '1 пара, 2 пары, 5 пар',
      '1 наставник, 2 наставника, 5 наставников',
      '1 наставляемый, 2 наставляемых, 5 наставляемых',
      '1 группа, 2 группы, 5 групп',
      '1 анкета, 2 анкеты, 5 анкет',
      '1 ответ, 2 ответа, 5 ответов',
      '1 балл, 2 балла, 5 баллов',
      '1 педагог, 2 педагога, 5 педагогов',
      '1 документ, 2 документа, 5 документов',
      '1 приказ, 2 приказа, 5 приказов',
      '1 день, 2 дня, 5 дней',
      '1 месяц, 2 месяца, 5 месяцев',
      '1 год, 2 года, 5 лет',
      '1 участник, 2 участника, 5 участников',
      '1 программа, 2 программы, 5 программ',
      '1 человек, 2 человека, 5 человек',
    ]);
  });

  test('fractions take the genitive singular and a decimal comma', () => {
    expect(countOf(12.5, 'балл')).toBe('12,5 балла');
    expect(countOf(1.5, 'наставляемый')).toBe('1,5 наставляемого');
    expect(countOf(0.333333, 'балл')).toBe('0,33 балла');
    expect(formatNumber(14)).toBe('14');
    expect(countOf(0.999, 'балл')).toBe('1 балл');
  });

  test('negative numbers follow the same endings', () => {
    expect(countOf(-1, 'балл')).toBe('-1 балл');
    expect(countOf(-3, 'балл')).toBe('-3 балла');
  });

  test('a count that is no number is refused', () => {
    expect(() => countOf(Number.NaN, 'пара')).toThrow('Число «NaN» нельзя записать словами.');
    expect(() => pluralCategory(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
