/**
 * The server functions of the sidebar «Подбор пар»: part of ServerApi (src/gas/contract.ts), so
 * the client and build/Code.js are typed by one interface. Only plain data crosses (no Date, Map
 * or NaN), as google.script.run requires.
 */
import type { ManualPairCheck } from '../../domain/matching/hardRules';
import type { Proposal } from '../../domain/matching/proposal';
import type { MenteeSuggestions } from '../../domain/matching/suggestions';

/** A line of the curator's list: accepted (pinned or not) but not yet written. */
export interface DraftLine {
  mentorCode: string;
  menteeCode: string;
  /** «Подобрать всех» keeps pinned lines and replaces the others. */
  pinned: boolean;
}

export interface MenteeItem {
  code: string;
  name: string;
  position: string;
  category: string;
  subjects: string[];
  deficits: string[];
  /** Hard rules that keep this mentee out of pairing now; empty when they can be paired. */
  blockers: string[];
}

export interface MentorItem {
  code: string;
  name: string;
  load: number;
  /** null when «Макс. наставляемых» is blank or not a number. */
  capacity: number | null;
}

/** Days as «ГГГГ-ММ-ДД» (the value of a date field): a Date does not cross google.script.run. */
export interface PeriodInput {
  start: string;
  end: string;
}

export interface PairingState {
  /** Mentees without an active pair, by name. */
  mentees: MenteeItem[];
  /** All mentors, by name: for a manual pair. */
  mentors: MentorItem[];
  minScore: number;
  /** The default planned period of new pairs: today to the end of the academic year (3 to 12 months). */
  period: PeriodInput;
  /** Problems with «Настройки» or the bank that the curator should know before pairing. */
  problems: string[];
}

export interface WrittenPair {
  code: string;
  mentorName: string;
  menteeNames: string[];
  compatibility: number;
}

export interface ConfirmResult {
  written: WrittenPair[];
  refused: { mentorCode: string; menteeCode: string; message: string }[];
  /** A summary for the curator: «Записано пар: 2…». */
  message: string;
  /** Why nothing at all was written (a period out of 3–12 months): the list stays as it is. Empty when written. */
  problem: string;
}

/** Suggestions with capacities made JSON-safe. */
export type SuggestionsView = Omit<MenteeSuggestions, 'mentors'> & {
  mentors: (Omit<MenteeSuggestions['mentors'][number], 'capacity'> & { capacity: number | null })[];
};

export interface PairingApi {
  pairingLoad(): PairingState;
  pairingSuggest(menteeCode: string, drafts: DraftLine[]): SuggestionsView | null;
  pairingProposeAll(drafts: DraftLine[]): Proposal;
  pairingCheck(mentorCode: string, menteeCode: string, drafts: DraftLine[]): ManualPairCheck;
  /** Without a period, today to the end of the academic year. */
  pairingConfirm(lines: DraftLine[], period?: PeriodInput): ConfirmResult;
}
