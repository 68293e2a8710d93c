/** Russian wording of the matching reasons that the language module does not cover. */
import { pluralCategory } from '../language/plural';

/** After «из» the genitive agrees with the last word of the number: «из 1 дефицита», «из 3 дефицитов», «из 21 дефицита». */
export function ofCount(n: number, genitiveOne: string, genitiveMany: string): string {
  return `${n} ${pluralCategory(n) === 'one' ? genitiveOne : genitiveMany}`;
}

/** «1-й выбор». */
export function ordinalChoice(rank: number): string {
  return `${rank}-й выбор`;
}
