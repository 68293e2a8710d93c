/** Аналитическая справка по итогам мониторинга реализации системы наставничества. */
import { curatorOf, organisationFields, type DocumentContext } from '../context';
import { cell, gap, empty, grid, GOST_MARGINS, para, text, type DocumentLayout } from '../layout';
import { academicYearOf, orderSettingsProblems } from '../orders/common';
import { nothingNew, type BuildOutcome } from '../build';
import { longDate, signatureName } from '../russian';
import type { ChartSpec, TemplateData, TemplateSchema } from '../template';
import { monitoringFigures, type MonitoringFigures } from './figures';
import {
  conclusions, coverageText, decimal, dynamicsText, efficiencyText, indicatorRows, levelRows, participationText, satisfactionText, signedDecimal,
} from './wording';
import { schoolFields } from '../schoolFields';

export const REPORT_TITLE = 'Аналитическая справка по итогам мониторинга';

export const reportSchema: TemplateSchema = {
  document: REPORT_TITLE,
  fields: [
    ...schoolFields('организация', 'организация_кратко', 'населённый_пункт'),
    { name: 'дата', description: 'дата справки' },
    ...schoolFields('учебный_год'),
    { name: 'куратор_должность', description: 'должность куратора («Настройки»), с прописной буквы: подпись справки' },
    ...schoolFields('куратор_подпись'),
    { name: 'участие', description: 'участники и пары, словами' },
    { name: 'охват', description: 'охват молодых специалистов, словами' },
    { name: 'вывод_динамика', description: 'входная и итоговая диагностика, словами' },
    { name: 'вывод_эффективность', description: 'уровни эффективности программ, словами' },
    { name: 'вывод_удовлетворённость', description: 'удовлетворённость участников, словами' },
  ],
  lists: [
    { name: 'показатели', description: 'строка таблицы показателей', required: false, fields: [{ name: 'показатель', description: '' }, { name: 'значение', description: '' }] },
    { name: 'динамика', description: 'строка таблицы «до / после» по наставляемым', required: false, fields: [
      { name: '№', description: '' }, { name: 'пара', description: 'код пары' }, { name: 'наставляемый', description: 'ФИО' },
      { name: 'до', description: 'входная диагностика, %' }, { name: 'после', description: 'итоговая диагностика, %' }, { name: 'изменение', description: 'изменение в процентных пунктах: «+26,0»' }] },
    { name: 'уровни', description: 'строка таблицы уровней эффективности', required: false, fields: [
      { name: 'уровень', description: '' }, { name: 'пар', description: '' }, { name: 'доля', description: '' }] },
    { name: 'выводы', description: 'абзац на каждый вывод', required: false, fields: [{ name: '№', description: '' }, { name: 'вывод', description: '' }] },
  ],
  charts: [
    { name: 'диаграмма_динамика', description: 'диаграмма: входная и итоговая диагностика по парам (группам), средний результат наставляемых, %' },
    { name: 'диаграмма_уровни', description: 'диаграмма: число пар по уровням эффективности' },
  ],
};

const heading = (content: string) => para(content, { bold: true, spaceBefore: 12, spaceAfter: 6, keepWithNext: true });

export function reportTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      para('{{организация}}', { align: 'center', bold: true, size: 12 }),
      empty(),
      para('АНАЛИТИЧЕСКАЯ СПРАВКА', { align: 'center', bold: true }),
      para('по итогам мониторинга реализации системы наставничества педагогических работников в {{учебный_год}} учебном году', { align: 'center', bold: true }),
      empty(),
      grid([90, 90], [[cell('{{населённый_пункт}}'), cell('{{дата}}', { align: 'right' })]], { borders: false }),
      heading('1. Участники и охват'),
      text('{{участие}}'),
      text('{{охват}}'),
      grid([130, 50], [
        [cell('Показатель', { header: true }), cell('Значение', { header: true })],
        [cell('{{#показатели}}{{показатель}}'), cell('{{значение}}', { align: 'center' })],
      ], { headerRows: 1, size: 12 }),
      gap(),
      heading('2. Результаты входной и итоговой диагностики'),
      text('{{вывод_динамика}}'),
      para('{{?динамика}}'),
      grid([10, 20, 68, 26, 26, 30], [
        [cell('№', { header: true }), cell('Пара', { header: true }), cell('Наставляемый', { header: true }), cell('Входная, %', { header: true }),
          cell('Итоговая, %', { header: true }), cell('Изменение, п.\u00a0п.', { header: true })],
        [cell('{{#динамика}}{{№}}', { align: 'center' }), cell('{{пара}}', { align: 'center' }), cell('{{наставляемый}}'), cell('{{до}}', { align: 'center' }),
          cell('{{после}}', { align: 'center' }), cell('{{изменение}}', { align: 'center' })],
      ], { headerRows: 1, size: 12 }),
      gap(),
      para('{{диаграмма_динамика}}', { align: 'center' }),
      para('{{/динамика}}'),
      heading('3. Эффективность персонализированных программ наставничества'),
      text('{{вывод_эффективность}}'),
      grid([80, 50, 50], [
        [cell('Уровень эффективности', { header: true }), cell('Пар (групп)', { header: true }), cell('Доля', { header: true })],
        [cell('{{#уровни}}{{уровень}}'), cell('{{пар}}', { align: 'center' }), cell('{{доля}}', { align: 'center' })],
      ], { headerRows: 1, size: 12 }),
      gap(),
      para('{{?диаграмма_уровни}}'),
      para('{{диаграмма_уровни}}', { align: 'center' }),
      para('{{/диаграмма_уровни}}'),
      heading('4. Удовлетворённость участников'),
      text('{{вывод_удовлетворённость}}'),
      heading('5. Выводы и рекомендации'),
      text('{{#выводы}}{{№}}. {{вывод}}'),
      empty(),
      empty(),
      grid([110, 20, 50], [[cell('{{куратор_должность}}'), cell(''), cell('{{куратор_подпись}}', { align: 'right' })]], { borders: false }),
    ],
  };
}

/** Mean before and after of the mentees of each pair who took both diagnostics: one pair of bars per pair code. */
function pairDynamics(f: MonitoringFigures): { code: string; before: number; after: number }[] {
  const byPair = new Map<string, { before: number[]; after: number[] }>();
  for (const d of f.dynamics) {
    if (d.before === undefined || d.after === undefined) continue;
    const pair = byPair.get(d.pairCode) ?? { before: [], after: [] };
    pair.before.push(d.before);
    pair.after.push(d.after);
    byPair.set(d.pairCode, pair);
  }
  const mean = (values: number[]) => Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10;
  return [...byPair.entries()].map(([code, v]) => ({ code, before: mean(v.before), after: mean(v.after) }));
}

function reportCharts(f: MonitoringFigures): Record<string, ChartSpec> {
  // By pair code, not by name: two «А.С. Иванова» stay apart, and a large school's chart stays readable.
  const pairs = pairDynamics(f);
  return {
    диаграмма_динамика: {
      title: 'Результаты диагностики наставляемых по парам (группам), %',
      // «П‑001» with a non-breaking hyphen: an axis label never breaks as «П-» / «001».
      categories: pairs.map((p) => p.code.replace(/-/g, '\u2011')),
      series: [
        { name: 'входная', values: pairs.map((p) => p.before) },
        { name: 'итоговая', values: pairs.map((p) => p.after) },
      ],
      unit: '%',
      max: 100,
      labels: false,
    },
    диаграмма_уровни: {
      title: 'Уровни эффективности программ наставничества',
      categories: f.levels.map((l) => l.name),
      series: [{ name: 'Число пар (групп)', values: f.levels.map((l) => l.pairs) }],
      unit: 'Число пар (групп)',
      whole: true,
      labels: true,
    },
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function reportData(ctx: DocumentContext): BuildOutcome<{ data: TemplateData }> {
  const f = monitoringFigures(ctx);
  if (f.pairs === 0) return nothingNew('На листе «Пары» нет утверждённых, действующих или завершённых пар: справке не о чем рассказывать.');
  const problems = orderSettingsProblems(ctx, true, 'report');
  if (problems.length > 0) return { ok: false, problems };
  const { settings: s } = ctx;
  const year = s.academicYear.trim() || academicYearOf(ctx.today);
  const pct = (v: number | undefined) => (v === undefined ? '—' : decimal(v));
  return {
    ok: true,
    value: {
      data: {
        fields: {
          ...organisationFields(s),
          населённый_пункт: s.locality,
          дата: longDate(ctx.today),
          учебный_год: year,
          куратор_должность: capitalized(s.curatorPosition.trim() || 'Куратор реализации программ наставничества'),
          куратор_подпись: signatureName(curatorOf(s)),
          участие: participationText(f, year),
          охват: coverageText(f),
          вывод_динамика: dynamicsText(f),
          вывод_эффективность: efficiencyText(f),
          вывод_удовлетворённость: satisfactionText(f),
        },
        lists: {
          показатели: indicatorRows(f),
          динамика: f.dynamics.map((d, i) => ({
            '№': String(i + 1), пара: d.pairCode, наставляемый: d.mentee, до: pct(d.before), после: pct(d.after),
            изменение: d.before !== undefined && d.after !== undefined ? signedDecimal(d.after - d.before) : '—',
          })),
          уровни: levelRows(f),
          выводы: conclusions(f).map((вывод, i) => ({ '№': String(i + 1), вывод })),
        },
        charts: reportCharts(f),
      },
    },
  };
}
