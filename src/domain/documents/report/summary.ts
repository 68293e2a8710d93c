/** Сводка для органа управления образованием: counts by form, kind and category, coverage, levels (seed 004). */
import { directorOf, organisationFields, type DocumentContext } from '../context';
import { cell, gap, grid, GOST_MARGINS, para, type DocumentLayout } from '../layout';
import { academicYearOf, formText, orderSettingsProblems } from '../orders/common';
import { nothingNew, type BuildOutcome } from '../build';
import { positionInSentence } from '../../language/position';
import { longDate, signatureName } from '../russian';
import type { TemplateData, TemplateSchema } from '../template';
import { monitoringFigures, UNSPECIFIED_CATEGORY, type Count } from './figures';
import { keepTogether, organisationGenitive } from '../../language';
import { indicatorRows, levelRows, share } from './wording';
import { schoolFields } from '../schoolFields';

export const SUMMARY_TITLE = 'Сведения о реализации системы наставничества';

export const summarySchema: TemplateSchema = {
  document: SUMMARY_TITLE,
  fields: [
    ...schoolFields('организация', 'организация_кратко'),
    { name: 'организация_род', description: 'полное наименование в родительном падеже: «муниципального бюджетного общеобразовательного учреждения «…»»' },
    { name: 'дата', description: 'дата сведений' },
    ...schoolFields('учебный_год', 'руководитель_должность', 'руководитель_подпись'),
    { name: 'куратор_фио', description: 'ФИО куратора (исполнитель)' },
    { name: 'куратор_должность', description: 'должность куратора, со строчной буквы: «заместитель директора по учебно-воспитательной работе»' },
    { name: 'куратор_телефон', description: 'телефон куратора («Настройки» → «Телефон куратора»), если указан' },
  ],
  lists: [
    { name: 'показатели', description: 'строка основных показателей', required: false, fields: [{ name: 'показатель', description: '' }, { name: 'значение', description: '' }] },
    { name: 'формы', description: 'строка на форму наставничества', required: false, fields: [{ name: 'название', description: '' }, { name: 'пар', description: '' }, { name: 'наставляемых', description: '' }] },
    { name: 'виды', description: 'строка на вид наставничества', required: false, fields: [{ name: 'название', description: '' }, { name: 'пар', description: '' }, { name: 'наставляемых', description: '' }] },
    { name: 'категории', description: 'строка на категорию наставляемых', required: false, fields: [
      { name: 'название', description: '' }, { name: 'всего', description: '' }, { name: 'в_парах', description: '' }, { name: 'охват', description: '' }] },
    { name: 'уровни', description: 'строка на уровень эффективности', required: false, fields: [{ name: 'уровень', description: '' }, { name: 'пар', description: '' }, { name: 'доля', description: '' }] },
  ],
};

const heading = (content: string) => para(content, { bold: true, spaceBefore: 12, spaceAfter: 6, keepWithNext: true });
const countTable = (list: string, first: string) => grid([110, 35, 35], [
  [cell(first, { header: true }), cell('Пар (групп)', { header: true }), cell('Наставляемых', { header: true })],
  [cell(`{{#${list}}}{{название}}`), cell('{{пар}}', { align: 'center' }), cell('{{наставляемых}}', { align: 'center' })],
], { headerRows: 1, size: 12 });

export function summaryTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      para('СВЕДЕНИЯ', { align: 'center', bold: true }),
      para('о реализации системы наставничества педагогических работников', { align: 'center', bold: true }),
      para('{{организация_род}}', { align: 'center' }),
      para('за {{учебный_год}} учебный год (по состоянию на {{дата}})', { align: 'center' }),
      heading('1. Основные показатели'),
      grid([130, 50], [
        [cell('Показатель', { header: true }), cell('Значение', { header: true })],
        [cell('{{#показатели}}{{показатель}}'), cell('{{значение}}', { align: 'center' })],
      ], { headerRows: 1, size: 12 }),
      gap(),
      heading('2. Формы наставничества'),
      countTable('формы', 'Форма наставничества'),
      heading('3. Виды наставничества'),
      countTable('виды', 'Вид наставничества'),
      heading('4. Категории наставляемых'),
      grid([85, 30, 35, 30], [
        [cell('Категория', { header: true }), cell('Всего', { header: true }), cell('В парах (группах)', { header: true }), cell('Охват', { header: true })],
        [cell('{{#категории}}{{название}}'), cell('{{всего}}', { align: 'center' }), cell('{{в_парах}}', { align: 'center' }), cell('{{охват}}', { align: 'center' })],
      ], { headerRows: 1, size: 12 }),
      gap(),
      heading('5. Эффективность персонализированных программ'),
      // The last table, the signature and «Исполнитель» keep together: the head never signs an empty page.
      grid([80, 50, 50], [
        [cell('Уровень эффективности', { header: true }), cell('Пар (групп)', { header: true }), cell('Доля', { header: true })],
        [cell('{{#уровни}}{{уровень}}'), cell('{{пар}}', { align: 'center' }), cell('{{доля}}', { align: 'center' })],
      ], { headerRows: 1, size: 12, keepWithNext: true }),
      para('', { size: 6, keepWithNext: true }),
      para('', { keepWithNext: true }),
      para('', { keepWithNext: true }),
      grid([90, 40, 50], [[cell('{{руководитель_должность}} {{организация_кратко}}'), cell(''), cell('{{руководитель_подпись}}', { align: 'right' })]], { borders: false, keepWithNext: true }),
      para('', { keepWithNext: true }),
      para('Исполнитель: {{куратор_фио}}, {{куратор_должность}}{{?куратор_телефон}}, тел.\u00a0{{куратор_телефон}}{{/куратор_телефон}}', { size: 11 }),
    ],
  };
}

/**
 * A category of mentees as a group of people, as a report names them: «педагоги с признаками эмоционального
 * выгорания», not «эмоциональное выгорание». A category the curator named otherwise is shown as typed.
 */
export function categoryOfPeople(category: string): string {
  const text = category.trim();
  if (/^молод/i.test(text)) return text.replace(/^молодой специалист/i, 'молодые специалисты');
  if (/^нов[а-я]* сотрудник/i.test(text)) return 'новые сотрудники в период адаптации';
  if (/выгоран/i.test(text)) return 'педагоги с признаками эмоционального выгорания';
  if (/цифров/i.test(text)) return 'педагоги, осваивающие цифровые навыки';
  if (/^ино[ей]$/i.test(text)) return 'иные педагоги';
  return text;
}

const countRows = (counts: Count[]) => counts.map((c) => ({ название: c.name, пар: String(c.pairs), наставляемых: String(c.people) }));

export function summaryData(ctx: DocumentContext): BuildOutcome<{ data: TemplateData }> {
  const f = monitoringFigures(ctx);
  if (f.pairs === 0) return nothingNew('На листе «Пары» нет утверждённых, действующих или завершённых пар: сведения пока пусты.');
  const problems = orderSettingsProblems(ctx, true, 'summary');
  if (problems.length > 0) return { ok: false, problems };
  const { settings: s } = ctx;
  return {
    ok: true,
    value: {
      data: {
        fields: {
          ...organisationFields(s),
          организация_род: keepTogether(organisationGenitive(s.organisation) ?? s.organisation),
          дата: longDate(ctx.today),
          учебный_год: s.academicYear.trim() || academicYearOf(ctx.today),
          руководитель_должность: s.directorPosition,
          руководитель_подпись: signatureName(directorOf(s)),
          куратор_фио: s.curatorName,
          куратор_должность: positionInSentence(s.curatorPosition),
          // A phone number is never broken across lines.
          куратор_телефон: (s.curatorPhone ?? '').trim().replace(/\s+/g, '\u00a0'),
        },
        lists: {
          показатели: indicatorRows(f),
          формы: countRows(f.byForm).map((row) => ({ ...row, название: formText(row.название) })),
          виды: countRows(f.byKind),
          категории: f.byCategory.filter((c) => c.name !== UNSPECIFIED_CATEGORY).map((c) => ({ название: categoryOfPeople(c.name), всего: String(c.people), в_парах: String(c.pairs), охват: share(c.pairs, c.people) })),
          уровни: levelRows(f),
        },
      },
    },
  };
}
