import { join } from 'node:path';
import { UsageError, requireOption, requirePositional } from '../args';
import type { CliIO, Command } from '../command';
import { DOCUMENT_KINDS, isDocumentKind } from '../../../domain/documents/catalog';
import { BankFileError, openWorkbook } from '../../excel/bankFile';
import { editBank } from '../../excel/bankSession';
import { makeDocuments } from '../../documents/register';
import { orderLabel } from '../../../domain/documents/signing';
import { shellQuote } from '../quote';

const NOT_WRITTEN = 'Документы не записаны: они появляются только вместе с записью о них в банке.';
import { MUNICIPAL_REPORT_KIND } from '../../../domain/municipal/report';
import { writeMunicipalReport } from '../../municipal/report';

/** The municipal workbook's report (its sheets are not a school's bank). */
async function municipalReport(file: string, out: string, templates: string, io: CliIO): Promise<number> {
  const run = await writeMunicipalReport(await openWorkbook(file), out, templates, io.now());
  for (const path of run.files) io.out(path);
  if (run.templatesCreated.length > 0) io.err(`Шаблон по умолчанию записан в ${templates} (его можно править в Word): ${run.templatesCreated.length}.`);
  for (const problem of run.problems) io.err(`Не создано: ${problem}`);
  return run.problems.length > 0 ? 1 : 0;
}

export const docsCommand: Command = {
  name: 'docs',
  usage: `docs FILE.xlsx --out DIR [--kind ${[...DOCUMENT_KINDS, MUNICIPAL_REPORT_KIND].join('|')}] [--templates DIR]`,
  summary: 'приказы, программы, справка и сводка в DOCX (все виды, если --kind не указан); приказы — в реестр «Приказы»',
  args: { options: ['out', 'kind', 'templates'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: docs FILE.xlsx --out DIR');
    const out = requireOption(args, 'out', 'папку для документов');
    const kind = args.options.get('kind');
    if (kind === MUNICIPAL_REPORT_KIND) return municipalReport(file, out, args.options.get('templates') ?? join(out, 'Шаблоны'), io);
    if (kind !== undefined && !isDocumentKind(kind)) throw new UsageError(`неизвестный вид документа «${kind}»; возможны: ${DOCUMENT_KINDS.join(', ')}`);
    const templates = args.options.get('templates') ?? join(out, 'Шаблоны');
    // The documents are written only once the bank that registers them is saved, and under its lock.
    const run = await editBank(file, (workbook, session) => makeDocuments(workbook, file, kind ? [kind] : DOCUMENT_KINDS, { out, templates }, io.now(), () => (
      session.save().catch((error: unknown) => {
        throw error instanceof BankFileError ? new BankFileError(`${error.message} ${NOT_WRITTEN}`) : error;
      })
    )), { command: 'docs' });
    for (const path of run.files) io.out(path);
    if (run.templatesCreated.length > 0) io.err(`Шаблоны по умолчанию записаны в ${templates} (их можно править в Word): ${run.templatesCreated.length}.`);
    if (run.orders.length > 0) {
      io.err(`Приказы зарегистрированы на листе «Приказы» книги ${file} (статус «проект»): ${run.orders.map((o) => `№ ${o.record.number}`).join(', ')}.`);
      for (const order of run.orders) {
        if (order.pairsWrite) io.err(`Пары приказа № ${order.record.number} получили ссылку на него в столбце «Приказ»: ${order.pairCodes.join(', ')}.`);
      }
      const pairsOrder = run.orders.find((o) => o.pairsWrite);
      if (pairsOrder) io.err(`Когда директор подпишет приказ: npm run -s cli -- sign ${shellQuote(file)} --order "${orderLabel(pairsOrder.record)}"`);
    }
    for (const note of run.notes) io.err(`Проверьте склонение: ${note}`);
    for (const skipped of run.skipped) io.err(`Пропущено: ${skipped}`);
    for (const renamed of run.renamed) io.err(`Не перезаписано: ${renamed}`);
    for (const problem of run.problems) io.err(`Не создано: ${problem}`);
    return run.problems.length > 0 ? 1 : 0;
  },
};
