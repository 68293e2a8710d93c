/** The document fixtures' school as sheet grids (headers from the schema), for adapter and CLI tests. */
import type { Mentee, Mentor, Pair } from '../../src/domain/bank/model';
import { MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET, sheetSpec, type SheetKey } from '../../src/domain/bank/schema';
import { SETTING } from '../../src/domain/bank/settings';
import type { Cell } from '../../src/domain/bank/table';
import { defaultVocabularyGrid } from '../../src/domain/bank/vocabularies';
import type { ScoreRecord } from '../../src/domain/documents/context';
import { mentees as fixtureMentees, mentors as fixtureMentors, pairs as fixturePairs, settings } from '../domain/documents/fixtures';

const headers = (key: SheetKey): string[] => sheetSpec(key).columns.map((c) => c.header);

function rowFor(key: SheetKey, values: Record<string, Cell>): Cell[] {
  return headers(key).map((h) => values[h] ?? '');
}

export interface BankOptions {
  mentors?: Mentor[];
  mentees?: Mentee[];
  pairs?: Pair[];
  scores?: ScoreRecord[];
  settings?: Partial<Record<string, string>>;
}

export function documentGrids(options: BankOptions = {}): Record<string, Cell[][]> {
  const settingRows: [string, string][] = [
    [SETTING.orgFullName, settings.organisation], [SETTING.orgShortName, settings.organisationShort], [SETTING.locality, settings.locality],
    [SETTING.directorPosition, settings.directorPosition], [SETTING.directorName, settings.directorName], [SETTING.directorEmail, 'director@school.ru'],
    [SETTING.curatorName, settings.curatorName], [SETTING.curatorPosition, settings.curatorPosition], [SETTING.curatorEmail, 'curator@school.ru'],
    [SETTING.academicYear, settings.academicYear], [SETTING.orderPreamble, settings.orderBasis], [SETTING.orderSuffix, settings.orderSuffix],
    [SETTING.documentsFolder, ''],
  ];
  const overridden = settingRows.map(([name, value]) => [name, options.settings?.[name] ?? value]);
  const yes = (b: boolean) => (b ? 'да' : 'нет');
  return {
    [SHEET.settings]: [['Параметр', 'Значение'], ...overridden],
    [SHEET.vocabularies]: defaultVocabularyGrid(),
    [SHEET.mentors]: [headers('mentors'), ...(options.mentors ?? fixtureMentors).map((m) => rowFor('mentors', {
      [M.code]: m.code, [M.fullName]: m.fullName, [M.gender]: m.gender ?? '', [M.position]: m.position, [M.experience]: m.experienceYears,
      [M.competences]: m.competences.join('; '), [M.capacity]: m.capacity, [M.consentData]: yes(m.consentPersonalData),
      [M.consentMentor]: yes(m.consentToMentor), [M.status]: m.status, [M.qualification]: m.qualification ?? '',
    }))],
    [SHEET.mentees]: [headers('mentees'), ...(options.mentees ?? fixtureMentees).map((m) => rowFor('mentees', {
      [E.code]: m.code, [E.fullName]: m.fullName, [E.gender]: m.gender ?? '', [E.position]: m.position, [E.experience]: m.experienceYears,
      [E.category]: m.category, [E.deficits]: m.deficits.join('; '), [E.consentData]: yes(m.consentPersonalData), [E.status]: m.status,
    }))],
    [SHEET.pairs]: [headers('pairs'), ...(options.pairs ?? fixturePairs).map((p) => rowFor('pairs', {
      [P.code]: p.code, [P.mentorCode]: p.mentorCode, [P.mentorName]: p.mentorName, [P.menteeCodes]: p.menteeCodes.join('; '),
      [P.menteeNames]: p.menteeNames.join('; '), [P.form]: p.form, [P.kind]: p.kind, [P.start]: p.start ?? '', [P.end]: p.end ?? '',
      [P.order]: p.order ?? '', [P.status]: p.status, [P.endReason]: p.endReason ?? '',
    }))],
    [SHEET.results]: [headers('results'), ...(options.scores ?? []).map((s) => rowFor('results', {
      Дата: s.date ?? '', Анкета: s.questionnaire, Этап: s.stage, 'Код участника': s.participantCode, 'Код пары': s.pairCode, Баллы: s.points,
      Максимум: s.max, Уровень: s.level,
    }))],
    [SHEET.orders]: [headers('orders')],
    [SHEET.log]: [headers('log')],
  };
}

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

/** A school mid-year: one completed pair (optimal), one at work, one terminated, one just proposed. */
export function midYearGrids(): Record<string, Cell[][]> {
  return documentGrids({
    pairs: [
      { ...fixturePairs[0], status: 'завершена', start: d(2026, 9, 1), end: d(2026, 11, 13) },
      { ...fixturePairs[1], status: 'действует', start: d(2026, 9, 1) },
      { ...fixturePairs[2], status: 'прекращена', endReason: 'перевод наставляемого в другую организацию', start: d(2026, 9, 1), end: d(2026, 10, 15) },
      { ...fixturePairs[0], code: 'П-004', menteeCodes: [fixtureMentees[4].code], menteeNames: [fixtureMentees[4].fullName], status: 'предложена' },
    ],
    scores: [{ questionnaire: 'Оценка эффективности программы', stage: 'итоговая', participantCode: '', pairCode: 'П-001', points: 16, max: 18, level: 'оптимальный', date: d(2026, 11, 13) }],
    settings: { 'Учебный год': '2026/2027' },
  });
}
