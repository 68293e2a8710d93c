/** Which questionnaire a response table belongs to, from its column titles (the CLI's `score` without --questionnaire). */
import { answerText } from './answers';
import type { Cell, Questionnaire } from './model';
import { isEssential } from './responses';
import { normaliseTitle } from './validation';

/**
 * The questionnaire with the largest share of its essential questions among the titles; null when none has at least
 * half of them (the table is not a response table of ours) or two tie (the caller must say which).
 */
export function detectQuestionnaire(catalog: readonly Questionnaire[], header: readonly Cell[]): Questionnaire | null {
  const titles = new Set(header.map((cell) => normaliseTitle(answerText(cell))));
  const scored = catalog.map((questionnaire) => {
    const essential = questionnaire.items.filter(isEssential);
    const found = essential.filter((item) => titles.has(normaliseTitle(item.title))).length;
    return { questionnaire, share: essential.length === 0 ? 0 : found / essential.length, found };
  }).sort((a, b) => b.share - a.share || b.found - a.found);
  const [best, second] = scored;
  if (!best || best.share < 0.5) return null;
  if (second && second.share === best.share && second.found === best.found) return null;
  return best.questionnaire;
}
