/**
 * Questionnaires are data: a definition here is turned into a Google Form by src/gas, into a JSON file and an HTML
 * preview by the CLI, and its responses are scored by src/domain/scoring. Nothing about a particular questionnaire
 * lives in code paths; it lives in the catalog files next to this one.
 */

/** When in the programme a questionnaire is filled (seed 001, monitoring stage 2: parameters are fixed twice). */
export type Stage = 'входная' | 'итоговая' | 'текущая';

/** Who answers. «куратор» also covers an invited expert (seed 001: the rubric is filled per pair). */
export type Audience = 'наставник' | 'наставляемый' | 'куратор';

/**
 * Item types, each mapping to one Google Forms item:
 * text → TextItem, paragraph → ParagraphTextItem, choice → MultipleChoiceItem, list → ListItem (drop-down, for long
 * lists of people), checkbox → CheckboxItem, scale → ScaleItem. Ratings are scales, one question per item and never
 * grids, so each rated question gets its own column in the response sheet and its own mean on the dashboard.
 */
export type ItemType = 'text' | 'paragraph' | 'choice' | 'list' | 'checkbox' | 'scale';

export type { Cell } from '../bank/table';

export interface Choice {
  /** What the respondent sees and what Google Forms writes into the response sheet. */
  label: string;
  /** Points for scored items; absent on unscored choices. */
  points?: number;
  /** What lands in the bank instead of the label (a person's code, «м», «да»), when it differs from the label. */
  value?: string;
}

export interface ScaleRange {
  min: number;
  max: number;
  minLabel?: string;
  maxLabel?: string;
}

/** How a text answer is checked: by the form itself (FormApp validation) and again when the response is read. */
export type TextFormat =
  | { kind: 'number'; min: number; max: number }
  | { kind: 'email' };

/** Where an intake answer goes in the bank: a column of «Наставники» or «Наставляемые». */
export interface BankTarget {
  column: string;
  /** How the answer becomes a cell: as is, a number, a list joined for the cell, or the choice's value. */
  as: 'text' | 'number' | 'list' | 'value';
}

/** A respondent's identity item: filled by the personal pre-filled link. */
export type CodeRole = 'participant' | 'pair';

export interface Item {
  /**
   * Stable key within the questionnaire (latin): survives the curator rewording a title. Results and before → after
   * match items by key, and in Google Forms the key is tied to the form item's id when the form is made
   * (form-items.ts), so answers under a reworded title still count for it.
   */
  key: string;
  type: ItemType;
  /** The question as the respondent reads it; also the response-sheet column header Google Forms writes. */
  title: string;
  help?: string;
  required: boolean;
  choices?: Choice[];
  scale?: ScaleRange;
  format?: TextFormat;
  /** Scored as (min + max − answer): a high answer means a worse state. */
  reverse?: boolean;
  /** Group of items reported together (a rubric criterion, a diagnostic dimension). */
  subscale?: string;
  bank?: BankTarget;
  /** Marks the item that identifies the respondent. */
  code?: CodeRole;
}

/** What happens to a response once it is read. */
export type QuestionnaireKind =
  | 'mentor-intake' // becomes a row of «Наставники»
  | 'mentee-intake' // becomes a row of «Наставляемые»
  | 'preference' // becomes a row of «Предпочтения»
  | 'scored'; // becomes a row of «Результаты»

/** A level of a total: the first level (from the top) whose minimum the total reaches. */
export interface Level {
  label: string;
  min: number;
  /** Colour on the dashboard. */
  tone: 'good' | 'fair' | 'poor';
}

export interface ScoringSpec {
  /** sum: total = sum of item points (the rubric); mean: total = mean of answered items (ratings). */
  method: 'sum' | 'mean';
  /** Highest possible total (sum: sum of item maxima; mean: the scale maximum). */
  max: number;
  /** Highest level first; the last one's min is the lowest possible total. */
  levels: Level[];
  /** An item whose value is at most this is flagged as low. */
  lowItemAtMost: number;
}

export interface Questionnaire {
  /** Stable latin id: file names, the forms registry, «Результаты». */
  id: string;
  title: string;
  /** A few words for dashboard headers and registries («Удовлетворённость наставника»). */
  shortTitle: string;
  /** Name of its response sheet: at most 31 characters and none of : \ / ? * [ ], so the workbook opens in Excel too. */
  responseSheet: string;
  description: string;
  audience: Audience[];
  stage: Stage;
  kind: QuestionnaireKind;
  /**
   * Questionnaires sharing an instrument measure the same thing; an «входная» and an «итоговая» one of the same
   * instrument are compared before → after.
   */
  instrument?: string;
  items: Item[];
  scoring?: ScoringSpec;
  /**
   * Sent to the people of a pair once the pair has run «Проверка совместимости через, недель» (matching/fitCheck.ts),
   * once per pair, rather than once a year.
   */
  sendAfterPairStart?: boolean;
}

/** The item that identifies the respondent (every questionnaire has exactly one). */
export function codeItem(questionnaire: Questionnaire): Item {
  const item = questionnaire.items.find((candidate) => candidate.code !== undefined);
  if (!item) throw new Error(`Анкета «${questionnaire.title}»: нет вопроса с кодом участника.`);
  return item;
}

/** Whether an item's answer counts towards the score. */
export function isScored(item: Item): boolean {
  if (item.code) return false;
  if (item.type === 'scale') return true;
  return (item.type === 'choice' || item.type === 'list' || item.type === 'checkbox')
    && (item.choices ?? []).some((choice) => choice.points !== undefined);
}

/** Lowest and highest points an item can give (a checkbox's highest is all positive choices ticked). */
export function itemRange(item: Item): { min: number; max: number } {
  if (item.type === 'scale' && item.scale) return { min: item.scale.min, max: item.scale.max };
  const points = (item.choices ?? []).map((choice) => choice.points ?? 0);
  if (points.length === 0) return { min: 0, max: 0 };
  if (item.type === 'checkbox') {
    return {
      min: points.filter((p) => p < 0).reduce((a, b) => a + b, 0),
      max: points.filter((p) => p > 0).reduce((a, b) => a + b, 0),
    };
  }
  return { min: Math.min(...points), max: Math.max(...points) };
}
