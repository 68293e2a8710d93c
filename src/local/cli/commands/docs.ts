import { join } from 'node:path';
import { UsageError, requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { DOCUMENT_KINDS, isDocumentKind } from '../../../domain/documents/catalog';
import { readWorkbookTables, openWorkbook, saveWorkbook } from '../../excel/bankFile';
import { generateDocxFiles } from '../../documents/generate';
import { recordDocxRun, runChangesWorkbook } from '../../documents/register';
import { orderLabel } from '../../../domain/documents/signing';

export const docsCommand: Command = {
  name: 'docs',
  usage: `docs FILE.xlsx --out DIR [--kind ${DOCUMENT_KINDS.join('|')}] [--templates DIR]`,
  summary: 'приказы, программы, справка и сводка в DOCX (все виды, если --kind не указан); приказы — в реестр «Приказы»',
  args: { options: ['out', 'kind', 'templates'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: docs FILE.xlsx --out DIR');
    const out = requireOption(args, 'out', 'папку для документов');
    const kind = args.options.get('kind');
    if (kind !== undefined && !isDocumentKind(kind)) throw new UsageError(`неизвестный вид документа «${kind}»; возможны: ${DOCUMENT_KINDS.join(', ')}`);
    const templates = args.options.get('templates') ?? join(out, 'Шаблоны');
    const workbook = await openWorkbook(file);
    const tables = readWorkbookTables(workbook);
    const run = await generateDocxFiles(tables, kind ? [kind] : DOCUMENT_KINDS, out, templates, io.now());
    if (runChangesWorkbook(run)) {
      recordDocxRun(workbook, tables, run, file);
      await saveWorkbook(workbook, file);
    }
    for (const path of run.files) io.out(path);
    if (run.templatesCreated.length > 0) io.err(`Шаблоны по умолчанию записаны в ${templates} (их можно править в Word): ${run.templatesCreated.length}.`);
    if (run.orders.length > 0) {
      io.err(`Приказы зарегистрированы на листе «Приказы» книги ${file} (статус «проект»): ${run.orders.map((o) => `№ ${o.record.number}`).join(', ')}.`);
      for (const order of run.orders) {
        if (order.pairsWrite) io.err(`Пары приказа № ${order.record.number} получили ссылку на него в столбце «Приказ»: ${order.pairCodes.join(', ')}.`);
      }
      const pairsOrder = run.orders.find((o) => o.pairsWrite);
      if (pairsOrder) io.err(`Когда директор подпишет приказ: npm run -s cli -- sign ${file} --order "${orderLabel(pairsOrder.record)}"`);
    }
    for (const note of run.notes) io.err(`Проверьте склонение: ${note}`);
    for (const skipped of run.skipped) io.err(`Пропущено: ${skipped}`);
    for (const problem of run.problems) io.err(`Не создано: ${problem}`);
    return run.problems.length > 0 ? 1 : 0;
  },
};
