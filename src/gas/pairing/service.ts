/**
 * The server side of the sidebar «Подбор пар», over any bank store: Google Sheets in Apps Script,
 * the in-memory fakes in tests. It reads the bank once per call, lets the domain decide, and
 * shapes plain data for google.script.run.
 */
import type { DraftPair, MatchingBank } from '../../domain/matching/context';
import { prepareMatching } from '../../domain/matching/context';
import { confirmPairs, type NewPair } from '../../domain/matching/confirmation';
import { checkManualPair, menteeViolations } from '../../domain/matching/hardRules';
import { proposePairs } from '../../domain/matching/proposal';
import { suggestMentors } from '../../domain/matching/suggestions';
import type { MatchingWeights } from '../../domain/matching/weights';
import { countOf } from '../../domain/language/plural';
import type { DraftLine, PairingApi, PairingState } from '../../ui/pages/pairing/api';

export interface LoadedBank {
  bank: MatchingBank;
  weights: MatchingWeights;
  /** Messages about «Настройки» and the bank worth showing before pairing. */
  problems: string[];
  academicYear?: string;
}

export interface PairingStore {
  /** One read of the sheets pairing needs. */
  read(): LoadedBank;
  /** One append of new rows to «Пары». */
  appendPairs(pairs: NewPair[]): void;
  /** The current date, in the spreadsheet's time zone. */
  today(): Date;
}

function asDrafts(lines: readonly DraftLine[]): DraftPair[] {
  return lines.map((l) => ({ mentorCode: String(l.mentorCode), menteeCode: String(l.menteeCode) }));
}

function jsonNumber(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'ru');
}

export function pairingService(store: PairingStore): PairingApi {
  return {
    pairingLoad(): PairingState {
      const { bank, weights, problems } = store.read();
      const ctx = prepareMatching(bank, weights);
      const mentees = ctx.mentees
        .filter((e) => !e.activePair)
        .map((e) => ({
          code: e.mentee.code,
          name: e.mentee.fullName,
          position: e.mentee.position,
          category: e.mentee.category,
          subjects: e.mentee.subjects,
          deficits: e.mentee.deficits,
          blockers: menteeViolations(ctx, e).map((v) => v.message),
        }))
        .sort(byName);
      const mentors = ctx.mentors
        .map((m) => ({ code: m.mentor.code, name: m.mentor.fullName, load: m.load, capacity: jsonNumber(m.mentor.capacity) }))
        .sort(byName);
      return { mentees, mentors, minScore: weights.minScore, problems };
    },

    pairingSuggest(menteeCode, drafts) {
      const { bank, weights } = store.read();
      const s = suggestMentors(prepareMatching(bank, weights, asDrafts(drafts)), String(menteeCode));
      if (!s) return null;
      return { ...s, mentors: s.mentors.map((m) => ({ ...m, capacity: jsonNumber(m.capacity) })) };
    },

    pairingProposeAll(drafts) {
      const { bank, weights } = store.read();
      return proposePairs(bank, weights, { pinned: asDrafts(drafts.filter((d) => d.pinned)) });
    },

    pairingCheck(mentorCode, menteeCode, drafts) {
      const { bank, weights } = store.read();
      return checkManualPair(prepareMatching(bank, weights, asDrafts(drafts)), String(mentorCode), [String(menteeCode)]);
    },

    pairingConfirm(lines) {
      const { bank, weights, academicYear } = store.read();
      const { pairs, refused } = confirmPairs(bank, asDrafts(lines), {
        today: store.today(),
        academicYear,
        existingPairCodes: bank.pairs.map((p) => p.code),
        weights,
      });
      if (pairs.length > 0) store.appendPairs(pairs);
      const written = pairs.map((p) => ({ code: p.code, mentorName: p.mentorName, menteeNames: p.menteeNames, compatibility: p.compatibility }));
      const count = pairs.length;
      const message = count === 0
        ? 'Ничего не записано.'
        : `Записано в «Пары»: ${countOf(count, 'пара')} (${written.map((w) => w.code).join(', ')}), статус «предложена».` +
          (refused.length ? ` Не записано: ${refused.length}.` : '');
      return { written, refused, message };
    },
  };
}
