import { initialsOf, initialsWithSurname, surnameWithInitials } from '../../../src/domain/language/initials';

describe('names with initials', () => {
  test('orders and lists: surname first; signature blocks: initials first', () => {
    expect(surnameWithInitials('Гумерова Гульсасак Манжуровна')).toBe('Гумерова Г.М.');
    expect(initialsWithSurname('Гумерова Гульсасак Манжуровна')).toBe('Г.М. Гумерова');
  });

  test('the surname declines, the initials do not', () => {
    expect(surnameWithInitials('Гумерова Гульсасак Манжуровна', { grammaticalCase: 'дательный' })).toBe('Гумеровой Г.М.');
    expect(surnameWithInitials('Швец Андрей Васильевич', { grammaticalCase: 'родительный' })).toBe('Швеца А.В.');
    expect(surnameWithInitials('Швец Мария Андреевна', { grammaticalCase: 'родительный' })).toBe('Швец М.А.');
    expect(initialsWithSurname('Римский-Корсаков Николай Андреевич', { grammaticalCase: 'творительный' })).toBe(
      'Н.А. Римским-Корсаковым',
    );
  });

  test('a no-break space on request keeps the name on one line', () => {
    expect(initialsWithSurname('Иванов Пётр Сергеевич', { separator: '\u00a0' })).toBe('П.С.\u00a0Иванов');
  });

  test('Turkic patronymics, double first names, typed initials, a surname alone', () => {
    expect(surnameWithInitials('Мамедов Эльчин Рашид оглы')).toBe('Мамедов Э.Р.');
    expect(initialsOf('Петрова Анна-Мария Ивановна')).toBe('А.-М.И.');
    expect(surnameWithInitials('Иванов И. П.', { grammaticalCase: 'дательный' })).toBe('Иванову И.П.');
    expect(surnameWithInitials('Иванов', { grammaticalCase: 'родительный' })).toBe('Иванова');
    expect(initialsWithSurname('Петрова Анна')).toBe('А. Петрова');
    expect(initialsOf('')).toBe('');
  });

  test('the override’s surname is used in the declined short form', () => {
    expect(
      surnameWithInitials('Швец Андрей Васильевич', {
        grammaticalCase: 'дательный',
        override: 'Д: Швец Андрею Васильевичу',
      }),
    ).toBe('Швец А.В.');
  });

  test('Latin letters stay as they are', () => {
    expect(surnameWithInitials('Smith John', { gender: 'м', grammaticalCase: 'дательный' })).toBe('Smith J.');
  });
});
