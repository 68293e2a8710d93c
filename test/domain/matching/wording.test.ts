import { sameTerm, termKey } from '../../../src/domain/matching/terms';
import { ofCount, plural, shortName, years } from '../../../src/domain/matching/wording';

test('number agreement', () => {
  expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(years)).toEqual([
    '1 год', '2 года', '5 лет', '11 лет', '12 лет', '14 лет', '21 год', '22 года', '25 лет', '101 год', '111 лет',
  ]);
  expect(plural(3, 'дефицит', 'дефицита', 'дефицитов')).toBe('дефицита');
  expect([1, 3, 11, 21].map((n) => ofCount(n, 'дефицита', 'дефицитов'))).toEqual(['1 дефицита', '3 дефицитов', '11 дефицитов', '21 дефицита']);
});

test('short names', () => {
  expect(shortName('Гумерова Гульсасак Манжуровна')).toBe('Гумерова Г. М.');
  expect(shortName(' Иванов  пётр ')).toBe('Иванов П.');
  expect(shortName('Петров')).toBe('Петров');
});

test('terms compare up to case, ё, dashes, quotes and a bracketed gloss', () => {
  expect(termKey('  Цифровые   инструменты и ИКТ ')).toBe('цифровые инструменты и икт');
  expect(sameTerm('Опытный педагог - молодой специалист', 'Опытный педагог – молодой специалист')).toBe(true);
  expect(sameTerm('традиционное («один на один»)', 'Традиционное')).toBe(true);
  expect(sameTerm('Учёт', 'учет')).toBe(true);
  expect(sameTerm('групповое', 'реверсивное')).toBe(false);
  expect(sameTerm('', '')).toBe(false);
});
