/** Levels of a total: the seed 001 rubric's «оптимальный / допустимый / недопустимый» and the rating scales' levels. */
import type { Level, ScoringSpec } from '../questionnaires/model';

/** The first level, from the top, whose minimum the total reaches; the lowest level otherwise. */
export function levelOf(spec: ScoringSpec, total: number): Level {
  return spec.levels.find((level) => total >= level.min) ?? spec.levels[spec.levels.length - 1];
}

/** Rounded for people: totals and means to hundredths, percents to tenths. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
