import { declineName, declineFullName } from '../../../src/domain/language/declension';
import { caseFromLabel } from '../../../src/domain/language/grammatical-case';
import { NAME_OVERRIDE_EXAMPLE, parseNameOverride } from '../../../src/domain/language/name-override';

describe('parsing the curator’s override', () => {
  test('letters, abbreviations and full case names, separated by «;» or new lines', () => {
    const parsed = parseNameOverride('Р: Швеца Андрея;  д. : Швецу  Андрею\nТворительный: Швецом Андреем;\n');
    expect(parsed).toEqual({
      ok: true,
      forms: { родительный: 'Швеца Андрея', дательный: 'Швецу Андрею', творительный: 'Швецом Андреем' },
    });
  });

  test('the example shown to curators parses', () => {
    expect(parseNameOverride(NAME_OVERRIDE_EXAMPLE).ok).toBe(true);
  });

  test('an empty cell is no override', () => {
    expect(parseNameOverride('  ')).toEqual({ ok: true, forms: {} });
  });

  test('every problem is reported in Russian, all at once', () => {
    const parsed = parseNameOverride('Р Иванова; Х: Иванову; Д: ; В: Иванова; вин.: Иванова');
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'В части «Р Иванова» нет двоеточия: пишите падеж, двоеточие и форму, например «Р: Иванова Ивана».',
        'Неизвестный падеж «Х» в части «Х: Иванову»: используйте И, Р, Д, В, Т или П.',
        'Для падежа «Д» не указана форма: напишите её после двоеточия.',
        'Падеж «В» указан дважды: оставьте одну форму.',
      ],
    });
  });

  test.each([
    ['И', 'именительный'],
    ['р', 'родительный'],
    ['Род.', 'родительный'],
    ['дат', 'дательный'],
    ['В', 'винительный'],
    ['тв.', 'творительный'],
    ['Предложный падеж', 'предложный'],
    ['пр', 'предложный'],
  ])('case label «%s»', (label, expected) => {
    expect(caseFromLabel(label)).toBe(expected);
  });

  test('a non-label is not a case', () => {
    expect(caseFromLabel('Х')).toBeUndefined();
    expect(caseFromLabel('')).toBeUndefined();
  });
});

describe('applying the override', () => {
  test('the given cases replace the rules, the others keep the rules', () => {
    // A family that declines Швец as «Швец» even for a man: the curator says so once.
    const declension = declineName('Швец Андрей Васильевич', {
      override: 'Р: Швец Андрея Васильевича; Д: Швец Андрею Васильевичу',
    });
    expect(declension.forms.родительный).toBe('Швец Андрея Васильевича');
    expect(declension.forms.дательный).toBe('Швец Андрею Васильевичу');
    expect(declension.forms.творительный).toBe('Швецем Андреем Васильевичем');
    expect(declension.overridden).toEqual(['родительный', 'дательный']);
    expect(declension.surnameForms.родительный).toBe('Швец');
    expect(declension.surnameForms.творительный).toBe('Швецем');
    expect(declension.warnings).toEqual([]);
  });

  test('an already parsed override is accepted too', () => {
    expect(declineFullName('Дюма Марина Олеговна', 'дательный', { override: { дательный: 'Дюма Марине Олеговне' } })).toBe(
      'Дюма Марине Олеговне',
    );
  });

  test('an unreadable override is not applied, and the curator is told why', () => {
    const declension = declineName('Швец Андрей Васильевич', { override: 'Родительный Швец Андрея' });
    expect(declension.forms.родительный).toBe('Швеца Андрея Васильевича');
    expect(declension.overridden).toEqual([]);
    expect(declension.warnings).toEqual([
      'Ручное склонение не применено: В части «Родительный Швец Андрея» нет двоеточия: пишите падеж, двоеточие и форму, ' +
        'например «Р: Иванова Ивана».',
    ]);
  });
});
