/**
 * Which item of a Google Form asks which question of the catalog. Google Forms writes each answer under the question's
 * title, so a question the curator rewords in the form gets a new column header; the item's id does not change. The ids
 * are recorded when the form is made (question key → item id), and when a title has no column any more the form's
 * current title of that item is looked for instead: the answers are read, and keep counting for the same key.
 */
import { answerText } from './answers';
import type { Cell, Questionnaire } from './model';
import { normaliseTitle } from './validation';

/** Question key → form item id. */
export type ItemIds = ReadonlyMap<string, number>;

/** Where the ids of a form are kept (the spreadsheet's document properties). */
export function itemIdsProperty(formId: string): string {
  return `nastavnik.formItems.${formId}`;
}

export function serialiseItemIds(ids: ItemIds): string {
  return JSON.stringify(Object.fromEntries(ids));
}

/** Recorded ids; what is unreadable (edited by hand, from another version) counts as nothing recorded. */
export function parseItemIds(text: string | null): Map<string, number> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    if (!value || typeof value !== 'object') return new Map();
    return new Map(Object.entries(value).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
  } catch {
    return new Map();
  }
}

/** Ids of the questions of a form made before ids were recorded, found by their titles while these still match. */
export function itemIdsByTitle(questionnaire: Questionnaire, items: ReadonlyArray<{ id: number; title: string }>): Map<string, number> {
  const ids = new Map<string, number>();
  for (const question of questionnaire.items) {
    const found = items.find((item) => normaliseTitle(item.title) === normaliseTitle(question.title));
    if (found) ids.set(question.key, found.id);
  }
  return ids;
}

/** Keys of the questions whose title no header column carries (reworded or deleted in the form). */
export function keysWithoutColumn(questionnaire: Questionnaire, header: readonly Cell[]): string[] {
  const titles = new Set(header.map((cell) => normaliseTitle(answerText(cell))));
  return questionnaire.items.filter((item) => !titles.has(normaliseTitle(item.title))).map((item) => item.key);
}

/**
 * The questionnaire as this response sheet asks it: a question without a column of its own title takes the form's
 * current title of its item (`current`: key → title) when that one is a column. Keys, choices and points stay.
 */
export function asWorded(questionnaire: Questionnaire, header: readonly Cell[], current: ReadonlyMap<string, string>): Questionnaire {
  const titles = new Set(header.map((cell) => normaliseTitle(answerText(cell))));
  let changed = false;
  const items = questionnaire.items.map((item) => {
    const now = current.get(item.key);
    if (titles.has(normaliseTitle(item.title)) || !now || !titles.has(normaliseTitle(now))) return item;
    changed = true;
    return { ...item, title: now };
  });
  return changed ? { ...questionnaire, items } : questionnaire;
}
