/** The questionnaire catalog: every questionnaire the product knows, built from the bank's vocabularies and people. */
import type { Questionnaire } from '../model';
import { DEFAULT_VOCABULARIES } from '../../bank/vocabulary';
import type { CatalogVocabularies } from './common-items';
import { diagnostics } from './diagnostics';
import { efficiencyRubric } from './efficiency-rubric';
import { fitCheck } from './fit-check';
import { menteeRequest } from './mentee-request';
import { menteeSatisfaction } from './mentee-satisfaction';
import { mentorIntake } from './mentor-intake';
import { mentorSatisfaction } from './mentor-satisfaction';
import { type Candidate, menteePreference, mentorPreference } from './preference';

export interface CatalogInput {
  /** Lists from «Справочники» (the curator's); the defaults when absent. */
  vocabularies?: CatalogVocabularies;
  /** Active mentors, offered to mentees in the preference questionnaire. */
  mentors?: Candidate[];
  /** Active mentees, offered to mentors in the preference questionnaire. */
  mentees?: Candidate[];
  /** The organisation's name («Настройки»), named in the personal-data consent. */
  organisation?: string;
}

/** Every questionnaire, in the order of the programme (intake → preference → diagnostics → satisfaction → rubric). */
export function buildCatalog(input: CatalogInput = {}): Questionnaire[] {
  const vocabularies = input.vocabularies ?? DEFAULT_VOCABULARIES;
  return [
    mentorIntake(vocabularies, input.organisation),
    menteeRequest(vocabularies, input.organisation),
    menteePreference(input.mentors ?? []),
    mentorPreference(input.mentees ?? []),
    diagnostics('входная'),
    diagnostics('итоговая'),
    menteeSatisfaction(),
    mentorSatisfaction(),
    efficiencyRubric(),
    fitCheck(),
  ];
}

export function findQuestionnaire(catalog: readonly Questionnaire[], id: string): Questionnaire | undefined {
  return catalog.find((questionnaire) => questionnaire.id === id);
}

export type { Candidate };
