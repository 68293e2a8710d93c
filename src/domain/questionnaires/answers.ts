/**
 * Reading one answer cell as Google Forms writes it into the response sheet: text as typed, a scale as a number, a
 * choice as its label, checkboxes as labels joined with ", ". The same cell may arrive as a number (Sheets, Excel) or
 * as text (CSV), so every reader accepts both.
 */
import { parseNumber } from '../bank/cells';
import { cellText } from '../bank/table';
import type { Cell, Choice, Item } from './model';

export { isBlank } from '../bank/table';

/** A cell as the text the respondent typed or chose (a date Sheets made of typed text reads back as dd.mm.yyyy). */
export function answerText(cell: Cell | undefined): string {
  return cellText(cell).trim();
}

/** A number from a numeric cell or from text with either decimal separator; null when it is not a number. */
export function answerNumber(cell: Cell | undefined): number | null {
  return cell === undefined ? null : parseNumber(cell) ?? null;
}

function sameLabel(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru') === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');
}

/** The choice whose label is the answer (case and spacing aside), or undefined. */
export function matchChoice(item: Item, text: string): Choice | undefined {
  return (item.choices ?? []).find((choice) => sameLabel(choice.label, text));
}

/**
 * Checkbox answers, split back into labels. Labels may themselves contain ", " (the competence «проектная и
 * исследовательская деятельность, одарённые дети»), so known labels are matched first, longest first, and only
 * the rest is split on commas; what matches no label is returned as unknown (an «Другое» answer or an edited list).
 */
export function splitCheckboxAnswer(item: Item, text: string): { choices: Choice[]; unknown: string[] } {
  const choices: Choice[] = [];
  const unknown: string[] = [];
  const byLength = [...(item.choices ?? [])].sort((a, b) => b.label.length - a.label.length);
  const source = text.trim();
  const lower = source.toLocaleLowerCase('ru');
  let position = 0;
  while (position < source.length) {
    const found = byLength.find((choice) => {
      const label = choice.label.toLocaleLowerCase('ru');
      if (!lower.startsWith(label, position)) return false;
      const end = position + label.length;
      return end === source.length || lower.startsWith(',', end);
    });
    let end: number;
    if (found) {
      if (!choices.includes(found)) choices.push(found);
      end = position + found.label.length;
    } else {
      const comma = source.indexOf(', ', position);
      end = comma < 0 ? source.length : comma;
      const piece = source.slice(position, end).trim();
      if (piece) unknown.push(piece);
    }
    position = end;
    while (position < source.length && (source[position] === ',' || source[position] === ' ')) position += 1;
  }
  return { choices, unknown };
}
