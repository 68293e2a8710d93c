/**
 * «Аналитическая справка о реализации целевой модели наставничества педагогических работников в …» (seed 004, road map
 * 7.1–7.2): what the municipal workbook holds, in the words, tables and charts a municipal authority signs. It reads
 * the workbook's own sheets, so a figure the municipal curator corrected there is the figure the report gives.
 */
import { parseNumber } from '../bank/cells';
import { type Cell, type Table, cellText, isBlankRow } from '../bank/table';
import { nothingNew, type BuildOutcome } from '../documents/build';
import { cell, empty, gap, grid, GOST_MARGINS, para, text, type DocumentLayout } from '../documents/layout';
import { decimal, share } from '../documents/report/wording';
import { count, longDate, signatureName } from '../documents/russian';
import type { ChartSpec, Item, TemplateData, TemplateSchema } from '../documents/template';
import { keepTogether } from '../language/typography';
import { CROSS_HEADER, INDICATOR_HEADER, LEVEL_COLUMNS, MUNICIPAL_SHEET, readParameters, type MunicipalParameters } from './workbook';

export const MUNICIPAL_REPORT_KIND = 'municipal-report';
export const MUNICIPAL_REPORT_TITLE = 'Аналитическая справка о реализации целевой модели наставничества';
export const MUNICIPAL_REPORT_TEMPLATE = `Шаблон — ${MUNICIPAL_REPORT_TITLE} (муниципалитет)`;

export const municipalReportSchema: TemplateSchema = {
  document: MUNICIPAL_REPORT_TITLE,
  fields: [
    { name: 'орган', description: 'орган управления образованием' },
    { name: 'территория', description: 'муниципальное образование после «в»: «муниципальном районе «Кизлярский район»»' },
    { name: 'учебный_год', description: 'учебный год' },
    { name: 'дата', description: 'дата справки' },
    { name: 'общие_сведения', description: 'кто представил сведения, словами' },
    { name: 'реестр', description: 'реестр наставников, словами' },
    { name: 'охват', description: 'охват молодых специалистов и целевой показатель, словами' },
    { name: 'эффективность', description: 'уровни эффективности и удовлетворённость, словами' },
    { name: 'межшкольные', description: 'межшкольные пары, словами' },
    { name: 'есть_охват', description: 'непусто, когда в организациях есть молодые специалисты (для диаграммы охвата)' },
    { name: 'есть_оценка', description: 'непусто, когда эффективность программ оценивалась (для диаграммы уровней)' },
    { name: 'куратор_должность', description: 'должность муниципального куратора' },
    { name: 'куратор_подпись', description: 'муниципальный куратор: «И.К. Шихабудинова»' },
  ],
  lists: [
    { name: 'школы', description: 'строка на образовательную организацию', required: false, fields: [
      { name: '№', description: '' }, { name: 'школа', description: '' }, { name: 'куратор', description: '' }, { name: 'дата', description: 'дата пакета сведений' }] },
    { name: 'показатели', description: 'строка на организацию и «Итого»', required: false, fields: [
      { name: 'школа', description: '' }, { name: 'наставников', description: '' }, { name: 'свободно', description: '' }, { name: 'пар', description: '' },
      { name: 'завершили', description: '' }, { name: 'приказов', description: 'приказов (подписано)' }] },
    { name: 'охват_школ', description: 'охват молодых специалистов по организациям', required: false, fields: [
      { name: 'школа', description: '' }, { name: 'молодых', description: '' }, { name: 'охвачено', description: '' }, { name: 'охват', description: '' },
      { name: 'цель', description: 'достигнут ли целевой показатель' }] },
    { name: 'уровни', description: 'уровни эффективности по организациям', required: false, fields: [
      { name: 'школа', description: '' }, { name: 'оптимальный', description: '' }, { name: 'допустимый', description: '' }, { name: 'недопустимый', description: '' },
      { name: 'удовлетворённость', description: 'из 10' }] },
    { name: 'пары', description: 'межшкольная пара', required: false, fields: [
      { name: '№', description: '' }, { name: 'школа_наставляемого', description: '' }, { name: 'наставляемый', description: 'код' }, { name: 'наставник', description: '' },
      { name: 'школа_наставника', description: '' }, { name: 'совместимость', description: '' }] },
    { name: 'выводы', description: 'абзац на каждый вывод', required: false, fields: [{ name: '№', description: '' }, { name: 'вывод', description: '' }] },
  ],
  charts: [
    { name: 'диаграмма_охват', description: 'диаграмма: охват молодых специалистов по организациям, %' },
    { name: 'диаграмма_уровни', description: 'диаграмма: пары по уровням эффективности в муниципалитете' },
  ],
};

const heading = (content: string) => para(content, { bold: true, spaceBefore: 12, spaceAfter: 6, keepWithNext: true });
const h = (title: string) => cell(title, { header: true });
const c = (content: string) => cell(content, { align: 'center' });

export function municipalReportTemplate(): DocumentLayout {
  return {
    margins: GOST_MARGINS, landscape: false, font: 'Times New Roman', size: 14,
    blocks: [
      para('{{орган}}', { align: 'center', bold: true, size: 12 }),
      empty(),
      para('АНАЛИТИЧЕСКАЯ СПРАВКА', { align: 'center', bold: true }),
      para('о реализации целевой модели наставничества педагогических работников в {{территория}} в {{учебный_год}} учебном году', { align: 'center', bold: true }),
      empty(),
      para('{{дата}}', { align: 'right' }),
      heading('1. Общие сведения'),
      text('{{общие_сведения}}'),
      grid([10, 90, 50, 30], [
        [h('№'), h('Образовательная организация'), h('Куратор'), h('Дата сведений')],
        [cell('{{#школы}}{{№}}', { align: 'center' }), cell('{{школа}}'), cell('{{куратор}}'), c('{{дата}}')],
      ], { headerRows: 1, size: 12 }),
      gap(),
      heading('2. Реестр наставников и показатели организаций'),
      text('{{реестр}}'),
      grid([62, 24, 24, 22, 24, 24], [
        [h('Организация'), h('Наставников в реестре'), h('Свободных мест'), h('Пар (групп)'), h('Завершили программу'), h('Приказов (подписано)')],
        [cell('{{#показатели}}{{школа}}'), c('{{наставников}}'), c('{{свободно}}'), c('{{пар}}'), c('{{завершили}}'), c('{{приказов}}')],
      ], { headerRows: 1, size: 12 }),
      gap(),
      heading('3. Охват молодых специалистов наставничеством'),
      text('{{охват}}'),
      grid([70, 26, 26, 28, 30], [
        [h('Организация'), h('Молодых специалистов'), h('Охвачено'), h('Охват'), h('Целевой показатель')],
        [cell('{{#охват_школ}}{{школа}}'), c('{{молодых}}'), c('{{охвачено}}'), c('{{охват}}'), c('{{цель}}')],
      ], { headerRows: 1, size: 12 }),
      gap(),
      para('{{?есть_охват}}'),
      para('{{диаграмма_охват}}', { align: 'center' }),
      para('{{/есть_охват}}'),
      heading('4. Эффективность персонализированных программ наставничества'),
      text('{{эффективность}}'),
      grid([70, 27, 27, 27, 29], [
        [h('Организация'), h('Оптимальный уровень'), h('Допустимый уровень'), h('Недопустимый уровень'), h('Удовлетворённость (из 10)')],
        [cell('{{#уровни}}{{школа}}'), c('{{оптимальный}}'), c('{{допустимый}}'), c('{{недопустимый}}'), c('{{удовлетворённость}}')],
      ], { headerRows: 1, size: 12 }),
      gap(),
      para('{{?есть_оценка}}'),
      para('{{диаграмма_уровни}}', { align: 'center' }),
      para('{{/есть_оценка}}'),
      heading('5. Межшкольное наставничество'),
      text('{{межшкольные}}'),
      para('{{?пары}}'),
      grid([10, 50, 22, 40, 40, 18], [
        [h('№'), h('Организация наставляемого'), h('Код наставляемого'), h('Наставник'), h('Организация наставника'), h('Совмести­мость')],
        [cell('{{#пары}}{{№}}', { align: 'center' }), cell('{{школа_наставляемого}}'), c('{{наставляемый}}'), cell('{{наставник}}'), cell('{{школа_наставника}}'), c('{{совместимость}}')],
      ], { headerRows: 1, size: 11 }),
      gap(),
      para('{{/пары}}'),
      heading('6. Выводы и рекомендации'),
      text('{{#выводы}}{{№}}. {{вывод}}'),
      empty(),
      empty(),
      grid([90, 40, 50], [[cell('{{куратор_должность}}'), cell(''), cell('{{куратор_подпись}}', { align: 'right' })]], { borders: false }),
    ],
  };
}

/** One school's row of «Показатели» as the report reads it back. */
interface SchoolRow {
  school: string;
  values: Map<string, Cell>;
}

function rowsOf(table: Table | undefined): SchoolRow[] {
  if (!table) return [];
  return table.rows.filter((row) => !isBlankRow(row)).map((row) => ({
    school: cellText(row[0]).trim(),
    values: new Map(table.header.map((header, i) => [header, row[i] ?? null])),
  }));
}

const valueOf = (row: SchoolRow, header: string): number => parseNumber(row.values.get(header) ?? null) ?? 0;
const optionalValue = (row: SchoolRow, header: string): number | undefined => parseNumber(row.values.get(header) ?? null);
const textOf = (row: SchoolRow, header: string): string => cellText(row.values.get(header) ?? null).trim();

const SCHOOLS = ['образовательная организация', 'образовательные организации', 'образовательных организаций'] as const;
const MENTORS = ['педагог', 'педагога', 'педагогов'] as const;

function quoted(names: readonly string[]): string {
  return names.map(keepTogether).join(', ');
}

export interface MunicipalTables {
  [name: string]: Table | undefined;
}

/** The report's content from the municipal workbook's sheets; nothing new when no school has sent its package. */
export function municipalReportData(tables: MunicipalTables, today: Date): BuildOutcome<{ data: TemplateData; parameters: MunicipalParameters }> {
  const p = readParameters(tables[MUNICIPAL_SHEET.parameters]);
  const schools = rowsOf(tables[MUNICIPAL_SHEET.schools]);
  const all = rowsOf(tables[MUNICIPAL_SHEET.indicators]);
  if (schools.length === 0 || all.length === 0) {
    return nothingNew(`В книге нет листов «${MUNICIPAL_SHEET.schools}» и «${MUNICIPAL_SHEET.indicators}» со сведениями школ: сначала составьте сводку командой municipal.`);
  }
  const problems: string[] = [];
  if (!p.curatorName) problems.push(`На листе «${MUNICIPAL_SHEET.parameters}» не заполнен параметр «Муниципальный куратор (ФИО)»: справку некому подписать.`);
  if (problems.length > 0) return { ok: false, problems };
  const total = all.find((r) => r.school === 'Итого') ?? all[all.length - 1];
  const bySchool = all.filter((r) => r !== total);
  const [I] = [INDICATOR_HEADER];
  const years = [...new Set(schools.map((s) => textOf(s, 'Учебный год')).filter(Boolean))];
  const year = years[years.length - 1] ?? '';
  const names = schools.map((s) => s.school);

  const youngTotal = valueOf(total, I[5]);
  const youngCovered = valueOf(total, I[6]);
  const coverage = youngTotal > 0 ? (100 * youngCovered) / youngTotal : undefined;
  const below = bySchool.filter((r) => textOf(r, I[9]) === 'нет');
  const levelTotals = LEVEL_COLUMNS.map((l) => valueOf(total, l));
  const assessed = valueOf(total, I[13]);
  const satisfaction = optionalValue(total, I[14]);
  const crossRows = rowsOf(tables[MUNICIPAL_SHEET.crossSchool]);
  const proposed = crossRows.filter((r) => textOf(r, CROSS_HEADER[7]) !== '');
  const unmatched = crossRows.length - proposed.length;
  const withPlaces = bySchool.filter((r) => valueOf(r, I[2]) > 0);
  const unacceptable = bySchool.filter((r) => valueOf(r, LEVEL_COLUMNS[2]) > 0);
  const noPairs = bySchool.filter((r) => valueOf(r, I[3]) === 0);

  const conclusions: string[] = [];
  conclusions.push(coverage === undefined
    ? 'Молодых специалистов в организациях, представивших сведения, нет.'
    : below.length === 0
      ? `Целевой показатель охвата молодых специалистов наставничеством (${decimal(p.coverageTarget)}\u00a0%) достигнут во всех организациях, где есть молодые специалисты.`
      : `Целевой показатель охвата молодых специалистов (${decimal(p.coverageTarget)}\u00a0%) не достигнут: ${quoted(below.map((r) => r.school))}. ${below.length === 1 ? 'Руководителю организации' : 'Руководителям этих организаций'} рекомендуется закрепить наставников за молодыми специалистами, в том числе из других организаций (раздел 5).`);
  if (proposed.length > 0) {
    conclusions.push(`Кураторам организаций наставляемых рекомендуется рассмотреть ${count(proposed.length, ['предложенную межшкольную пару', 'предложенные межшкольные пары', 'предложенных межшкольных пар'])} (лист «Межшкольные пары» сводки) и по согласованию с организацией наставника закрепить пары приказом.`);
  }
  if (withPlaces.length > 0) {
    conclusions.push(`Организации, у наставников которых есть свободные места (${quoted(withPlaces.map((r) => r.school))}), рекомендуется рассмотреть для включения в Лигу образовательных организаций-менторов.`);
  }
  if (unacceptable.length > 0) {
    conclusions.push(`Организациям с программами недопустимого уровня эффективности (${quoted(unacceptable.map((r) => r.school))}) рекомендуется скорректировать программы или формы наставничества; муниципальному куратору — оказать методическую помощь.`);
  }
  if (noPairs.length > 0) {
    conclusions.push(`${noPairs.length === 1 ? 'В организации' : 'В организациях'} ${quoted(noPairs.map((r) => r.school))} наставнические пары (группы) ещё не сформированы: рекомендуется обеспечить формирование пар и их утверждение приказом.`);
  }
  if (satisfaction !== undefined && satisfaction < 7) {
    conclusions.push('Удовлетворённость участников ниже 7 из 10: рекомендуется проанализировать причины на совещании кураторов образовательных организаций.');
  }
  if (unmatched > 0) {
    conclusions.push(`Для ${count(unmatched, ['наставляемого', 'наставляемых', 'наставляемых'])} наставник не найден ни в одной организации: рекомендуется организовать обучение наставников по их профессиональным дефицитам.`);
  }

  const coverageChart: ChartSpec = {
    title: 'Охват молодых специалистов наставничеством, %',
    categories: bySchool.filter((r) => valueOf(r, I[5]) > 0).map((r) => r.school),
    series: [{ name: 'охват', values: bySchool.filter((r) => valueOf(r, I[5]) > 0).map((r) => Math.round(10 * valueOf(r, I[7])) / 10) }],
    unit: '%',
    max: 100,
    labels: bySchool.length <= 12,
  };
  const levelsChart: ChartSpec = {
    title: 'Пары (группы) по уровням эффективности программ',
    categories: LEVEL_COLUMNS.map((l) => l.replace(/ уровень$/, '')),
    series: [{ name: 'пар (групп)', values: levelTotals }],
    unit: 'пар (групп)',
    whole: true,
    labels: true,
  };
  const satisfactionText = satisfaction === undefined
    ? 'Анкетирование удовлетворённости участников в организациях ещё не проводилось.'
    : `Средняя удовлетворённость участников — ${decimal(satisfaction)} из 10 (по ${count(valueOf(total, I[15]), ['анкете', 'анкетам', 'анкетам'])}).`;
  const levelText = assessed === 0
    ? 'Оценка эффективности программ наставничества в организациях ещё не проводилась.'
    : `Эффективность программ оценена в ${count(assessed, ['паре (группе)', 'парах (группах)', 'парах (группах)'])}: ` +
      `${LEVEL_COLUMNS.map((l, i) => `${l.toLowerCase()} — ${levelTotals[i]}`).join(', ')}.`;
  const registerTotal = valueOf(total, I[1]);
  const curator = { fullName: p.curatorName, position: p.curatorPosition };
  const items = (rows: SchoolRow[], make: (r: SchoolRow) => Item) => rows.map(make);
  return {
    ok: true,
    value: {
      parameters: p,
      data: {
        fields: {
          орган: p.authority,
          территория: p.territory,
          учебный_год: year,
          дата: longDate(today),
          общие_сведения: `Сведения о реализации целевой модели наставничества представили ${count(schools.length, SCHOOLS)}: ${quoted(names)}.`,
          реестр: `В муниципальный реестр наставников включено ${count(registerTotal, MENTORS)} (наставники с согласием на наставничество и обработку персональных данных); ` +
            `свободных мест у наставников — ${valueOf(total, I[2])}. Наставнических пар (групп) — ${valueOf(total, I[3])}, завершили программу — ${valueOf(total, I[16])}, ` +
            `прекратили досрочно — ${valueOf(total, I[17])}; издано приказов — ${valueOf(total, I[18])} (подписано — ${valueOf(total, I[19])}).`,
          охват: coverage === undefined
            ? 'Молодых специалистов в организациях, представивших сведения, нет.'
            : `Наставничеством охвачено ${youngCovered} из ${youngTotal} молодых специалистов (${share(youngCovered, youngTotal)}) при целевом показателе ${decimal(p.coverageTarget)}\u00a0%; ` +
              (below.length === 0 ? 'показатель достигнут во всех организациях.' : `показатель не достигнут в ${count(below.length, ['организации', 'организациях', 'организациях'])}.`),
          эффективность: `${levelText} ${satisfactionText}`,
          межшкольные: proposed.length === 0
            ? 'Межшкольные пары не предложены: наставляемых без пары, которым подходят свободные наставники других организаций, нет.'
            : `Наставляемым, которым организации не смогли подобрать наставника, по тем же критериям подбора предложены наставники других организаций со свободными местами: ` +
              `${count(proposed.length, ['пара', 'пары', 'пар'])}${unmatched > 0 ? `; для ${count(unmatched, ['наставляемого', 'наставляемых', 'наставляемых'])} наставник не найден` : ''}. Решение о закреплении пары принимает организация наставляемого по согласованию с организацией наставника. Наставляемые указаны кодами: их персональные данные в управление образования не передаются.`,
          есть_охват: coverageChart.categories.length > 0 ? 'да' : '',
          есть_оценка: assessed > 0 ? 'да' : '',
          куратор_должность: p.curatorPosition,
          куратор_подпись: signatureName(curator),
        },
        lists: {
          школы: schools.map((s, i) => ({ '№': String(i + 1), школа: s.school, куратор: textOf(s, 'Куратор'), дата: textOf(s, 'Дата пакета') })),
          показатели: items(all, (r) => ({
            школа: r.school, наставников: String(valueOf(r, I[1])), свободно: String(valueOf(r, I[2])), пар: String(valueOf(r, I[3])),
            завершили: String(valueOf(r, I[16])), приказов: `${valueOf(r, I[18])} (${valueOf(r, I[19])})`,
          })),
          охват_школ: items(all, (r) => ({
            школа: r.school, молодых: String(valueOf(r, I[5])), охвачено: String(valueOf(r, I[6])), охват: share(valueOf(r, I[6]), valueOf(r, I[5])),
            цель: textOf(r, I[9]) === 'да' ? 'достигнут' : textOf(r, I[9]) === 'нет' ? 'не достигнут' : '—',
          })),
          уровни: items(all, (r) => {
            const s = optionalValue(r, I[14]);
            return {
              школа: r.school, оптимальный: String(valueOf(r, LEVEL_COLUMNS[0])), допустимый: String(valueOf(r, LEVEL_COLUMNS[1])),
              недопустимый: String(valueOf(r, LEVEL_COLUMNS[2])), удовлетворённость: s === undefined ? '—' : decimal(s),
            };
          }),
          пары: proposed.map((r, i) => ({
            '№': String(i + 1), школа_наставляемого: r.school, наставляемый: textOf(r, CROSS_HEADER[1]), наставник: textOf(r, CROSS_HEADER[5]),
            школа_наставника: textOf(r, CROSS_HEADER[8]), совместимость: textOf(r, CROSS_HEADER[11]),
          })),
          выводы: conclusions.map((вывод, i) => ({ '№': String(i + 1), вывод })),
        },
        charts: { диаграмма_охват: coverageChart, диаграмма_уровни: levelsChart },
      },
    },
  };
}
