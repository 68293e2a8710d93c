/** The catalog as this bank makes it: the curator's lists, and the active people as preference choices. */
import type { Bank } from '../bank/bank';
import type { Mentee, Mentor } from '../bank/model';
import { SETTING, settingText } from '../bank/settings';
import { ACTIVE_STATUS, normalizeTerm } from '../bank/vocabulary';
import { buildCatalog } from '../questionnaires/catalog';
import type { Questionnaire } from '../questionnaires/model';

function candidates(people: ReadonlyArray<Mentor | Mentee>) {
  return people
    .filter((person) => person.code && person.consentPersonalData && normalizeTerm(person.status) === ACTIVE_STATUS)
    .map((person) => ({ code: person.code, fullName: person.fullName }));
}

export function catalogFor(bank: Pick<Bank, 'vocabularies' | 'mentors' | 'mentees'> & Partial<Pick<Bank, 'settings'>>): Questionnaire[] {
  return buildCatalog({
    vocabularies: bank.vocabularies, mentors: candidates(bank.mentors), mentees: candidates(bank.mentees),
    ...(bank.settings ? { organisation: settingText(bank.settings, SETTING.orgShortName) } : {}),
  });
}
