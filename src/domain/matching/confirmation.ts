/**
 * The curator's confirmed list becomes new rows of «Пары» (status «предложена»). Everything is
 * checked again here: the sheet may have changed since the suggestions were shown, and the
 * client is never trusted for scores, reasons or rules.
 */
import { formatCode, highestCodeNumber } from '../bank/codes';
import type { Pair, PairStatus } from '../bank/model';
import { sheetSpec } from '../bank/schema';
import { explainPair } from './compatibility';
import { codeKey, findMentee, findMentor, prepareMatching, type MatchingBank, type MenteeProfile } from './context';
import { checkManualPair } from './hardRules';
import { pairRows, rowReason } from './pairShape';
import { plannedPeriod, type Period } from './period';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './weights';
import { surnameWithInitials as shortName } from '../language/initials';

/** One line of the curator's list: a mentor and a mentee (lines of one mentor become one group). */
export interface ConfirmedLine {
  mentorCode: string;
  menteeCode: string;
}

/** A new row of «Пары», before it has a place in the sheet. */
export type NewPair = Omit<Pair, 'ref' | 'start' | 'end'> & { start: Date; end: Date; compatibility: number };

export interface RefusedLine extends ConfirmedLine {
  message: string;
}

export interface ConfirmationOptions {
  today: Date;
  academicYear?: string;
  /** Codes already used in «Пары», so new ones never repeat them. */
  existingPairCodes: readonly string[];
  /** Texts that record issued codes («Журнал», column «Коды»). */
  issuedCodeTexts?: readonly string[];
  weights?: MatchingWeights;
  /** The planned period the curator chose (checked by choosePeriod); by default today to the academic year's end. */
  period?: Period;
}

export const NEW_PAIR_STATUS: PairStatus = 'предложена';
const PAIR_CODE_PREFIX = sheetSpec('pairs').codePrefix ?? 'П';

/**
 * Next free pair codes «П-001», «П-002»…: after the highest ever issued, in «Пары» or in the texts
 * of «Журнал», so the code of a deleted row is never given again.
 */
export function nextPairCodes(existing: readonly string[], issuedTexts: readonly string[], count: number): string[] {
  const highest = Math.max(highestCodeNumber(PAIR_CODE_PREFIX, existing.map(codeKey)), highestCodeNumber(PAIR_CODE_PREFIX, issuedTexts));
  return Array.from({ length: count }, (_, i) => formatCode(PAIR_CODE_PREFIX, highest + i + 1));
}

export function confirmPairs(
  bank: MatchingBank,
  lines: readonly ConfirmedLine[],
  options: ConfirmationOptions,
): { pairs: NewPair[]; refused: RefusedLine[] } {
  const ctx = prepareMatching(bank, options.weights ?? DEFAULT_WEIGHTS);
  const refused: RefusedLine[] = [];
  const groups = new Map<string, { mentorCode: string; mentees: MenteeProfile[] }>();
  for (const line of lines) {
    // Lines are checked one by one against the bank plus the lines already kept, as pins are.
    const check = checkManualPair(ctx, line.mentorCode, [line.menteeCode]);
    if (!check.ok) {
      refused.push({ ...line, message: check.message });
      continue;
    }
    const mentor = findMentor(ctx, line.mentorCode)!;
    const mentee = findMentee(ctx, line.menteeCode)!;
    mentor.load++;
    mentee.draftMentorCode = mentor.mentor.code;
    const key = mentor.keys.code;
    const group = groups.get(key) ?? { mentorCode: mentor.mentor.code, mentees: [] };
    group.mentees.push(mentee);
    groups.set(key, group);
  }

  const rows = [...groups.values()].flatMap((g) => {
    const mentor = findMentor(ctx, g.mentorCode)!;
    return pairRows(ctx, mentor, g.mentees).map((row) => ({ mentor, row }));
  });
  const codes = nextPairCodes(options.existingPairCodes, options.issuedCodeTexts ?? [], rows.length);
  const { start, end } = options.period ?? plannedPeriod(options.today, options.academicYear);
  const pairs = rows.map(({ mentor, row }, i): NewPair => {
    const explained = row.mentees.map((e) => ({ e, c: explainPair(ctx, mentor, e) }));
    const group = row.mentees.length > 1;
    const lines = explained.map((x) => (group ? `${shortName(x.e.mentee.fullName)} (${x.c.score}): ` : '') + x.c.reasons.join('; '));
    return {
      code: codes[i],
      mentorCode: mentor.mentor.code,
      mentorName: mentor.mentor.fullName,
      menteeCodes: row.mentees.map((e) => e.mentee.code),
      menteeNames: row.mentees.map((e) => e.mentee.fullName),
      form: row.form,
      kind: row.kind,
      compatibility: Math.round(explained.reduce((s, x) => s + x.c.score, 0) / explained.length),
      reasons: [...[rowReason(row)].filter((r): r is string => r !== undefined), ...lines].join('\n'),
      start,
      end,
      status: NEW_PAIR_STATUS,
    };
  });
  return { pairs, refused };
}
