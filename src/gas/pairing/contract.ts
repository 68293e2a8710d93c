/**
 * The server functions of the sidebar «Подбор пар»: part of ServerApi (src/gas/contract.ts), so
 * the client and build/Code.js are typed by one interface. Only plain data crosses (no Date, Map
 * or NaN), as google.script.run requires.
 */
import type { AttentionPair } from '../../domain/matching/fitCheck';
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
  /** Rows of «Запрещённые пары», with names where the codes are known. */
  forbidden: ForbiddenView[];
  /** Running pairs the fit check marks «требует внимания», for «Подобрать заново». */
  attention: AttentionPair[];
}

export interface ForbiddenView {
  mentorCode: string;
  mentorName: string;
  menteeCode: string;
  menteeName: string;
  reason: string;
  row: number;
}

/** «Подобрать заново»: what was written, and the mentor proposed to each mentee (to accept into the list as usual). */
export interface RepairView {
  ok: boolean;
  message: string;
  proposals: { menteeCode: string; menteeName: string; mentorCode: string; mentorName: string; score: number; reasons: string[] }[];
  /** Mentees nobody could be proposed to, with the reason. */
  unplaced: { menteeCode: string; menteeName: string; reason: string }[];
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

/** A reason as the sidebar shows it: the text and whether it speaks for the pair (✓) or not (–). */
export interface ReasonView {
  text: string;
  favourable: boolean;
}

/** A suggested mentor as the sidebar shows it: only what a card needs. */
export interface MentorCard {
  mentorCode: string;
  mentorName: string;
  position: string;
  score: number;
  reasons: ReasonView[];
  load: number;
  /** null when «Макс. наставляемых» is blank or not a number. */
  capacity: number | null;
  belowMinimum: boolean;
  form: string;
  kind: string;
}

/**
 * The ranked mentors for one mentee. A school has hundreds of mentors, so by default only the best
 * SUGGESTIONS_SHOWN come, with the count, and the unavailable ones as counts by rule; «Показать всех»
 * asks for everything (google.script.run carries each answer whole).
 */
export interface SuggestionsView {
  menteeCode: string;
  menteeName: string;
  menteeRules: string[];
  mentors: MentorCard[];
  /** All mentors that may be proposed (mentors.length when everything was asked for). */
  mentorCount: number;
  /** The unavailable mentors one by one: only when everything was asked for, else empty. */
  excluded: MenteeSuggestions['excluded'];
  excludedCount: number;
  /** How many mentors each hard rule keeps out, most first. */
  excludedSummary: { reason: string; count: number }[];
}

/** The manual pair's check, with its score and reasons when it may be made (null/[] when it may not). */
export type ManualCheckView = ManualPairCheck & { score: number | null; reasons: string[] };

export const SUGGESTIONS_SHOWN = 15;

export interface PairingApi {
  pairingLoad(): PairingState;
  /** The best SUGGESTIONS_SHOWN mentors, or all of them with `all`. */
  pairingSuggest(menteeCode: string, drafts: DraftLine[], all?: boolean): SuggestionsView | null;
  pairingProposeAll(drafts: DraftLine[]): Proposal;
  pairingCheck(mentorCode: string, menteeCode: string, drafts: DraftLine[]): ManualCheckView;
  /** Without a period, today to the end of the academic year. */
  pairingConfirm(lines: DraftLine[], period?: PeriodInput): ConfirmResult;
  /** Ends the pair («прекращена», «пара не сложилась»), forbids it, and proposes other mentors. */
  pairingRepair(pairCode: string, drafts: DraftLine[]): RepairView;
}
