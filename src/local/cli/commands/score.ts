import { UsageError, requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { readBank } from '../../../domain/bank/bank';
import { formatNumber } from '../../../domain/language/plural';
import { catalogFor } from '../../../domain/monitoring/catalog';
import { rosterOf } from '../../../domain/monitoring/process';
import { detectQuestionnaire } from '../../../domain/questionnaires/detect';
import { checkResponseHeader, isEssential, missingTimestampProblem, readResponses } from '../../../domain/questionnaires/responses';
import { itemMeans, latestPerRespondent, overallMean } from '../../../domain/scoring/aggregate';
import { scoreResponses } from '../../../domain/scoring/batch';
import { openWorkbook, readWorkbookTables } from '../../excel/bankFile';
import { readResponseFile } from '../../monitoring/response-file';

export const scoreCommand: Command = {
  name: 'score',
  usage: 'score FILE.xlsx --responses RESP.(xlsx|csv) [--questionnaire ID] [--json]',
  summary: 'оценить таблицу ответов формы: баллы, уровни, отклонённые ответы с причиной',
  args: { options: ['responses', 'questionnaire'], flags: ['json'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: score FILE.xlsx --responses RESP.xlsx');
    const responsesFile = requireOption(args, 'responses', 'файл ответов (.xlsx или .csv)');
    const bank = readBank(readWorkbookTables(await openWorkbook(file)));
    const catalog = catalogFor(bank);
    const wanted = args.options.get('questionnaire');
    // Entry and final diagnostics have the same titles: a named questionnaire reads its own sheet of the workbook.
    const table = await readResponseFile(responsesFile, catalog.find((candidate) => candidate.id === wanted)?.responseSheet);
    const scoredIds = catalog.filter((candidate) => candidate.kind === 'scored').map((candidate) => candidate.id).join(', ');
    const questionnaire = wanted ? catalog.find((candidate) => candidate.id === wanted) : detectQuestionnaire(catalog, table.header);
    if (!questionnaire) {
      throw new UsageError(wanted
        ? `анкеты «${wanted}» нет; оцениваются: ${scoredIds}`
        : `не удалось узнать анкету по заголовкам таблицы ответов; укажите её: --questionnaire ${scoredIds.split(', ')[0]} (оцениваются: ${scoredIds})`);
    }
    if (questionnaire.kind !== 'scored') {
      throw new UsageError(`анкета «${questionnaire.title}» (${questionnaire.id}) не оценивается баллами: её ответы попадают в банк; оцениваются: ${scoredIds}`);
    }
    const header = checkResponseHeader(questionnaire, table.header);
    const warnings = [
      ...(header.timestamp ? [] : [`${missingTimestampProblem()}; все ответы будут отклонены`]),
      ...header.missing.filter(isEssential).map((item) => `в таблице ответов нет столбца «${item.title}»: ответы без него будут отклонены`),
      ...header.extra.map((title) => `столбец «${title}» не относится к анкете и не учитывается`),
    ];
    const responses = readResponses(questionnaire, table);
    const batch = scoreResponses(questionnaire, responses, rosterOf(bank));

    if (args.flags.has('json')) {
      for (const warning of warnings) io.err(`Внимание: ${warning}.`);
      io.out(JSON.stringify({
        results: batch.results.map((result) => ({
          questionnaire: result.questionnaireId, stage: result.stage, participant: result.participant ?? null, pair: result.pair ?? null,
          score: result.total, max: result.max, level: result.level.label,
        })),
        rejected: batch.rejected.map((rejection) => ({ row: rejection.row, reason: rejection.reason })),
      }, null, 2));
      return batch.rejected.length ? 1 : 0;
    }

    io.out(`Анкета «${questionnaire.title}» (${questionnaire.id}), этап: ${questionnaire.stage}. Таблица: ${table.source ?? responsesFile}.`);
    for (const warning of warnings) io.out(`Внимание: ${warning}.`);
    for (const result of batch.results) {
      const who = [result.participant ? `участник ${result.participant}` : '', result.pair ? `пара ${result.pair}` : ''].filter(Boolean).join(', ');
      io.out(`Строка ${result.row}: ${who} — ${formatNumber(result.total)} из ${result.max} (${formatNumber(result.percent)} %), ${result.level.label}`
        + (result.lowItems.length ? `; низкие пункты: ${result.lowItems.join('; ')}` : ''));
    }
    for (const rejection of batch.rejected) io.out(`ОТКЛОНЁН ответ в строке ${rejection.row}: ${rejection.reason}.`);
    const latest = latestPerRespondent(batch.results);
    const overall = overallMean(questionnaire.scoring!, latest);
    io.out(`Итого: оценено ${batch.results.length}, отклонено ${batch.rejected.length}, повторных доставок ${batch.skipped}.`);
    if (overall.mean !== null) {
      io.out(`Среднее (по последнему ответу каждого): ${formatNumber(overall.mean)} из ${questionnaire.scoring!.max} — ${overall.level!.label}.`);
      const low = itemMeans(questionnaire, latest).filter((item) => item.low);
      if (low.length) io.out(`Низкие пункты: ${low.map((item) => `«${item.title}» (${formatNumber(item.mean!)})`).join('; ')}.`);
    }
    return batch.rejected.length ? 1 : 0;
  },
};
