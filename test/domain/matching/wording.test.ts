import { sameTerm, termKey } from '../../../src/domain/matching/terms';
import { ofCount } from '../../../src/domain/matching/wording';

test('after «из» the noun agrees with the last word of the number', () => {
  expect([1, 3, 11, 21, 25].map((n) => ofCount(n, 'дефицита', 'дефицитов'))).toEqual(['1 дефицита', '3 дефицитов', '11 дефицитов', '21 дефицита', '25 дефицитов']);
});

test('terms compare up to case, ё, dashes, quotes and a bracketed gloss', () => {
  expect(termKey('  Цифровые   инструменты и ИКТ ')).toBe('цифровые инструменты и икт');
  expect(sameTerm('Опытный педагог - молодой специалист', 'Опытный педагог – молодой специалист')).toBe(true);
  expect(sameTerm('традиционное («один на один»)', 'Традиционное')).toBe(true);
  expect(sameTerm('Учёт', 'учет')).toBe(true);
  expect(sameTerm('групповое', 'реверсивное')).toBe(false);
  expect(sameTerm('', '')).toBe(false);
});
