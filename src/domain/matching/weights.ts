import type { Issue } from '../bank/issues';
import { SETTINGS_COLUMNS, SHEET } from '../bank/schema';
import { registerSettings, type Settings } from '../bank/settings';
import { objectiveFromSettings, type MatchingObjective } from './objective';

/**
 * Weights of the compatibility criteria and the pairing threshold, editable by the curator as rows
 * of «Настройки» (Параметр | Значение). A blank value means the default; a bad value is reported
 * and the default is used, so one typo never stops pairing.
 */

export type CriterionKey = 'deficits' | 'subject' | 'categoryForm' | 'experience' | 'kind' | 'preference';

export interface MatchingWeights {
  /** Share of the mentee's deficits covered by the mentor's competences. */
  deficits: number;
  /** The mentor teaches a subject of the mentee. */
  subject: number;
  /** The mentor accepts the form of interaction that answers the mentee's category. */
  categoryForm: number;
  /** The mentor is more experienced (not required for reverse mentoring). */
  experience: number;
  /** The mentor accepts the mentee's preferred form / kind. */
  kind: number;
  /** Mutual choice from «Предпочтения». */
  preference: number;
  /** The experience gap (years) that earns the full experience weight. */
  fullExperienceGap: number;
  /** A pair scoring below this (0–100) is never proposed. */
  minScore: number;
  /** What «Подобрать всех» maximises («Цель подбора», «Приоритет при нехватке мест»); absent — the default. */
  objective?: MatchingObjective;
}

export const CRITERIA: readonly CriterionKey[] = ['deficits', 'subject', 'categoryForm', 'experience', 'kind', 'preference'];

export interface WeightSetting {
  key: Exclude<keyof MatchingWeights, 'objective'>;
  /** The «Параметр» cell, as the curator sees it. */
  label: string;
  defaultValue: number;
  min: number;
  max: number;
  /** Whether the value must be a whole number. */
  integer: boolean;
}

/**
 * Defaults: the mentee's requests weigh most (seed 000 §6.1: the mentor's profile must answer the
 * requests); subject and the category's form of interaction next; experience, the preferred kind
 * and mutual choice refine. The threshold 30 rejects a pair that only has «a more experienced teacher».
 */
export const WEIGHT_SETTINGS: readonly WeightSetting[] = [
  { key: 'deficits', label: 'Вес: закрытие дефицитов', defaultValue: 40, min: 0, max: 100, integer: false },
  { key: 'subject', label: 'Вес: тот же предмет', defaultValue: 15, min: 0, max: 100, integer: false },
  { key: 'categoryForm', label: 'Вес: форма наставничества по категории', defaultValue: 15, min: 0, max: 100, integer: false },
  { key: 'experience', label: 'Вес: разница в стаже', defaultValue: 10, min: 0, max: 100, integer: false },
  { key: 'kind', label: 'Вес: предпочитаемая форма наставляемого', defaultValue: 10, min: 0, max: 100, integer: false },
  { key: 'preference', label: 'Вес: взаимный выбор', defaultValue: 10, min: 0, max: 100, integer: false },
  { key: 'fullExperienceGap', label: 'Разница в стаже для полного балла (лет)', defaultValue: 10, min: 1, max: 50, integer: true },
  { key: 'minScore', label: 'Минимальная совместимость для подбора', defaultValue: 30, min: 0, max: 100, integer: true },
];

export const DEFAULT_WEIGHTS: MatchingWeights = Object.freeze(
  Object.fromEntries(WEIGHT_SETTINGS.map((s) => [s.key, s.defaultValue])) as unknown as MatchingWeights,
) as MatchingWeights;

/** A problem with one «Настройки» row; the default value was used instead. */
export interface WeightProblem {
  parameter: string;
  value: unknown;
  message: string;
}

export interface ParsedWeights {
  weights: MatchingWeights;
  problems: WeightProblem[];
}

/** «40», 40, «12,5», « 7 » → number; anything else → NaN. Blank is handled by the caller. */
function toNumber(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') {
    const text = raw.trim().replace(/\s/g, '').replace(',', '.');
    if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return NaN;
    return Number(text);
  }
  return NaN;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function shown(raw: unknown): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw);
}

/**
 * Reads the weights from «Настройки» given as parameter name → raw cell value. Parameter names
 * are matched ignoring case and surrounding spaces.
 */
export function parseMatchingWeights(settings: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>): ParsedWeights {
  const byName = new Map<string, unknown>();
  const entries = settings instanceof Map ? [...settings.entries()] : Object.entries(settings);
  for (const [name, value] of entries) byName.set(String(name).trim().toLowerCase(), value);

  const weights = { ...DEFAULT_WEIGHTS };
  const problems: WeightProblem[] = [];
  for (const s of WEIGHT_SETTINGS) {
    const raw = byName.get(s.label.toLowerCase());
    if (isBlank(raw)) continue;
    const value = toNumber(raw);
    const range = `от ${s.min} до ${s.max}`;
    let message: string | undefined;
    if (Number.isNaN(value) || typeof raw === 'boolean') {
      message = `значение «${shown(raw)}» не число; нужно число ${range}`;
    } else if (value < s.min || value > s.max) {
      message = `значение ${shown(raw)} вне допустимого диапазона: нужно число ${range}`;
    } else if (s.integer && !Number.isInteger(value)) {
      message = `значение ${shown(raw)} должно быть целым числом ${range}`;
    }
    if (message) {
      problems.push({ parameter: s.label, value: raw, message: `«${s.label}»: ${message}; взято значение по умолчанию ${s.defaultValue}.` });
      continue;
    }
    weights[s.key] = value;
  }

  if (CRITERIA.every((k) => weights[k] === 0)) {
    problems.push({
      parameter: WEIGHT_SETTINGS[0].label,
      value: 0,
      message: 'Все веса критериев совместимости равны 0: совместимость не из чего считать; взяты веса по умолчанию.',
    });
    for (const k of CRITERIA) weights[k] = DEFAULT_WEIGHTS[k];
  }
  return { weights, problems };
}

/** «Настроить банк» appends these rows to «Настройки» with their defaults, so the curator sees what can be tuned. */
registerSettings(
  WEIGHT_SETTINGS.map((s) => ({
    name: s.label,
    defaultValue: s.defaultValue,
    hint: `Число от ${s.min} до ${s.max}${s.integer ? ', целое' : ''}; пусто — ${s.defaultValue}.`,
  })),
);

/** The weights from «Настройки» as read by the bank; a bad value is a warning on its row (the default is used). */
export function weightsFromSettings(settings: Settings): { weights: MatchingWeights; issues: Issue[] } {
  const values = new Map<string, unknown>();
  for (const [name, entry] of settings) values.set(name, entry.value);
  const { weights, problems } = parseMatchingWeights(values);
  const goal = objectiveFromSettings(settings);
  const issues: Issue[] = problems.map((p) => ({
    severity: 'warning',
    sheet: SHEET.settings,
    row: [...settings].find(([name]) => name.trim().toLowerCase() === p.parameter.toLowerCase())?.[1].row ?? null,
    column: SETTINGS_COLUMNS.value,
    message: p.message,
  }));
  return { weights: { ...weights, objective: goal.objective }, issues: [...issues, ...goal.issues] };
}
