/** A questionnaire as plain JSON (CLI `forms`): what a form shows, in the shape the issue fixes. */
import type { ItemType, Questionnaire } from './model';

export interface QuestionnaireJson {
  id: string;
  title: string;
  items: Array<{
    title: string;
    type: ItemType;
    required: boolean;
    choices: Array<{ label: string; points: number | null }> | null;
    scale: { min: number; max: number } | null;
  }>;
}

export function questionnaireJson(questionnaire: Questionnaire): QuestionnaireJson {
  return {
    id: questionnaire.id,
    title: questionnaire.title,
    items: questionnaire.items.map((item) => ({
      title: item.title,
      type: item.type,
      required: item.required,
      choices: item.choices ? item.choices.map((choice) => ({ label: choice.label, points: choice.points ?? null })) : null,
      scale: item.scale ? { min: item.scale.min, max: item.scale.max } : null,
    })),
  };
}
