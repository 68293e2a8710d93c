/** Preference answers → rows of «Предпочтения»: who (code) prefers whom (codes, best first). */
import type { Preference } from '../bank/model';
import { answerText, matchChoice } from './answers';
import type { Item, Questionnaire } from './model';
import { givenAnswer, type FormResponse, normaliseCode, type Rejection } from './responses';
import { identifyRespondent, type Roster } from './roster';

export type PreferenceOutcome =
  | { kind: 'preference'; responseId: string; row: number; timestamp: Date | null; preference: Preference }
  | { kind: 'rejected'; rejection: Rejection };

/** The code in a choice label «ФИО (код)»; lets an answer be read after the bank (and so the choices) changed. */
function codeInLabel(label: string): string | undefined {
  return /\(([^()]+)\)\s*$/.exec(label)?.[1]?.trim();
}

export function preferenceFromResponse(questionnaire: Questionnaire, response: FormResponse, roster: Roster): PreferenceOutcome {
  if (questionnaire.kind !== 'preference') throw new Error(`Анкета «${questionnaire.title}» не о предпочтениях.`);
  const problems: string[] = [...response.tableProblems];
  const respondent = identifyRespondent(questionnaire, response, roster);
  if (!respondent.ok) problems.push(respondent.reason);
  const wantedRole = respondent.ok && respondent.person?.role === 'наставник' ? 'наставляемый' : 'наставник';
  const whom: string[] = [];
  const rankItems: Item[] = questionnaire.items.filter((item) => !item.code);
  for (const item of rankItems) {
    const cell = givenAnswer(response, item, problems);
    if (cell === undefined) continue;
    const text = answerText(cell);
    const code = matchChoice(item, text)?.value ?? codeInLabel(text);
    const person = code ? roster.people.get(normaliseCode(code)) : undefined;
    if (!person || person.role !== wantedRole) {
      problems.push(`вопрос «${item.title}»: «${text}» не найден среди ${wantedRole === 'наставник' ? 'наставников' : 'наставляемых'}`);
      continue;
    }
    // Naming the same person twice keeps the higher rank.
    if (!whom.includes(person.code)) whom.push(person.code);
  }
  if (problems.length > 0 || !respondent.ok || !respondent.person) {
    return {
      kind: 'rejected',
      rejection: {
        responseId: response.id, questionnaireId: questionnaire.id, row: response.row, timestamp: response.timestamp,
        code: respondent.code, reason: problems.join('; '),
      },
    };
  }
  return {
    kind: 'preference', responseId: response.id, row: response.row, timestamp: response.timestamp,
    preference: { who: respondent.person.code, whom },
  };
}
