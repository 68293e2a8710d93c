import { Settings, settingSpecs } from '../../../src/domain/bank/settings';
import { DEFAULT_WEIGHTS, parseMatchingWeights, WEIGHT_SETTINGS, weightsFromSettings } from '../../../src/domain/matching/weights';

test('every setting has a Russian label, unique, and defaults within their ranges', () => {
  const labels = WEIGHT_SETTINGS.map((s) => s.label);
  expect(new Set(labels).size).toBe(labels.length);
  expect(labels).toContain('Вес: закрытие дефицитов');
  expect(labels).toContain('Минимальная совместимость для подбора');
  for (const s of WEIGHT_SETTINGS) {
    expect(s.label).toMatch(/^[А-ЯЁ]/);
    expect(s.defaultValue).toBeGreaterThanOrEqual(s.min);
    expect(s.defaultValue).toBeLessThanOrEqual(s.max);
  }
});

test('blank or missing rows keep the defaults without complaint', () => {
  expect(parseMatchingWeights({})).toEqual({ weights: DEFAULT_WEIGHTS, problems: [] });
  expect(parseMatchingWeights(new Map([['Вес: тот же предмет', '  ']]))).toEqual({ weights: DEFAULT_WEIGHTS, problems: [] });
});

test('numbers, numeric text and a decimal comma are read; names ignore case and spaces', () => {
  const { weights, problems } = parseMatchingWeights(new Map<string, unknown>([
    [' вес: закрытие дефицитов ', 55],
    ['Вес: тот же предмет', ' 12,5 '],
    ['Минимальная совместимость для подбора', '45'],
  ]));
  expect(problems).toEqual([]);
  expect(weights.deficits).toBe(55);
  expect(weights.subject).toBe(12.5);
  expect(weights.minScore).toBe(45);
});

test('bad values are reported by name with the value, and the default is used', () => {
  const { weights, problems } = parseMatchingWeights({
    'Вес: тот же предмет': 'много',
    'Вес: разница в стаже': -3,
    'Минимальная совместимость для подбора': 40.5,
    'Вес: взаимный выбор': true,
  });
  expect(weights.subject).toBe(DEFAULT_WEIGHTS.subject);
  expect(weights.experience).toBe(DEFAULT_WEIGHTS.experience);
  expect(weights.minScore).toBe(DEFAULT_WEIGHTS.minScore);
  expect(weights.preference).toBe(DEFAULT_WEIGHTS.preference);
  expect(problems.map((p) => p.message)).toEqual([
    '«Вес: тот же предмет»: значение «много» не число; нужно число от 0 до 100; взято значение по умолчанию 15.',
    '«Вес: разница в стаже»: значение -3 вне допустимого диапазона: нужно число от 0 до 100; взято значение по умолчанию 10.',
    '«Вес: взаимный выбор»: значение «true» не число; нужно число от 0 до 100; взято значение по умолчанию 10.',
    '«Минимальная совместимость для подбора»: значение 40.5 должно быть целым числом от 0 до 100; взято значение по умолчанию 30.',
  ]);
});

test('all criteria at zero would make every score 0: reported, defaults used', () => {
  const zero = Object.fromEntries(WEIGHT_SETTINGS.filter((s) => s.label.startsWith('Вес')).map((s) => [s.label, 0]));
  const { weights, problems } = parseMatchingWeights(zero);
  expect(problems).toHaveLength(1);
  expect(problems[0].message).toMatch(/Все веса критериев совместимости равны 0/);
  expect(weights.deficits).toBe(DEFAULT_WEIGHTS.deficits);
});

test('from «Настройки» as the bank reads it: a bad value is a warning on its row; «Настроить банк» offers the rows', () => {
  const settings = new Settings();
  settings.set('вес: тот же предмет', { name: 'вес: тот же предмет', value: 'много', row: 17 });
  settings.set('Вес: закрытие дефицитов', { name: 'Вес: закрытие дефицитов', value: 50, row: 16 });
  const { weights, issues } = weightsFromSettings(settings);
  expect(weights.deficits).toBe(50);
  expect(issues).toEqual([{ severity: 'warning', sheet: 'Настройки', row: 17, column: 'Значение', message: expect.stringContaining('«много» не число') }]);
  const offered = settingSpecs(new Date(2026, 10, 20)).map((s) => s.name);
  for (const s of WEIGHT_SETTINGS) expect(offered).toContain(s.label);
});
