/**
 * What every order has (ГОСТ Р 7.0.97): the organisation's name, «ПРИКАЗ», date and number, place, title, preamble,
 * «ПРИКАЗЫВАЮ:», the director's signature and «С приказом ознакомлены:» listing every person the order names.
 */
import { SETTING } from '../../bank/settings';
import { academicYearOf as academicYearOfDate, formatAcademicYear } from '../../language/dates';
import { parseNameOverride } from '../../language/name-override';
import { curatorOf, directorOf, organisationFields, preambleOf, type DocumentContext, type OrderRequisites } from '../context';
import { cell, empty, grid, para, text, type LayoutBlock } from '../layout';
import { hasLeft } from '../participants';
import { nameProblem } from '../people';
import { declensionNotes, genderOf, longDate, nameIn, positionIn, shortDate, shortNameIn, signatureName, type NamedPerson } from '../russian';
import type { FieldSpec, Item, ListSpec } from '../template';
import { schoolFields } from '../schoolFields';

export const orderFields: FieldSpec[] = [
  ...schoolFields('организация', 'организация_кратко', 'населённый_пункт'),
  { name: 'номер', description: 'номер приказа, например «12-од»' },
  { name: 'дата', description: 'дата приказа: «16 ноября 2022 г.»' },
  { name: 'дата_цифрами', description: 'дата приказа: «16.11.2022»' },
  ...schoolFields('учебный_год'),
  { name: 'основание', description: 'преамбула из «Настроек» («Основание для приказов»)' },
  ...schoolFields('руководитель_должность'),
  { name: 'руководитель_фио', description: 'ФИО руководителя полностью' },
  ...schoolFields('руководитель_подпись'),
  { name: 'куратор_фио', description: 'ФИО куратора полностью' },
  ...schoolFields('куратор_должность'),
  { name: 'куратор_должность_вин', description: 'должность куратора в винительном падеже: «заместителя директора по учебно-воспитательной работе»' },
  { name: 'куратор_вин', description: 'куратор в винительном падеже: «Гумерову Гульсасак Манжуровну»' },
  { name: 'куратор_дат', description: 'куратор в дательном падеже: «Гумеровой Гульсасак Манжуровне»' },
  { name: 'куратор_дат_кратко', description: 'куратор в дательном падеже кратко: «Гумеровой Г.М.»' },
  { name: 'ознакомлен', description: '«ознакомлен», «ознакомлена» (один человек) или «ознакомлены»' },
];

export const acquaintedList: ListSpec = {
  name: 'ознакомлены',
  description: 'строка «С приказом ознакомлены» для каждого, кого называет приказ',
  required: false,
  fields: [
    { name: 'фио', description: 'для подписи: «Г.М. Гумерова»' },
    { name: 'фио_полностью', description: 'ФИО полностью' },
    { name: 'должность', description: 'должность' },
  ],
};

/** A form of mentoring as the seeds write it, in quotes: «Опытный педагог – молодой специалист». */
export function formText(form: string): string {
  const text = form.trim();
  if (text === '' || /^[«"]/.test(text)) return text;
  return `«${text}»`;
}

/** «2025/2026»: the school year a date falls in. */
export function academicYearOf(date: Date): string {
  return formatAcademicYear(academicYearOfDate(date), false);
}

/** Why a blank parameter stops this document, in its own words (a programme is not an order). */
const DOCUMENT_WORDS = {
  order: { of: 'приказа', director: 'приказ некому подписать', curator: 'приказ называет куратора' },
  programme: { of: 'программы', director: 'программу некому утвердить', curator: 'куратор согласует программу' },
  summary: { of: 'сведений', director: 'сведения некому подписать', curator: 'куратор — исполнитель сведений' },
  report: { of: 'справки', director: '', curator: 'куратор подписывает справку' },
  agreement: { of: 'соглашения', director: 'соглашение некому подписать от имени работодателя', curator: '' },
} as const;

/**
 * Problems that stop any order: an order nobody can sign, or one that names nobody correctly. The programme and the
 * summary need the same (the director approves or signs them); the analytical report is signed by the curator alone,
 * so a blank director does not stop it.
 */
export function orderSettingsProblems(ctx: DocumentContext, needsCurator: boolean, document: keyof typeof DOCUMENT_WORDS = 'order'): string[] {
  const problems: string[] = [];
  const s = ctx.settings;
  const missing = (value: string, parameter: string, why: string): void => {
    if (value.trim() === '') problems.push(`На листе «Настройки» не заполнен параметр «${parameter}»: ${why}.`);
  };
  const words = DOCUMENT_WORDS[document];
  const needsDirector = document !== 'report';
  missing(s.organisation, SETTING.orgFullName, `без него у ${words.of} нет шапки`);
  if (needsDirector) {
    missing(s.directorName, SETTING.directorName, words.director);
    missing(s.directorPosition, SETTING.directorPosition, `нужна для подписи ${words.of}`);
  }
  if (needsCurator) missing(s.curatorName, SETTING.curatorName, words.curator);
  const named: [string, string, string | undefined, string][] = needsDirector ? [[s.directorName, SETTING.directorName, s.directorNameOverride, SETTING.directorNameOverride]] : [];
  if (needsCurator) named.push([s.curatorName, SETTING.curatorName, s.curatorNameOverride, SETTING.curatorNameOverride]);
  for (const [value, parameter, override, overrideParameter] of named) {
    if (value.trim() === '') continue;
    const problem = nameProblem(value, `лист «Настройки», параметр «${parameter}»`);
    if (problem) problems.push(problem);
    const parsed = override ? parseNameOverride(override) : undefined;
    if (parsed && !parsed.ok) problems.push(`На листе «Настройки» параметр «${overrideParameter}» не читается: ${parsed.errors.join(' ')}`);
  }
  return problems;
}

/** Doubts about how the curator is declined in the order: shown to the curator with the outcome. */
export function orderNotes(ctx: DocumentContext): string[] {
  return ctx.settings.curatorName.trim() ? declensionNotes(curatorOf(ctx.settings)) : [];
}

export function orderFieldValues(ctx: DocumentContext, requisites: OrderRequisites): Record<string, string> {
  const { settings: s } = ctx;
  const curator = curatorOf(s);
  const named = curator.fullName !== '';
  return {
    ...organisationFields(s),
    населённый_пункт: s.locality,
    номер: requisites.number,
    дата: longDate(requisites.date),
    дата_цифрами: shortDate(requisites.date),
    учебный_год: s.academicYear.trim() || academicYearOf(requisites.date),
    основание: preambleOf(s),
    руководитель_должность: s.directorPosition,
    руководитель_фио: s.directorName,
    руководитель_подпись: signatureName(directorOf(s)),
    куратор_фио: curator.fullName,
    куратор_должность: s.curatorPosition,
    куратор_должность_вин: named ? positionIn(curator, 'винительный') : '',
    куратор_вин: named ? nameIn(curator, 'винительный') : '',
    куратор_дат: named ? nameIn(curator, 'дательный') : '',
    куратор_дат_кратко: named ? shortNameIn(curator, 'дательный') : '',
    ознакомлен: 'ознакомлены',
  };
}

export type { NamedPerson };

function nameKey(person: NamedPerson): string {
  return person.fullName.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** Two namesakes with their own codes are two people; the curator (no code) is the teacher of the same name. */
function samePerson(a: NamedPerson, b: NamedPerson): boolean {
  if (a.code && b.code) return a.code === b.code;
  return nameKey(a) === nameKey(b);
}

function listedPeople(people: readonly NamedPerson[]): NamedPerson[] {
  const listed: NamedPerson[] = [];
  for (const person of people) {
    if (nameKey(person) === '' || hasLeft(person.status ?? '')) continue;
    if (!listed.some((p) => samePerson(p, person))) listed.push(person);
  }
  return listed;
}

/** «С приказом ознакомлена:» over one woman, «ознакомлен» over one man, «ознакомлены» over several (seed 000). */
export function acquaintedWord(people: readonly NamedPerson[]): string {
  const listed = listedPeople(people);
  if (listed.length !== 1) return 'ознакомлены';
  return genderOf(listed[0]) === 'ж' ? 'ознакомлена' : 'ознакомлен';
}

/**
 * Everyone the order names who can still sign, once each, in the order they appear. A person who has left
 * («выбыл») signs nothing. Namesakes are told apart by their position, or by their code when that is the same too.
 */
export function acquaintedItems(people: readonly NamedPerson[]): Item[] {
  const listed = listedPeople(people);
  const signatures = listed.map((person) => signatureName(person));
  return listed.map((person, i) => {
    const namesakes = listed.filter((_, j) => signatures[j] === signatures[i]);
    const positions = new Set(namesakes.map((p) => p.position.trim()));
    const position = person.position.trim();
    const distinct = namesakes.length === 1 ? signatures[i]
      : positions.size === namesakes.length && position ? `${signatures[i]}, ${position}` : `${signatures[i]} (${person.code ?? ''})`.replace(' ()', '');
    return { фио: distinct, фио_полностью: person.fullName.trim(), должность: person.position };
  });
}

/** The requisites block and the title. */
export function orderHead(title: string): LayoutBlock[] {
  return [
    para('{{организация}}', { align: 'center', bold: true, size: 12 }),
    empty(),
    para('ПРИКАЗ', { align: 'center', bold: true, size: 16 }),
    empty(),
    grid([90, 90], [[cell('{{дата}}'), cell('№ {{номер}}', { align: 'right' })]], { borders: false }),
    para('{{населённый_пункт}}', { align: 'center', size: 12 }),
    empty(),
    para(title, { bold: true, keepWithNext: true }),
    empty(),
  ];
}

export function orderCommand(): LayoutBlock[] {
  return [para('ПРИКАЗЫВАЮ:', { bold: true, keepWithNext: true, spaceBefore: 12, spaceAfter: 6 })];
}

/** A numbered item; the last one before the signature keeps with it, so the director never signs an empty page. */
export function orderItem(content: string, options: { keepWithNext?: boolean } = {}): LayoutBlock {
  return text(content, options);
}

/** Signature of the director and the acquaintance list. */
export function orderTail(): LayoutBlock[] {
  return [
    para('', { keepWithNext: true }),
    para('', { keepWithNext: true }),
    grid([80, 45, 55], [[cell('{{руководитель_должность}}'), cell(''), cell('{{руководитель_подпись}}', { align: 'right' })]], { borders: false }),
    empty(),
    para('{{?ознакомлены}}С приказом {{ознакомлен}}:{{/ознакомлены}}', { keepWithNext: true, spaceAfter: 6 }),
    grid([70, 50, 60], [[
      cell([para('{{#ознакомлены}}{{фио}}', { spaceBefore: 10 })]),
      cell([para('_______________', { align: 'center', spaceBefore: 10 })]),
      cell([para('«___» ____________ 20___ г.', { align: 'right', spaceBefore: 10 })]),
    ]], { borders: false, size: 12 }),
  ];
}
