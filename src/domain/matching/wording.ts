/** Russian wording shared by the reasons of matching: number agreement, lists, short names. */

/** Picks the noun form for a count: 1 год, 2 года, 5 лет, 21 год, 11 лет. */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const tens = abs % 100;
  const units = abs % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** «5 лет», «21 год». */
export function years(n: number): string {
  return `${n} ${plural(n, 'год', 'года', 'лет')}`;
}

/** After «из» the genitive agrees with the last word of the number: «из 1 дефицита», «из 3 дефицитов». */
export function ofCount(n: number, genitiveOne: string, genitiveMany: string): string {
  const abs = Math.abs(Math.trunc(n));
  return `${n} ${abs % 10 === 1 && abs % 100 !== 11 ? genitiveOne : genitiveMany}`;
}

/** «Иванова Мария Петровна» → «Иванова М. П.»; anything unusual is returned trimmed as it is. */
export function shortName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length < 2) return fullName.trim();
  const initials = parts.slice(1, 3).map((p) => `${p.charAt(0).toUpperCase()}.`);
  return `${parts[0]} ${initials.join(' ')}`;
}

/** «1-й выбор». */
export function ordinalChoice(rank: number): string {
  return `${rank}-й выбор`;
}
