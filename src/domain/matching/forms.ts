/**
 * Forms of interaction (seed 001) and kinds of mentoring (seeds 000/003), and which form answers
 * which category of mentee (DESIGN §4). The curator may add terms in «Справочники»; these are the
 * ones the product itself reasons about.
 */
import { termKey } from './terms';

export const FORM_EXPERIENCED_YOUNG = 'Опытный педагог – молодой специалист';
export const FORM_CLASS_TEACHER_YOUNG = 'Опытный классный руководитель – молодой специалист';
export const FORM_LEADER_STRUGGLING = 'Лидер педагогического сообщества – педагог, испытывающий проблемы';
export const FORM_INNOVATOR_CONSERVATIVE = 'Педагог-новатор – консервативный педагог';
export const FORM_SUBJECT_EXPERT_NOVICE = 'Опытный предметник – неопытный предметник';

export const INTERACTION_FORMS: readonly string[] = [
  FORM_EXPERIENCED_YOUNG,
  FORM_CLASS_TEACHER_YOUNG,
  FORM_LEADER_STRUGGLING,
  FORM_INNOVATOR_CONSERVATIVE,
  FORM_SUBJECT_EXPERT_NOVICE,
];

export const KIND_TRADITIONAL = 'традиционное («один на один»)';
export const KIND_GROUP = 'групповое';
export const KIND_VIRTUAL = 'виртуальное (дистанционное)';
export const KIND_SHORT_TERM = 'краткосрочное (целеполагающее)';
export const KIND_REVERSE = 'реверсивное';
export const KIND_SITUATIONAL = 'ситуационное';
export const KIND_SPEED = 'скоростное';

export const MENTORING_KINDS: readonly string[] = [
  KIND_TRADITIONAL,
  KIND_GROUP,
  KIND_VIRTUAL,
  KIND_SHORT_TERM,
  KIND_REVERSE,
  KIND_SITUATIONAL,
  KIND_SPEED,
];

/** The mentee categories the product recognises; anything else is «иное». */
export type MenteeCategoryKind = 'young' | 'newcomer' | 'burnout' | 'digital' | 'other';

/**
 * Recognises a category cell by its meaning, not its exact spelling: the curator may write
 * «молодой специалист (0–3 года)» or «Молодой специалист».
 */
export function categoryKind(category: string): MenteeCategoryKind {
  const key = termKey(category);
  if (key.includes('молод')) return 'young';
  if (key.includes('выгоран')) return 'burnout';
  if (key.includes('цифров')) return 'digital';
  if (key.includes('адаптац') || key.includes('новый')) return 'newcomer';
  return 'other';
}

/** Forms of interaction that answer a category, best first; empty for «иное». */
export function formsForCategory(kind: MenteeCategoryKind): readonly string[] {
  switch (kind) {
    case 'young':
      return [FORM_EXPERIENCED_YOUNG, FORM_CLASS_TEACHER_YOUNG];
    case 'newcomer':
      return [FORM_SUBJECT_EXPERT_NOVICE, FORM_EXPERIENCED_YOUNG];
    case 'burnout':
      return [FORM_LEADER_STRUGGLING];
    case 'digital':
      return [FORM_INNOVATOR_CONSERVATIVE];
    case 'other':
      return [];
  }
}

/** How the category is named inside a reason: «для молодого специалиста». */
export function categoryPhrase(kind: MenteeCategoryKind): string {
  switch (kind) {
    case 'young':
      return 'для молодого специалиста';
    case 'newcomer':
      return 'для нового сотрудника';
    case 'burnout':
      return 'при выгорании';
    case 'digital':
      return 'для освоения цифровых навыков';
    case 'other':
      return '';
  }
}

/** Reverse mentoring: for digital skills a mentor with less experience is fine (seeds 000/003). */
export function allowsYoungerMentor(kind: MenteeCategoryKind): boolean {
  return kind === 'digital';
}
