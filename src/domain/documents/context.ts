/** What a document is made from: the bank, the settings, the results, the date, and the language rules. */
import type { Mentee, Mentor, Pair } from '../bank/model';
import { SETTING, settingText, type Settings } from '../bank/settings';
import { keepTogether } from '../language/typography';
import type { NamedPerson } from './russian';

/** The rows of «Настройки» that documents use (parsed by the bank's settings reader). */
export interface DocumentSettings {
  organisation: string;
  organisationShort: string;
  locality: string;
  directorPosition: string;
  directorName: string;
  curatorName: string;
  curatorPosition: string;
  /** «Телефон куратора»: shown after the curator as the summary's «Исполнитель» when filled. */
  curatorPhone?: string;
  /** «Склонение ФИО куратора» / «Склонение ФИО руководителя»: the curator's forms, as the bank's «Склонение ФИО». */
  curatorNameOverride?: string;
  directorNameOverride?: string;
  /** «2024/2025»; derived from the date when empty. */
  academicYear: string;
  /** The editable preamble, e.g. «В соответствии с Положением о системе наставничества …». */
  orderBasis: string;
  /** «-од»: appended to order numbers. */
  orderSuffix: string;
  /** «Положение о наставничестве утверждено приказом»: «№ 348/1 от 16.11.2022». */
  regulationOrder?: string;
  /** «Доплата наставнику»: «3000 руб.» or «10 %»; empty — a line to fill in by hand. */
  mentorPay?: string;
  /** «Доплата наставнику: за что и за какой период»: «за каждого наставляемого в месяц». */
  mentorPayBasis?: string;
}

/** One scored response from «Результаты». */
export interface ScoreRecord {
  date?: Date;
  questionnaire: string;
  /** входная / итоговая / текущая */
  stage: string;
  participantCode: string;
  pairCode: string;
  points: number;
  max: number;
  level: string;
}

export interface DocumentContext {
  settings: DocumentSettings;
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly Pair[];
  scores: readonly ScoreRecord[];
  /** The day the document is made; documents never read the clock. */
  today: Date;
}

/** An order's requisites, assigned by the register before the text is made. */
export interface OrderRequisites {
  number: string;
  date: Date;
}

/** The document settings as the curator typed them in «Настройки» (missing parameters read as empty). */
export function documentSettings(settings: Settings): DocumentSettings {
  const text = (name: string): string => settingText(settings, name);
  return {
    organisation: text(SETTING.orgFullName),
    organisationShort: text(SETTING.orgShortName),
    locality: text(SETTING.locality),
    directorPosition: text(SETTING.directorPosition),
    directorName: text(SETTING.directorName),
    curatorName: text(SETTING.curatorName),
    curatorPosition: text(SETTING.curatorPosition),
    curatorPhone: text(SETTING.curatorPhone),
    curatorNameOverride: text(SETTING.curatorNameOverride),
    directorNameOverride: text(SETTING.directorNameOverride),
    academicYear: text(SETTING.academicYear),
    orderBasis: text(SETTING.orderPreamble),
    orderSuffix: text(SETTING.orderSuffix),
    regulationOrder: text(SETTING.regulationOrder),
    mentorPay: text(SETTING.mentorPay),
    mentorPayBasis: text(SETTING.mentorPayBasis),
  };
}

const GENERIC_REGULATION = /Положени[а-яё]*\s+о\s+системе\s+наставничества[^,]*?образовательной\s+организации/i;

/**
 * The preamble orders start with: «Основание для приказов» naming the school's own Положение and the order that
 * approved it («…Положением о системе наставничества педагогических работников МБОУ «СОШ № 12», утверждённым приказом
 * № 348/1 от 16.11.2022»). The default wording's generic «…образовательной организации» is replaced; a preamble the
 * curator wrote with its own reference to the Положение stays as typed; one without any gets the reference appended.
 */
export function preambleOf(s: DocumentSettings): string {
  const basis = s.orderBasis.trim().replace(/[\s,;.]+$/, '');
  const reference = (s.regulationOrder ?? '').trim();
  const regulation = `Положением о системе наставничества педагогических работников ${keepTogether(s.organisationShort || s.organisation)}`
    + (reference ? `, утверждённым приказом ${keepTogether(reference)}` : '');
  if (basis === '') return `В соответствии с ${regulation}`;
  if (GENERIC_REGULATION.test(basis)) return basis.replace(GENERIC_REGULATION, regulation);
  if (/Положени/i.test(basis)) return basis;
  return `${basis}, ${regulation}`;
}

function settingsPerson(fullName: string, position: string, override: string | undefined, parameter: string, overrideParameter: string): NamedPerson {
  return {
    fullName: fullName.trim(), position, nameOverride: override || undefined,
    where: `лист «Настройки», параметр «${parameter}»`, declensionFix: `заполните «${overrideParameter}» на листе «Настройки»`,
  };
}

/** The curator as documents name and decline them, with «Склонение ФИО куратора». */
export function curatorOf(s: DocumentSettings): NamedPerson {
  return settingsPerson(s.curatorName, s.curatorPosition, s.curatorNameOverride, SETTING.curatorName, SETTING.curatorNameOverride);
}

/** The director, with «Склонение ФИО руководителя». */
export function directorOf(s: DocumentSettings): NamedPerson {
  return settingsPerson(s.directorName, s.directorPosition, s.directorNameOverride, SETTING.directorName, SETTING.directorNameOverride);
}

/** The organisation's names as documents print them: «им.\u00a0А.\u00a0С.\u00a0Пушкина» never breaks across lines. */
export function organisationFields(s: DocumentSettings): { организация: string; организация_кратко: string } {
  return { организация: keepTogether(s.organisation), организация_кратко: keepTogether(s.organisationShort || s.organisation) };
}
