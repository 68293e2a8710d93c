/**
 * The demo's monitoring step: the sample school's teachers «answer» the questionnaires (simulated response sheets in
 * the workbook), every response is scored as «Пересчитать всё» would, and «Результаты», «Обработка ответов» and
 * «Мониторинг» are filled. Registered in the demo's list of steps.
 */
import { readBank } from '../../domain/bank/bank';
import { formatNumber } from '../../domain/language/plural';
import { catalogFor } from '../../domain/monitoring/catalog';
import { planDashboard } from '../../domain/monitoring/dashboard-plan';
import { MONITORING_SHEETS, rosterOf } from '../../domain/monitoring/process';
import { planRecompute } from '../../domain/monitoring/recompute';
import { summariseMonitoring } from '../../domain/scoring/monitoring';
import { openWorkbook, readWorkbookTables } from '../excel/bankFile';
import { applyAppend, applyColumnWrite, applyRewrite, ensureWorksheet, findWorksheet, writeRows } from '../excel/write';
import { datesBefore, simulateResponses, type SimulationDates } from './simulate';
import { workbookSources, writeDashboardToWorkbook } from './workbook';
import { saveBank } from '../excel/bankSession';
import { DEMO_SAVE } from '../demo/save';

export interface MonitoringDemoContext {
  bankPath: string;
  /** When the responses are scored and «Мониторинг» is rebuilt. */
  now: Date;
  /** When each questionnaire was answered; by default counted back from `now`. */
  dates?: SimulationDates;
}

export const monitoringDemoStep = {
  title: 'Мониторинг: ответы на анкеты, баллы, уровни и лист «Мониторинг»',
  async run(context: MonitoringDemoContext): Promise<string[]> {
    const workbook = await openWorkbook(context.bankPath);
    const tables = readWorkbookTables(workbook, MONITORING_SHEETS);
    const bank = readBank(tables);
    const catalog = catalogFor(bank);
    const simulation = simulateResponses(catalog, bank, context.dates ?? datesBefore(context.now));
    for (const [id, table] of simulation.tables) {
      const questionnaire = catalog.find((candidate) => candidate.id === id)!;
      const existing = findWorksheet(workbook, questionnaire.responseSheet);
      if (existing) workbook.removeWorksheet(existing.id);
      writeRows(ensureWorksheet(workbook, questionnaire.responseSheet), 1, 1, [table.header, ...table.rows]);
    }
    const plan = planRecompute(workbookSources(workbook, catalog), tables, context.now);
    for (const append of plan.appends) applyAppend(workbook, append);
    for (const cell of plan.cells) applyColumnWrite(workbook, cell);
    applyRewrite(workbook, plan.results);
    applyRewrite(workbook, plan.processing);
    writeDashboardToWorkbook(workbook, planDashboard(catalog, plan.scored.results, plan.tables, [], context.now));
    await saveBank(workbook, context.bankPath, DEMO_SAVE);

    const total = [...simulation.counts.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `Ответов на анкеты: ${total} (листы «Ответы — …»); оценено ${plan.scored.results.length}, отклонено ${plan.scored.rejected.length} — причины на листе «Обработка ответов»:`,
      ...plan.scored.rejected.map((rejection) => `  строка ${rejection.row} листа ответов «${catalog.find((q) => q.id === rejection.questionnaireId)!.responseSheet}»: ${rejection.reason}`),
    ];
    const summary = summariseMonitoring(catalog, plan.scored.results, rosterOf(bank));
    for (const section of summary.instruments) {
      if (section.stages === 'before-after' && section.comparison && section.comparison.programme.delta !== null) {
        const { before, after, delta, people } = section.comparison.programme;
        lines.push(`${section.title}: ${formatNumber(before!)} → ${formatNumber(after!)} из ${section.spec.max} (${delta! >= 0 ? '+' : '−'}${formatNumber(Math.abs(delta!))}), участников с обеими анкетами: ${people}`);
      } else if (section.overall.mean !== null) {
        const levels = section.distribution.map(({ level, count }) => `${level.label} — ${count}`).join(', ');
        lines.push(`${section.title}: в среднем ${formatNumber(section.overall.mean)} из ${section.spec.max}, ${section.overall.level!.label} (${levels})`);
      }
    }
    if (!bank.pairs.length) lines.push('Пар в банке нет: оценка эффективности по парам появится после подбора пар.');
    lines.push('Листы «Результаты», «Обработка ответов» и «Мониторинг» заполнены (диаграммы строятся в Google Таблицах).');
    return lines;
  },
};
