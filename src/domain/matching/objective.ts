/**
 * What «Подобрать всех» maximises, as the curator sets it in «Настройки» (issue 12):
 *
 * - «Цель подбора» = «охват» (the default): as many mentees placed as possible, then the highest
 *   total compatibility. When places run short, mentees of the categories in «Приоритет при
 *   нехватке мест» are placed first. Seed 002 treats a teacher left without a pair as a problem to
 *   follow up, and coverage of young teachers is what the national targets count.
 * - «совместимость»: the highest total compatibility first, then the most mentees (the rule before
 *   issue 12), for a curator who prefers fewer but stronger pairs.
 *
 * The assignment turns this into one integer weight per pair (assignment.ts, `pairWeights`).
 */
import type { Issue } from '../bank/issues';
import { SETTINGS_COLUMNS, SHEET } from '../bank/schema';
import { registerSettings, type Settings } from '../bank/settings';
import { type Cell, cellText, isBlank } from '../bank/table';
import { normalizeTerm } from '../bank/vocabulary';
import { categoryKind, type MenteeCategoryKind } from './forms';

export type MatchingGoal = 'coverage' | 'compatibility';

export interface MatchingObjective {
  goal: MatchingGoal;
  /** Categories placed first when places run short (only under «охват»). */
  priority: readonly MenteeCategoryKind[];
}

export const GOAL_SETTING = 'Цель подбора';
export const PRIORITY_SETTING = 'Приоритет при нехватке мест';

export const GOAL_WORDS: Readonly<Record<MatchingGoal, string>> = { coverage: 'охват', compatibility: 'совместимость' };
const DEFAULT_PRIORITY_TEXT = 'молодой специалист, новый сотрудник';
/** Written in «Приоритет при нехватке мест» to place every category alike. */
const NO_PRIORITY = 'нет';

export const DEFAULT_OBJECTIVE: MatchingObjective = Object.freeze({ goal: 'coverage', priority: Object.freeze(['young', 'newcomer']) as readonly MenteeCategoryKind[] });

registerSettings([
  { name: GOAL_SETTING, defaultValue: GOAL_WORDS.coverage, hint: '«охват» — подобрать наставника как можно большему числу наставляемых, затем самые совместимые пары; «совместимость» — наибольшая суммарная совместимость, даже если кто-то останется без пары' },
  { name: PRIORITY_SETTING, defaultValue: DEFAULT_PRIORITY_TEXT, hint: `Категории наставляемых через запятую: их подбирают первыми, когда мест не хватает всем; «${NO_PRIORITY}» — без приоритета` },
]);

export interface ParsedObjective {
  objective: MatchingObjective;
  /** Problems with the two rows, in Russian; the default was used for the row at fault. */
  problems: { parameter: string; message: string }[];
}

/** Reads the two rows (raw cell values; undefined when the row is missing). */
export function parseObjective(goalRaw: Cell | undefined, priorityRaw: Cell | undefined): ParsedObjective {
  const problems: ParsedObjective['problems'] = [];
  let goal = DEFAULT_OBJECTIVE.goal;
  if (!isBlank(goalRaw)) {
    const text = normalizeTerm(cellText(goalRaw));
    const found = (Object.keys(GOAL_WORDS) as MatchingGoal[]).find((g) => text === GOAL_WORDS[g] || text.startsWith(GOAL_WORDS[g]));
    if (found) goal = found;
    else problems.push({ parameter: GOAL_SETTING, message: `«${GOAL_SETTING}»: значение «${cellText(goalRaw)}» не распознано; нужно «охват» или «совместимость»; взято «охват».` });
  }
  let priority = DEFAULT_OBJECTIVE.priority;
  if (!isBlank(priorityRaw)) {
    const text = cellText(priorityRaw);
    if (normalizeTerm(text) === NO_PRIORITY) {
      priority = [];
    } else {
      const kinds: MenteeCategoryKind[] = [];
      const unknown: string[] = [];
      for (const part of text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== '')) {
        const kind = categoryKind(part);
        if (kind === 'other') unknown.push(part);
        else if (!kinds.includes(kind)) kinds.push(kind);
      }
      if (unknown.length > 0) {
        problems.push({
          parameter: PRIORITY_SETTING,
          message: `«${PRIORITY_SETTING}»: не распознаны категории ${unknown.map((u) => `«${u}»`).join(', ')}; ` +
            'можно указать: молодой специалист, новый сотрудник, выгорание, цифровые навыки (или «нет»).',
        });
      }
      priority = kinds;
    }
  }
  return { objective: { goal, priority }, problems };
}

export function objectiveFromSettings(settings: Settings): { objective: MatchingObjective; issues: Issue[] } {
  const { objective, problems } = parseObjective(settings.get(GOAL_SETTING)?.value, settings.get(PRIORITY_SETTING)?.value);
  const issues: Issue[] = problems.map((p) => ({
    severity: 'warning',
    sheet: SHEET.settings,
    row: settings.get(p.parameter)?.row ?? null,
    column: SETTINGS_COLUMNS.value,
    message: p.message,
  }));
  return { objective, issues };
}

/** Whether a mentee of this category is placed first under the objective. */
export function hasPriority(objective: MatchingObjective, kind: MenteeCategoryKind): boolean {
  return objective.goal === 'coverage' && objective.priority.includes(kind);
}
