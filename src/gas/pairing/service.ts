/**
 * The server side of the sidebar «Подбор пар», over any bank store: Google Sheets in Apps Script,
 * the in-memory fakes in tests. Each call reads the bank once, lets the domain decide, and shapes
 * plain data for google.script.run; only «Записать в «Пары»» writes, once per sheet.
 */
import { countOf } from '../../domain/language/plural';
import { confirmFromInput, type PairingInput } from '../../domain/matching/bankInput';
import type { NewPair } from '../../domain/matching/confirmation';
import { explainPair } from '../../domain/matching/compatibility';
import { findMentee, findMentor, prepareMatching, type DraftPair } from '../../domain/matching/context';
import { choosePeriod, plannedPeriod } from '../../domain/matching/period';
import { formatIsoDate } from '../../domain/language/dates';
import { checkManualPair, menteeViolations } from '../../domain/matching/hardRules';
import { proposePairs } from '../../domain/matching/proposal';
import { excludedByRule, suggestMentors } from '../../domain/matching/suggestions';
import { fitCheckAttention, fitCheckSettings } from '../../domain/matching/fitCheck';
import { proposeAfterRepair, type RepairPlan } from '../../domain/matching/repair';
import { planRepair } from '../../domain/matching/repair';
import type { ResponseTable } from '../../domain/questionnaires/responses';
import { SUGGESTIONS_SHOWN, type DraftLine, type PairingApi, type PairingState } from './contract';

export interface PairingStore {
  /** One read of every sheet pairing needs. */
  read(): PairingInput;
  /** One append to «Пары» and one line in «Журнал». */
  appendPairs(pairs: NewPair[], now: Date): void;
  /** The current moment (the adapter's clock). */
  now(): Date;
  /** The fit check's response sheet, if its form exists (read once per action). */
  readFitCheck(): ResponseTable | undefined;
  /** The cells of «Пары», the appends of «Запрещённые пары» and «Журнал» of «Подобрать заново». */
  writeRepair(plan: RepairPlan): void;
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
      const { bank, weights, problems, academicYear, read } = store.read();
      const period = plannedPeriod(store.now(), academicYear);
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
      const forbidden = (bank.forbidden ?? []).map((f) => ({
        mentorCode: f.mentorCode,
        mentorName: findMentor(ctx, f.mentorCode)?.mentor.fullName ?? '',
        menteeCode: f.menteeCode,
        menteeName: findMentee(ctx, f.menteeCode)?.mentee.fullName ?? '',
        reason: f.reason,
        row: f.ref.row,
      }));
      const attention = fitCheckAttention(bank, store.readFitCheck(), fitCheckSettings(read.settings).threshold);
      return {
        mentees, mentors, minScore: weights.minScore, period: { start: formatIsoDate(period.start), end: formatIsoDate(period.end) }, problems, forbidden, attention,
      };
    },

    pairingSuggest(menteeCode, drafts, all = false) {
      const { bank, weights } = store.read();
      const s = suggestMentors(prepareMatching(bank, weights, asDrafts(drafts)), String(menteeCode));
      if (!s) return null;
      const shown = all === true ? s.mentors : s.mentors.slice(0, SUGGESTIONS_SHOWN);
      return {
        menteeCode: s.menteeCode,
        menteeName: s.menteeName,
        menteeRules: s.menteeRules,
        mentors: shown.map((m) => ({
          mentorCode: m.mentorCode,
          mentorName: m.mentorName,
          position: m.position,
          score: m.score,
          reasons: m.criteria.filter((c) => c.text !== '').map((c) => ({ text: c.text, favourable: c.favourable })),
          load: m.load,
          capacity: jsonNumber(m.capacity),
          belowMinimum: m.belowMinimum,
          form: m.form,
          kind: m.kind,
        })),
        mentorCount: s.mentors.length,
        excluded: all === true ? s.excluded : [],
        excludedCount: s.excluded.length,
        excludedSummary: excludedByRule(s.excluded),
      };
    },

    pairingProposeAll(drafts) {
      const { bank, weights } = store.read();
      return proposePairs(bank, weights, { pinned: asDrafts(drafts.filter((d) => d.pinned)) });
    },

    pairingCheck(mentorCode, menteeCode, drafts) {
      const { bank, weights } = store.read();
      const ctx = prepareMatching(bank, weights, asDrafts(drafts));
      const check = checkManualPair(ctx, String(mentorCode), [String(menteeCode)]);
      if (!check.ok) return { ...check, score: null, reasons: [] };
      const explained = explainPair(ctx, findMentor(ctx, String(mentorCode))!, findMentee(ctx, String(menteeCode))!);
      return { ...check, score: explained.score, reasons: explained.reasons };
    },

    pairingConfirm(lines, periodInput) {
      const input = store.read();
      if (input.writeBlocked) return { written: [], refused: [], message: 'Ничего не записано.', problem: input.writeBlocked };
      const now = store.now();
      const chosen = choosePeriod(now, input.academicYear, String(periodInput?.start ?? ''), String(periodInput?.end ?? ''));
      if (!chosen.ok) return { written: [], refused: [], message: 'Ничего не записано.', problem: chosen.message };
      const { pairs, refused } = confirmFromInput(input, asDrafts(lines), now, chosen.period);
      if (pairs.length > 0) store.appendPairs(pairs, now);
      const written = pairs.map((p) => ({ code: p.code, mentorName: p.mentorName, menteeNames: p.menteeNames, compatibility: p.compatibility }));
      const message = pairs.length === 0
        ? 'Ничего не записано.'
        : `Записано в «Пары»: ${countOf(pairs.length, 'пара')} (${written.map((w) => w.code).join(', ')}), статус «предложена».` +
          (refused.length ? ` Не записано: ${refused.length}.` : '');
      return { written, refused, message, problem: '' };
    },

    pairingRepair(pairCode, drafts) {
      const { bank, weights, tables } = store.read();
      const result = planRepair(bank, tables, String(pairCode), store.now());
      if (!result.ok) return { ok: false, message: result.message, proposals: [], unplaced: [] };
      store.writeRepair(result.plan);
      const others = asDrafts(drafts).filter((d) => !result.plan.pair.menteeCodes.includes(d.menteeCode));
      const proposed = proposeAfterRepair(result.plan, weights, others);
      const pair = result.plan.pair;
      return {
        ok: true,
        message: `Пара ${pair.code} прекращена (причина «пара не сложилась»), запрет добавлен на лист «Запрещённые пары». ` +
          'Предложенный наставник добавлен в список: проверьте и запишите в «Пары».',
        proposals: proposed.filter((p) => p.mentor).map((p) => ({
          menteeCode: p.menteeCode,
          menteeName: p.menteeName,
          mentorCode: p.mentor!.mentorCode,
          mentorName: p.mentor!.mentorName,
          score: p.mentor!.score,
          reasons: p.mentor!.reasons,
        })),
        unplaced: proposed.filter((p) => !p.mentor).map((p) => ({ menteeCode: p.menteeCode, menteeName: p.menteeName, reason: p.reason ?? '' })),
      };
    },
  };
}
