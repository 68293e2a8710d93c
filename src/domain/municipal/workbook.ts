/**
 * The municipal workbook as sheets: «Параметры» (what the municipal curator types, kept across rebuilds), «Пакеты»,
 * «Школы», «Реестр наставников», «Показатели», «Межшкольные пары». Every sheet but «Параметры» is rebuilt whole from
 * the packages, so running the consolidation twice gives the same workbook.
 */
import { parseNumber } from '../bank/cells';
import { type Cell, type Table, cellText, findColumn, isBlank } from '../bank/table';
import { formatDateNumeric } from '../language/dates';
import type { Consolidation } from './consolidate';
import type { CrossSchoolResult } from './crossSchool';
import { DEFAULT_COVERAGE_TARGET, EFFICIENCY_LEVELS, schoolIndicators, totalIndicators, type Indicators } from './indicators';

export const MUNICIPAL_SHEET = {
  parameters: 'Параметры',
  packages: 'Пакеты',
  schools: 'Школы',
  register: 'Реестр наставников',
  indicators: 'Показатели',
  crossSchool: 'Межшкольные пары',
} as const;

export const PARAMETER = {
  territory: 'Муниципальное образование (после «в»)',
  authority: 'Орган управления образованием',
  curatorName: 'Муниципальный куратор (ФИО)',
  curatorPosition: 'Должность муниципального куратора',
  headName: 'Руководитель органа управления образованием (ФИО)',
  headPosition: 'Должность руководителя',
  coverageTarget: 'Целевой охват молодых специалистов наставничеством, %',
  packageFolder: 'Папка со сведениями школ (Google Диск)',
} as const;

const PARAMETER_DEFAULTS: [string, Cell, string][] = [
  [PARAMETER.territory, 'муниципальном районе', 'Для заголовка справки «… в муниципальном районе «Кизлярский район»»'],
  [PARAMETER.authority, 'Управление образования', ''],
  [PARAMETER.curatorName, '', 'Подписывает аналитическую справку'],
  [PARAMETER.curatorPosition, 'Муниципальный куратор внедрения целевой модели наставничества', ''],
  [PARAMETER.headName, '', ''],
  [PARAMETER.headPosition, 'Начальник управления образования', ''],
  [PARAMETER.coverageTarget, DEFAULT_COVERAGE_TARGET, 'Число от 0 до 100; «Показатели» сравнивают охват с ним при следующей сводке'],
  [PARAMETER.packageFolder, '', 'Для сводки в Google Таблице: ссылка на папку, куда школы отправляют сведения'],
];

export interface MunicipalParameters {
  territory: string;
  authority: string;
  curatorName: string;
  curatorPosition: string;
  headName: string;
  headPosition: string;
  coverageTarget: number;
  /** The Drive folder schools send their packages to (the Google Sheets add-on reads it; the CLI reads files). */
  packageFolder: string;
}

export interface SheetGrid {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters. */
  widths: number[];
  /** 0-based columns holding a share in % with one decimal. */
  decimals?: number[];
  /** The last row sums the others («Итого»). */
  totalRow?: boolean;
}

/** The municipal curator's «Параметры» (a missing one takes its default; a target outside 0–100 is the default). */
export function readParameters(table: Table | undefined): MunicipalParameters {
  const values = new Map<string, Cell>(PARAMETER_DEFAULTS.map(([name, value]) => [name, value]));
  if (table) {
    const name = findColumn(table, 'Параметр');
    const value = findColumn(table, 'Значение');
    if (name >= 0 && value >= 0) {
      for (const row of table.rows) {
        const key = PARAMETER_DEFAULTS.find(([n]) => n.toLowerCase() === cellText(row[name]).trim().toLowerCase())?.[0];
        if (key && !isBlank(row[value] ?? null)) values.set(key, row[value] ?? null);
      }
    }
  }
  const text = (key: string) => cellText(values.get(key) ?? null).trim();
  const target = parseNumber(values.get(PARAMETER.coverageTarget) ?? null);
  return {
    territory: text(PARAMETER.territory),
    authority: text(PARAMETER.authority),
    curatorName: text(PARAMETER.curatorName),
    curatorPosition: text(PARAMETER.curatorPosition),
    headName: text(PARAMETER.headName),
    headPosition: text(PARAMETER.headPosition),
    coverageTarget: target !== undefined && target >= 0 && target <= 100 ? target : DEFAULT_COVERAGE_TARGET,
    packageFolder: text(PARAMETER.packageFolder),
  };
}

/**
 * A spreadsheet is a municipal summary when its «Параметры» has the «Параметр»/«Значение» columns and names the
 * schools' folder parameter: a school's bank has no such sheet, so the school's menu items never mistake one for it.
 */
export function isMunicipalParameters(table: Table | undefined): boolean {
  if (!table) return false;
  const name = findColumn(table, 'Параметр');
  if (name < 0 || findColumn(table, 'Значение') < 0) return false;
  return table.rows.some((row) => cellText(row[name]).trim().toLowerCase() === PARAMETER.packageFolder.toLowerCase());
}

export function parametersSheet(p: MunicipalParameters): SheetGrid {
  const value: Record<string, Cell> = {
    [PARAMETER.territory]: p.territory, [PARAMETER.authority]: p.authority, [PARAMETER.curatorName]: p.curatorName,
    [PARAMETER.curatorPosition]: p.curatorPosition, [PARAMETER.headName]: p.headName, [PARAMETER.headPosition]: p.headPosition,
    [PARAMETER.coverageTarget]: p.coverageTarget, [PARAMETER.packageFolder]: p.packageFolder,
  };
  return {
    name: MUNICIPAL_SHEET.parameters,
    header: ['Параметр', 'Значение', 'Пояснение'],
    rows: PARAMETER_DEFAULTS.map(([name, , hint]) => [name, value[name], hint]),
    widths: [55, 45, 60],
  };
}

const day = (iso: string) => formatDateNumeric(new Date(iso));
const joined = (items: readonly string[]) => items.join('; ');
const oneDecimal = (v: number | undefined): Cell => (v === undefined ? null : Math.round(v * 10) / 10);

export const INDICATOR_HEADER = [
  'Школа', 'Наставников в реестре', 'Свободных мест у наставников', 'Пар (групп)', 'Наставляемых в парах',
  'Молодых специалистов', 'из них охвачено', 'Охват, %', 'Целевой охват, %', 'Цель достигнута',
  'Оптимальный уровень', 'Допустимый уровень', 'Недопустимый уровень', 'Пар с оценкой эффективности',
  'Удовлетворённость (из 10)', 'Анкет удовлетворённости', 'Завершили программу', 'Прекратили досрочно',
  'Приказов', 'из них подписано', 'Наставляемых без пары',
] as const;

function indicatorRow(i: Indicators, target: number): Cell[] {
  return [
    i.school, i.mentors, i.freePlaces, i.pairs, i.menteesInPairs, i.youngTotal, i.youngCovered, oneDecimal(i.coverage), target,
    i.targetMet === undefined ? 'нет молодых специалистов' : i.targetMet ? 'да' : 'нет',
    ...i.levels, i.assessed, oneDecimal(i.satisfaction), i.satisfactionResponses, i.completed, i.terminated, i.orders, i.signedOrders, i.unplaced,
  ];
}

export const CROSS_HEADER = [
  'Школа наставляемого', 'Код наставляемого', 'Категория', 'Предметы', 'Дефициты', 'Наставник', 'Должность наставника',
  'Код наставника', 'Школа наставника', 'Куратор школы наставника', 'Контакты куратора', 'Совместимость', 'Форма наставничества', 'Обоснование',
] as const;

/** Every sheet of the municipal workbook, from the consolidated packages and the cross-school proposal. */
export function municipalSheets(c: Consolidation, cross: CrossSchoolResult, p: MunicipalParameters, sources: readonly { source: string; problem?: string }[]): SheetGrid[] {
  const target = p.coverageTarget;
  const indicators = c.schools.map((s) => schoolIndicators(s, target));
  const accepted = new Map(c.schools.map((s) => [s.source, s]));
  const replaced = new Map(c.replaced.map((r) => [r.older, r]));
  return [
    parametersSheet(p),
    {
      name: MUNICIPAL_SHEET.packages,
      header: ['Файл', 'Школа', 'Код организации', 'Дата пакета', 'Состояние'],
      rows: sources.map(({ source, problem }) => {
        const school = accepted.get(source);
        const older = replaced.get(source);
        if (school) return [source, school.name, school.package.school.id, day(school.package.createdAt), 'учтён'];
        if (older) return [source, older.school, '', '', `заменён более новым «${older.newer}»`];
        return [source, '', '', '', `не принят: ${problem ?? ''}`];
      }),
      widths: [40, 40, 20, 14, 60],
    },
    {
      name: MUNICIPAL_SHEET.schools,
      header: ['Школа', 'Полное наименование', 'Код организации', 'Населённый пункт', 'Руководитель', 'Куратор', 'Должность куратора',
        'Телефон куратора', 'Email куратора', 'Учебный год', 'Дата пакета', 'Файл пакета', 'Прежние наименования'],
      rows: c.schools.map((s) => {
        const k = s.package.school;
        return [s.name, k.fullName, k.id, k.locality, k.director.name, k.curator.name, k.curator.position, k.curator.phone, k.curator.email,
          s.package.academicYear, day(s.package.createdAt), s.source, joined(s.formerNames)];
      }),
      widths: [30, 50, 16, 18, 28, 28, 30, 18, 26, 12, 12, 30, 40],
    },
    {
      name: MUNICIPAL_SHEET.register,
      header: ['Школа', 'Код', 'ФИО', 'Должность', 'Предметы', 'Компетенции', 'Виды наставничества', 'Стаж (лет)', 'Квалификационная категория',
        'Макс. наставляемых', 'Свободных мест'],
      rows: c.schools.flatMap((s) => s.package.mentors.map((m) => [
        s.name, m.code, m.fullName, m.position, joined(m.subjects), joined(m.competences), joined(m.kinds), m.experienceYears, m.qualification,
        m.capacity, m.freePlaces,
      ])),
      widths: [30, 10, 32, 30, 26, 50, 36, 10, 14, 12, 12],
    },
    {
      name: MUNICIPAL_SHEET.indicators,
      header: [...INDICATOR_HEADER],
      rows: [...indicators.map((i) => indicatorRow(i, target)), indicatorRow(totalIndicators(indicators, target), target)],
      widths: [30, ...INDICATOR_HEADER.slice(1).map(() => 13)],
      decimals: [7, 14],
      totalRow: true,
    },
    {
      name: MUNICIPAL_SHEET.crossSchool,
      header: [...CROSS_HEADER],
      rows: [
        ...cross.proposals.map((x) => [
          x.menteeSchool, x.mentee, x.category, joined(x.subjects), joined(x.deficits), x.mentorName, x.mentorPosition, x.mentor, x.mentorSchool,
          x.mentorCurator.name, [x.mentorCurator.phone, x.mentorCurator.email].filter(Boolean).join(', '), x.score, x.form, joined(x.reasons),
        ]),
        ...cross.unmatched.map((u) => [u.menteeSchool, u.mentee, u.category, '', '', '', '', '', '', '', '', null, '', `Наставник не найден: ${u.reason}`]),
      ],
      widths: [30, 12, 28, 22, 40, 30, 28, 12, 30, 28, 30, 12, 36, 80],
    },
  ];
}

/** The levels' names as «Показатели» heads them, for the report. */
export const LEVEL_COLUMNS = EFFICIENCY_LEVELS.map((l) => `${l[0].toUpperCase()}${l.slice(1)} уровень`);
