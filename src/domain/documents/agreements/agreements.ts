/**
 * The Labour Code's papers for mentoring (ст. 351.8 ТК РФ, Федеральный закон от 09.11.2024 № 381-ФЗ): for each mentor
 * of approved pairs, the mentor's written consent («Согласие на выполнение работы наставника») and the supplementary
 * agreement to the employment contract (mentees, form and kind, term, content, payment, early termination); for each
 * pair stopped early, the written notice of the side that ended it, dated three working days before the stop.
 * One template holds the three papers as optional sections: each document fills one of them, so each prints alone.
 */
import type { Mentor, Pair } from '../../bank/model';
import { academicYearOf as academicYear } from '../../language/dates';
import { declinePosition, keepTogether, positionInSentence } from '../../language';
import { directorOf, organisationFields, preambleOf, type DocumentContext } from '../context';
import { cell, empty, gap, grid, GOST_MARGINS, para, text, type DocumentLayout, type LayoutBlock } from '../layout';
import { formText, orderSettingsProblems } from '../orders/common';
import { resolvePairs, type PairParticipants } from '../participants';
import { fixedPeriod } from '../programme/period';
import { declensionNotes, genderOf, longDate, nameIn, positionIn, shortDate, shortNameIn, signatureName, type NamedPerson } from '../russian';
import type { Item, TemplateData, TemplateSchema } from '../template';
import { initiativeOf, NOTICE_WORKING_DAYS, noticeDate } from './termination';
import { schoolFields } from '../schoolFields';

export const AGREEMENTS_TITLE = 'Соглашения с наставниками (ст. 351.8 ТК РФ)';

const BLANK_NUMBER = '________';
const BLANK_DATE = '«___» ____________ 20___ г.';

export const agreementsSchema: TemplateSchema = {
  document: AGREEMENTS_TITLE,
  fields: [
    ...schoolFields('организация', 'организация_кратко', 'населённый_пункт', 'учебный_год'),
    { name: 'положение', description: 'Положение о системе наставничества с реквизитами приказа, в творительном падеже' },
    ...schoolFields('руководитель_должность', 'руководитель_подпись'),
    { name: 'руководитель_дат', description: 'адресат: «Директору МБОУ «СОШ № 12» Соколовой И.В.»' },
    { name: 'руководитель_фио_род', description: 'руководитель в родительном падеже: «Соколовой Ирины Викторовны»' },
    { name: 'стороны', description: 'абзац о сторонах соглашения: «… (далее — Работодатель) в лице директора …»' },
    { name: 'наставник_фио', description: 'ФИО наставника' },
    { name: 'наставник_фио_род', description: 'наставник в родительном падеже' },
    { name: 'наставник_фио_вин', description: 'наставник в винительном падеже' },
    { name: 'наставник_должность', description: 'должность наставника' },
    { name: 'наставник_должность_род', description: 'должность наставника в родительном падеже: «учителя математики»' },
    { name: 'наставник_подпись', description: 'наставник: «Е.В. Кузнецова»' },
    { name: 'договор_номер', description: '«Трудовой договор №» из «Наставники» или строка для заполнения' },
    { name: 'договор_дата', description: '«Дата трудового договора» или строка для заполнения' },
    { name: 'начало', description: 'начало работы наставника: «10 сентября 2026 г.»' },
    { name: 'окончание', description: 'окончание работы наставника: «31 мая 2027 г.»' },
    { name: 'оплата', description: '«Доплата наставнику» из «Настроек» или строка для заполнения' },
    { name: 'оплата_основание', description: '«Доплата наставнику: за что и за какой период» или строка для заполнения' },
    { name: 'приказ_пар', description: 'приказ о закреплении пар: « (приказ № 2-од от 10.09.2026)» или пусто' },
    { name: 'дней_предупреждения', description: 'срок письменного предупреждения: «три рабочих дня»' },
    { name: 'ознакомлен', description: '«ознакомлен» или «ознакомлена» (наставник)' },
    { name: 'согласие', description: 'непусто в документе «Согласие на выполнение работы наставника»' },
    { name: 'соглашение', description: 'непусто в документе «Дополнительное соглашение»' },
    { name: 'уведомление', description: 'непусто в уведомлении о досрочном прекращении' },
    { name: 'уведомление_кому', description: 'адресат уведомления в дательном падеже' },
    { name: 'уведомление_от', description: 'от кого уведомление (если от наставника): «от учителя математики Кузнецовой Е.В.»' },
    { name: 'уведомление_обращение', description: '«Уважаемая Мария Петровна!» в уведомлении работодателя' },
    { name: 'уведомление_текст', description: 'текст уведомления' },
    { name: 'уведомление_дата', description: 'дата уведомления: не позже трёх рабочих дней до прекращения' },
    { name: 'уведомление_подписант_должность', description: 'кто подписывает уведомление' },
    { name: 'уведомление_подписант', description: 'подпись: «И.В. Соколова»' },
    { name: 'уведомление_получил', description: '«Уведомление получил(а):» и кто' },
    { name: 'прекращение_дата', description: 'дата досрочного прекращения: «12 февраля 2027 г.»' },
    { name: 'прекращение_причина', description: 'причина («Пары» → «Причина завершения»)' },
    { name: 'инициатор', description: '«работодатель» или «наставник»' },
    { name: 'пара', description: 'код пары (группы) уведомления' },
  ],
  lists: [
    {
      name: 'работа', description: 'строка на каждую пару (группу) наставника', required: false, fields: [
        { name: '№', description: 'номер' }, { name: 'код', description: 'код пары' },
        { name: 'наставляемые', description: 'ФИО и должности наставляемых, каждый с новой строки' },
        { name: 'форма', description: 'форма наставничества в кавычках' }, { name: 'вид', description: 'вид наставничества' },
        { name: 'срок', description: '«10.09.2026 – 31.05.2027»' },
      ],
    },
  ],
};

const title = (content: string) => para(content, { align: 'center', bold: true, keepWithNext: true });
const right = (content: string) => para(content, { align: 'left', size: 13 });
const addressee = (lines: string[]): LayoutBlock => grid([90, 90], [[cell(''), cell(lines.map(right))]], { borders: false });
const item = (content: string) => text(content, { spaceAfter: 3 });

export function agreementsTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 13,
    blocks: [
      para('{{?согласие}}'),
      addressee(['{{руководитель_дат}}', 'от {{наставник_должность_род}}', '{{наставник_фио_род}}']),
      empty(),
      title('СОГЛАСИЕ'),
      title('на выполнение работы наставника'),
      empty(),
      text('Я, {{наставник_фио}}, {{наставник_должность}}, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю согласие на выполнение наряду с работой, определённой трудовым договором, работы наставника на {{учебный_год}} учебный год в отношении следующих педагогических работников:'),
      agreementTable(),
      gap(),
      text('Работу наставника выполняю по персонализированной программе наставничества в соответствии с {{положение}}.'),
      text('С Положением {{ознакомлен}}. Мне разъяснено, что содержание, сроки, форма выполнения и оплата работы наставника устанавливаются дополнительным соглашением к трудовому договору и что я вправе досрочно прекратить выполнение работы наставника, предупредив работодателя в письменной форме не менее чем за {{дней_предупреждения}}.'),
      empty(),
      grid([60, 55, 65], [[cell(BLANK_DATE), cell('_______________', { align: 'center' }), cell('{{наставник_подпись}}', { align: 'right' })]], { borders: false }),
      para('{{/согласие}}'),
      para('{{?соглашение}}'),
      title('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____'),
      title('к трудовому договору № {{договор_номер}} от {{договор_дата}}'),
      title('о выполнении работы наставника'),
      empty(),
      grid([90, 90], [[cell('{{населённый_пункт}}'), cell(BLANK_DATE, { align: 'right' })]], { borders: false }),
      empty(),
      text('{{стороны}}'),
      item('1. Работник с его письменного согласия выполняет по поручению Работодателя наряду с работой, определённой трудовым договором, работу наставника (статья 351.8 Трудового кодекса Российской Федерации) в отношении следующих педагогических работников (наставляемых){{приказ_пар}}:'),
      agreementTable(),
      gap(),
      item('2. Срок выполнения работы наставника: с {{начало}} по {{окончание}}.'),
      item('3. Содержание работы наставника — реализация персонализированной программы наставничества, согласованной куратором и утверждённой руководителем, в соответствии с {{положение}}: разработка программы совместно с наставляемым; проведение встреч и мероприятий её плана; помощь наставляемому в профессиональной адаптации и преодолении профессиональных затруднений, поддержка его сильных сторон; участие в мониторинге и оценке эффективности программы, отчёт куратору о её реализации.'),
      item('4. Форма выполнения работы наставника — наставничество в форме и виде, указанных в пункте 1, без освобождения от работы, определённой трудовым договором, в пределах установленной Работнику продолжительности рабочего времени.'),
      item('5. За выполнение работы наставника Работнику устанавливается доплата в размере {{оплата}} {{оплата_основание}} на срок выполнения работы наставника.'),
      item('6. Работодатель или Работник вправе досрочно прекратить выполнение Работником работы наставника, предупредив об этом другую сторону в письменной форме не менее чем за {{дней_предупреждения}}.'),
      // The last clause, the parties' signatures and the receipt stay on one page: nobody signs a page of signatures alone.
      text('7. В остальном условия трудового договора остаются неизменными. Настоящее соглашение является неотъемлемой частью трудового договора, составлено в двух экземплярах, имеющих равную юридическую силу, по одному для каждой из сторон, и вступает в силу с момента его подписания.', { spaceAfter: 3, keepWithNext: true }),
      para('', { keepWithNext: true }),
      grid([90, 90], [
        [cell('Работодатель', { bold: true }), cell('Работник', { bold: true })],
        [cell([para('{{организация_кратко}}'), para('{{руководитель_должность}}'), para('_______________ {{руководитель_подпись}}', { spaceBefore: 12 }), para('М. П.')]),
          cell([para('{{наставник_фио}}'), para('{{наставник_должность}}'), para('_______________ {{наставник_подпись}}', { spaceBefore: 12 })])],
      ], { borders: false, keepWithNext: true }),
      para('Второй экземпляр соглашения получил(а): _______________ {{наставник_подпись}}   ' + BLANK_DATE, { size: 11, spaceBefore: 12 }),
      para('{{/соглашение}}'),
      para('{{?уведомление}}'),
      addressee(['{{уведомление_кому}}', '{{уведомление_от}}']),
      empty(),
      title('УВЕДОМЛЕНИЕ'),
      title('о досрочном прекращении выполнения работы наставника'),
      empty(),
      para('{{уведомление_дата}}'),
      empty(),
      para('{{?уведомление_обращение}}'),
      para('{{уведомление_обращение}}', { align: 'center', spaceAfter: 6 }),
      para('{{/уведомление_обращение}}'),
      text('{{уведомление_текст}}'),
      empty(),
      grid([80, 45, 55], [[cell('{{уведомление_подписант_должность}}'), cell('_______________', { align: 'center' }), cell('{{уведомление_подписант}}', { align: 'right' })]], { borders: false, keepWithNext: true }),
      empty(),
      para('{{уведомление_получил}} _______________ ' + BLANK_DATE, { size: 12 }),
      para('{{/уведомление}}'),
      // Google Docs keeps a paragraph at the end of a document: the template's own, so no section is ever last.
      empty(),
    ],
  };
}

function agreementTable(): LayoutBlock {
  return grid([8, 62, 70, 40], [
    [cell('№', { header: true }), cell('Наставляемые (ФИО, должность)', { header: true }), cell('Форма и вид наставничества', { header: true }), cell('Срок', { header: true })],
    [cell('{{#работа}}{{№}}', { align: 'center' }), cell('{{наставляемые}}'), cell('{{форма}}, {{вид}}'), cell('{{срок}}', { align: 'center' })],
  ], { headerRows: 1, size: 11 });
}

/** Pairs whose mentors work under an agreement this school year: approved and at work, or ended within the year. */
export function pairsUnderAgreement(pairs: readonly Pair[], today: Date): Pair[] {
  const year = academicYear(today).startYear;
  return pairs.filter((p) => ['утверждена', 'действует'].includes(p.status)
    || (['завершена', 'прекращена'].includes(p.status) && (!p.end || academicYear(p.end).startYear === year)));
}

/** A position in the genitive («учителя математики»), or the position in brackets when its head is unknown. */
function positionGenitive(position: string): string {
  const declined = declinePosition(position, 'родительный');
  return declined !== undefined ? positionInSentence(declined) : `работника (${position.trim()})`;
}

const feminine = (person: NamedPerson) => genderOf(person) === 'ж';

function personLine(person: NamedPerson): string {
  return person.position.trim() ? `${person.fullName.trim()}, ${person.position.trim()}` : person.fullName.trim();
}

export interface AgreementDocument {
  name: string;
  key: string;
  pairCodes: string[];
  data: TemplateData;
  notes: string[];
}

function commonFields(ctx: DocumentContext, mentor: Mentor, own: readonly PairParticipants[]): Record<string, string> {
  const s = ctx.settings;
  const director = directorOf(s);
  const periods = own.map((p) => fixedPeriod(p.pair, ctx.today));
  const start = new Date(Math.min(...periods.map((p) => p.start.getTime())));
  const end = new Date(Math.max(...periods.map((p) => p.end.getTime())));
  const orders = [...new Set(own.map((p) => (p.pair.order ?? '').trim()).filter(Boolean))];
  const directorPosition = declinePosition(s.directorPosition, 'родительный');
  const acting = feminine(director) ? 'действующей' : 'действующего';
  const regulation = preambleOf({ ...s, orderBasis: '' }).replace(/^В соответствии с /, '');
  return {
    ...organisationFields(s),
    населённый_пункт: s.locality,
    учебный_год: s.academicYear.trim() || `${academicYear(ctx.today).startYear}/${academicYear(ctx.today).startYear + 1}`,
    положение: regulation,
    руководитель_должность: s.directorPosition,
    руководитель_подпись: signatureName(director),
    руководитель_дат: `${positionIn(director, 'дательный').replace(/^./, (c) => c.toUpperCase())} ${keepTogether(s.organisationShort || s.organisation)} ${shortNameIn(director, 'дательный')}`,
    руководитель_фио_род: nameIn(director, 'родительный'),
    стороны: `${keepTogether(s.organisation)} (далее — Работодатель) в лице ${directorPosition ? positionInSentence(directorPosition) : 'руководителя'} ${nameIn(director, 'родительный')}, ${acting} на основании Устава, с одной стороны, и ${mentor.fullName.trim()}, ${mentor.position.trim()} (далее — Работник), с другой стороны, заключили настоящее дополнительное соглашение о нижеследующем.`,
    наставник_фио: mentor.fullName.trim(),
    наставник_фио_род: nameIn(mentor, 'родительный'),
    наставник_фио_вин: nameIn(mentor, 'винительный'),
    наставник_должность: mentor.position.trim(),
    наставник_должность_род: positionGenitive(mentor.position),
    наставник_подпись: signatureName(mentor),
    договор_номер: (mentor.contractNumber ?? '').trim() || BLANK_NUMBER,
    договор_дата: mentor.contractDate ? shortDate(mentor.contractDate) : BLANK_DATE,
    начало: longDate(start),
    окончание: longDate(end),
    оплата: (s.mentorPay ?? '').trim() || '____________',
    оплата_основание: (s.mentorPayBasis ?? '').trim() || '______________________________',
    приказ_пар: orders.length ? ` (приказ о закреплении наставнических пар (групп) № ${orders.join(', № ')})` : '',
    дней_предупреждения: NOTICE_WORKING_DAYS === 3 ? 'три рабочих дня' : `${NOTICE_WORKING_DAYS} рабочих дня`,
    ознакомлен: feminine(mentor) ? 'ознакомлена' : 'ознакомлен',
    согласие: '', соглашение: '', уведомление: '',
    уведомление_кому: '', уведомление_от: '', уведомление_обращение: '', уведомление_текст: '', уведомление_дата: '', уведомление_подписант_должность: '',
    уведомление_подписант: '', уведомление_получил: '', прекращение_дата: '', прекращение_причина: '', инициатор: '', пара: '',
  };
}

function workRows(ctx: DocumentContext, own: readonly PairParticipants[]): Item[] {
  return own.map((p, i) => {
    const { start, end } = fixedPeriod(p.pair, ctx.today);
    return {
      '№': String(i + 1), код: p.pair.code, наставляемые: p.mentees.map(personLine).join('\n'),
      форма: formText(p.pair.form) || '____________', вид: p.pair.kind.trim() || '____________', срок: `${shortDate(start)} – ${shortDate(end)}`,
    };
  });
}

/** The notice of an early stop: from the employer to the mentor, or from the mentor to the employer. */
function noticeFields(ctx: DocumentContext, p: PairParticipants): Record<string, string> {
  const s = ctx.settings;
  const director = directorOf(s);
  const mentor = p.mentor;
  const stop = p.pair.end ?? ctx.today;
  const initiative = initiativeOf(p.pair);
  const reason = (p.pair.endReason ?? '').trim();
  const mentees = p.mentees.map((m) => (m.position.trim() ? `${positionGenitive(m.position)} ${nameIn(m, 'родительный')}` : nameIn(m, 'родительный'))).join(', ');
  const what = `работы наставника в отношении ${mentees} (наставническая ${p.mentees.length > 1 ? 'группа' : 'пара'} ${p.pair.code})`;
  const byEmployer = initiative === 'работодатель';
  const name = mentor.fullName.trim().split(/\s+/);
  const address = name.length >= 3 ? `${feminine(mentor) ? 'Уважаемая' : 'Уважаемый'} ${name[1]} ${name.slice(2).join(' ')}!` : '';
  return {
    уведомление: 'да',
    уведомление_кому: byEmployer
      ? `${positionIn(mentor, 'дательный').replace(/^./, (c) => c.toUpperCase())} ${shortNameIn(mentor, 'дательный')}`
      : `${positionIn(director, 'дательный').replace(/^./, (c) => c.toUpperCase())} ${keepTogether(s.organisationShort || s.organisation)} ${shortNameIn(director, 'дательный')}`,
    уведомление_от: byEmployer ? '' : `от ${positionGenitive(mentor.position)} ${shortNameIn(mentor, 'родительный')}`,
    уведомление_текст: byEmployer
      ? `В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и пунктом 6 дополнительного соглашения к трудовому договору о выполнении работы наставника уведомляем Вас о досрочном прекращении с ${longDate(stop)} выполнения Вами ${what}. Причина: ${reason}.`
      : `В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации уведомляю о досрочном прекращении мною с ${longDate(stop)} выполнения ${what}. Причина: ${reason}.`,
    уведомление_обращение: byEmployer ? address : '',
    уведомление_дата: longDate(noticeDate(stop)),
    уведомление_подписант_должность: byEmployer ? `${s.directorPosition} ${keepTogether(s.organisationShort || s.organisation)}` : `${mentor.position.trim().replace(/^./, (c) => c.toUpperCase())}`,
    уведомление_подписант: byEmployer ? signatureName(director) : signatureName(mentor),
    уведомление_получил: byEmployer ? `Уведомление ${feminine(mentor) ? 'получила' : 'получил'}: ${signatureName(mentor)}` : `Уведомление получено работодателем:`,
    прекращение_дата: longDate(stop),
    прекращение_причина: reason,
    инициатор: initiative,
    пара: p.pair.code,
  };
}

/** «Е.В. Кузнецова» for file names (no non-breaking spaces). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

export function agreementsData(ctx: DocumentContext): { ok: true; documents: AgreementDocument[]; nothing?: string } | { ok: false; problems: string[] } {
  const pairs = pairsUnderAgreement(ctx.pairs, ctx.today);
  if (pairs.length === 0) {
    return { ok: true, documents: [], nothing: 'На листе «Пары» нет утверждённых пар: согласия и дополнительные соглашения с наставниками составляются после приказа о закреплении пар.' };
  }
  const problems = orderSettingsProblems(ctx, false, 'agreement');
  const resolved = resolvePairs(pairs, ctx, { allowLeft: true });
  if (!resolved.ok) problems.push(...resolved.problems);
  for (const p of pairs.filter((x) => x.status === 'прекращена' && !(x.endReason ?? '').trim())) {
    problems.push(`Пара ${p.code} (лист «Пары», строка ${p.ref.row}) прекращена, но не указана причина (столбец «Причина завершения»): она нужна для уведомления.`);
  }
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems };
  const documents: AgreementDocument[] = [];
  const byMentor = new Map<string, PairParticipants[]>();
  for (const p of resolved.value) byMentor.set(p.mentor.code, [...(byMentor.get(p.mentor.code) ?? []), p]);
  for (const own of byMentor.values()) {
    const mentor = own[0].mentor;
    const fields = commonFields(ctx, mentor, own);
    const lists = { работа: workRows(ctx, own) };
    const who = plain(signatureName(mentor));
    const codes = own.map((p) => p.pair.code);
    const notes = declensionNotes({ ...mentor, where: `лист «${mentor.ref.sheet}», строка ${mentor.ref.row}` });
    documents.push({ name: `Согласие на выполнение работы наставника (${who})`, key: `consent:${mentor.code}`, pairCodes: codes, data: { fields: { ...fields, согласие: 'да' }, lists }, notes });
    documents.push({ name: `Дополнительное соглашение о работе наставника (${who})`, key: `agreement:${mentor.code}`, pairCodes: codes, data: { fields: { ...fields, соглашение: 'да' }, lists }, notes: [] });
    for (const p of own.filter((x) => x.pair.status === 'прекращена')) {
      documents.push({
        name: `Уведомление о досрочном прекращении работы наставника ${p.pair.code} (${who})`, key: `notice:${p.pair.code}`, pairCodes: [p.pair.code],
        data: { fields: { ...fields, ...noticeFields(ctx, p) }, lists: { работа: workRows(ctx, [p]) } }, notes: [],
      });
    }
  }
  return { ok: true, documents };
}

