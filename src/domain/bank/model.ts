/** The domain's nouns: people of the bank, pairs, settings. Parsed from sheets by bank/people.ts. */

export type Gender = 'м' | 'ж';

/** A 1-based location in a sheet, as the curator sees it (row 1 is the header). */
export interface CellRef {
  sheet: string;
  row: number;
  column: string;
}

export interface Person {
  code: string;
  fullName: string;
  gender?: Gender;
  position: string;
  subjects: string[];
  experienceYears: number;
  email?: string;
  consentPersonalData: boolean;
  status: string;
  note?: string;
  /** The curator's correction of the declension («Р: …; Д: …»), for names the rules get wrong. */
  nameOverride?: string;
  /** Where the person's row is, for messages. */
  ref: CellRef;
  /** Errors found in the person's row («Стаж (лет)»: ожидается число…): such a person is not paired until fixed. */
  problems: string[];
}

export interface Mentor extends Person {
  qualification?: string;
  competences: string[];
  /** Kinds of mentoring (виды: традиционное, групповое…) the mentor accepts. */
  acceptedKinds: string[];
  capacity: number;
  consentToMentor: boolean;
  /** «Трудовой договор №» and its date: the supplementary agreement (ст. 351.8 ТК РФ) names them. */
  contractNumber?: string;
  contractDate?: Date;
}

export interface Mentee extends Person {
  category: string;
  deficits: string[];
  /** «Сильные стороны»: what the programme builds on; may be empty (optional column). */
  strengths?: string[];
  /** The kind of mentoring (вид) the mentee prefers. */
  preferredKind?: string;
}

export type PairStatus = 'предложена' | 'утверждена' | 'действует' | 'завершена' | 'прекращена';

export interface Pair {
  code: string;
  mentorCode: string;
  mentorName: string;
  menteeCodes: string[];
  menteeNames: string[];
  form: string;
  kind: string;
  compatibility?: number;
  reasons: string;
  start?: Date;
  end?: Date;
  order?: string;
  status: PairStatus | string;
  endReason?: string;
  /** «Инициатива прекращения»: who ended the mentoring early, as typed («работодатель», «наставник»). */
  endInitiative?: string;
  ref: CellRef;
}

/** One row of «Предпочтения»: who would like to work with whom, best first. */
export interface Preference {
  who: string;
  whom: string[];
}

/** A row of «Запрещённые пары»: this mentor is never proposed to this mentee, whatever the year. */
export interface ForbiddenPair {
  mentorCode: string;
  menteeCode: string;
  reason: string;
  ref: CellRef;
}
