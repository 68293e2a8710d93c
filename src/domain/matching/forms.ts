/**
 * Forms of interaction (seed 001) and which of them answers which category of mentee (DESIGN §4):
 * молодой специалист → «Опытный педагог – молодой специалист» (or «Опытный классный руководитель –
 * молодой специалист»), выгорание → «Лидер педагогического сообщества – педагог, испытывающий
 * проблемы», цифровые навыки → «Педагог-новатор – консервативный педагог» (a younger mentor is
 * fine: reverse mentoring), новый сотрудник → «Опытный предметник – неопытный предметник».
 *
 * The bank does not ask mentors which forms they take; it records their experience, category and
 * competences. So a form "fits" when the mentor's profile shows the role the form names: an
 * experienced teacher, a class teacher, a community leader, an innovator, a subject expert.
 * The names below are the defaults of «Справочники» (checked by a test); roles that look for a
 * competence find it in the shared competence list, so a curator who renames that entry there
 * should rename it here too.
 */
import { DEFAULT_VOCABULARIES, normalizeTerm } from '../bank/vocabulary';
import { countOf } from '../language/plural';

export const FORM_EXPERIENCED_YOUNG = 'Опытный педагог – молодой специалист';
export const FORM_CLASS_TEACHER_YOUNG = 'Опытный классный руководитель – молодой специалист';
export const FORM_LEADER_STRUGGLING = 'Лидер педагогического сообщества – педагог, испытывающий проблемы';
export const FORM_INNOVATOR_CONSERVATIVE = 'Педагог-новатор – консервативный педагог';
export const FORM_SUBJECT_EXPERT_NOVICE = 'Опытный предметник – неопытный предметник';

export const KIND_TRADITIONAL = 'традиционное («один на один»)';
export const KIND_GROUP = 'групповое';
export const KIND_REVERSE = 'реверсивное';
export const MENTORING_KINDS: readonly string[] = DEFAULT_VOCABULARIES.kinds;

const COMPETENCE_CLASS_TEACHER = 'классное руководство и воспитательная работа';
const COMPETENCE_BURNOUT = 'профессиональное выгорание, психоэмоциональная поддержка';
const COMPETENCE_ICT = 'цифровые инструменты и ИКТ';
const COMPETENCE_METHODS = 'методика преподавания и образовательные технологии';
const COMPETENCE_ADAPTATION = 'адаптация в коллективе, уклад организации';

/** Years of experience that make «опытный педагог» on their own. */
export const EXPERIENCED_YEARS = 10;
/** Years that make a middling mentor for the experienced-teacher roles. */
const SOME_EXPERIENCE_YEARS = 5;

/** The mentee categories the product recognises; anything else is «иное». */
export type MenteeCategoryKind = 'young' | 'newcomer' | 'burnout' | 'digital' | 'other';

/**
 * Recognises a category cell by its meaning, not its exact spelling: «молодой специалист (стаж
 * 0–3 года)» and «Молодой специалист» are one category.
 */
export function categoryKind(category: string): MenteeCategoryKind {
  const key = normalizeTerm(category);
  if (key.includes('молод')) return 'young';
  if (key.includes('выгоран')) return 'burnout';
  if (key.includes('цифров')) return 'digital';
  if (key.includes('адаптац') || key.includes('новый')) return 'newcomer';
  return 'other';
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

/** What the mentor's profile shows, as far as the roles need it. */
export interface MentorFacts {
  experienceYears: number;
  qualification?: string;
  hasCompetence(term: string): boolean;
  /** The mentor teaches a subject of this mentee. */
  sharesSubject: boolean;
}

export interface FormFit {
  form: string;
  /** 0, 0.5 or 1: the profile does not show the role, shows part of it, shows it. */
  value: number;
  /** Why, for the reason: «стаж 24 года, высшая категория». */
  because: string;
  /** What the role needs, for a reason when the profile does not show it. */
  needs: string;
}

function qualificationIs(facts: MentorFacts, ...names: string[]): string | undefined {
  const q = normalizeTerm(facts.qualification ?? '');
  return names.find((n) => q === n);
}

/** The experience itself is told by the experience criterion; here only what makes the role. */
function experienced(facts: MentorFacts): { value: number; because: string } {
  const years = Number.isFinite(facts.experienceYears) ? facts.experienceYears : 0;
  const category = qualificationIs(facts, 'высшая', 'первая');
  if (category) return { value: 1, because: `${category} категория` };
  if (years >= EXPERIENCED_YEARS) return { value: 1, because: 'опытный педагог' };
  return { value: years >= SOME_EXPERIENCE_YEARS ? 0.5 : 0, because: `стаж меньше ${countOf(EXPERIENCED_YEARS, 'год')}` };
}

function fit(form: string, value: number, because: string, needs: string): FormFit {
  return { form, value, because, needs };
}

const ROLES: Record<string, (facts: MentorFacts) => FormFit> = {
  [FORM_EXPERIENCED_YOUNG]: (f) => {
    const e = experienced(f);
    return fit(FORM_EXPERIENCED_YOUNG, e.value, e.because, `нужен опытный педагог: стаж от ${countOf(EXPERIENCED_YEARS, 'год')} или первая/высшая категория`);
  },
  [FORM_CLASS_TEACHER_YOUNG]: (f) => {
    const needs = `нужен опытный классный руководитель (компетенция «${COMPETENCE_CLASS_TEACHER}»)`;
    if (!f.hasCompetence(COMPETENCE_CLASS_TEACHER)) return fit(FORM_CLASS_TEACHER_YOUNG, 0, '', needs);
    const e = experienced(f);
    return fit(FORM_CLASS_TEACHER_YOUNG, e.value === 1 ? 1 : 0.5, ['классный руководитель', e.because].filter(Boolean).join(', '), needs);
  },
  [FORM_LEADER_STRUGGLING]: (f) => {
    // A leader of the community has standing: the top category, or experience together with the support competence.
    // The competence alone does not make a leader (a teacher of 3 years for a burnt-out veteran): the deficit criterion credits it.
    const needs = `нужен лидер педагогического сообщества: высшая категория или опытный педагог с компетенцией «${COMPETENCE_BURNOUT}»`;
    const top = qualificationIs(f, 'высшая');
    const support = f.hasCompetence(COMPETENCE_BURNOUT);
    if (top) return fit(FORM_LEADER_STRUGGLING, 1, ['высшая категория', support ? 'психоэмоциональная поддержка' : ''].filter(Boolean).join(', '), needs);
    if (support) {
      const e = experienced(f);
      return fit(FORM_LEADER_STRUGGLING, e.value, `психоэмоциональная поддержка, ${e.because}`, needs);
    }
    return fit(FORM_LEADER_STRUGGLING, qualificationIs(f, 'первая') ? 0.5 : 0, qualificationIs(f, 'первая') ? 'первая категория' : '', needs);
  },
  [FORM_INNOVATOR_CONSERVATIVE]: (f) => {
    const needs = `нужен педагог-новатор (компетенция «${COMPETENCE_ICT}»)`;
    if (f.hasCompetence(COMPETENCE_ICT)) return fit(FORM_INNOVATOR_CONSERVATIVE, 1, COMPETENCE_ICT, needs);
    if (f.hasCompetence(COMPETENCE_METHODS)) return fit(FORM_INNOVATOR_CONSERVATIVE, 0.5, 'образовательные технологии', needs);
    return fit(FORM_INNOVATOR_CONSERVATIVE, 0, '', needs);
  },
  [FORM_SUBJECT_EXPERT_NOVICE]: (f) => {
    const needs = 'нужен опытный педагог того же предмета';
    const e = experienced(f);
    const adaptation = f.hasCompetence(COMPETENCE_ADAPTATION);
    const because = [f.sharesSubject ? 'тот же предмет' : '', e.because, adaptation ? 'адаптация в коллективе' : ''].filter(Boolean).join(', ');
    if ((f.sharesSubject || adaptation) && e.value === 1) return fit(FORM_SUBJECT_EXPERT_NOVICE, 1, because, needs);
    return fit(FORM_SUBJECT_EXPERT_NOVICE, f.sharesSubject || adaptation ? 0.5 : 0, because, needs);
  },
};

export const INTERACTION_FORMS: readonly string[] = Object.keys(ROLES);

/** Forms of interaction that answer a category, best first; empty for «иное». */
export function formsForCategory(kind: MenteeCategoryKind): readonly string[] {
  switch (kind) {
    case 'young':
      return [FORM_EXPERIENCED_YOUNG, FORM_CLASS_TEACHER_YOUNG];
    case 'newcomer':
      return [FORM_SUBJECT_EXPERT_NOVICE];
    case 'burnout':
      return [FORM_LEADER_STRUGGLING];
    case 'digital':
      return [FORM_INNOVATOR_CONSERVATIVE];
    case 'other':
      return [];
  }
}

/** The young specialist's years (the category «молодой специалист (стаж 0–3 года)»). */
const YOUNG_SPECIALIST_YEARS = 3;

/**
 * The forms a pair of «иное» may get, in the order that breaks ties: the category sets none, so the
 * mentor's best role decides; but a form that names the mentee «молодой специалист» is not written
 * for a teacher past the young specialist's years. Methodical support in the subject is the most general.
 */
export function formsForOther(menteeYears: readonly number[]): readonly string[] {
  const young = menteeYears.length > 0 && menteeYears.every((y) => Number.isFinite(y) && y <= YOUNG_SPECIALIST_YEARS);
  const general = [FORM_SUBJECT_EXPERT_NOVICE, FORM_LEADER_STRUGGLING, FORM_INNOVATOR_CONSERVATIVE];
  return young ? [FORM_EXPERIENCED_YOUNG, FORM_CLASS_TEACHER_YOUNG, ...general] : general;
}

/** How well the mentor fits each form in the list; the best first (the list order breaks ties). */
export function rankForms(forms: readonly string[], facts: MentorFacts): FormFit[] {
  return forms.map((form) => ROLES[form](facts)).sort((a, b) => b.value - a.value);
}
