import { requirePositional } from '../args';
import type { Command } from '../command';
import { describeIssueLocation, issueCountText } from '../../../domain/bank/issueText';
import { checkBank } from '../../../domain/bank/validation';
import { openWorkbook, readWorkbookTables } from '../../excel/bankFile';
import { strayCellIssues } from '../../excel/extent';

export const checkCommand: Command = {
  name: 'check',
  usage: 'check FILE.xlsx [--json]',
  summary: 'проверить банк: ошибки и предупреждения с листом, строкой и столбцом',
  args: { flags: ['json'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: check FILE.xlsx');
    const workbook = await openWorkbook(file);
    const checked = checkBank(readWorkbookTables(workbook));
    // A stray value far from the data is not read (excel/extent.ts): the curator is told where it is.
    const report = { ...checked, warnings: [...checked.warnings, ...strayCellIssues(workbook)] };
    if (args.flags.has('json')) {
      const strip = ({ sheet, row, column, message }: (typeof report.errors)[number]) => ({ sheet, row, column, message });
      io.out(JSON.stringify({ errors: report.errors.map(strip), warnings: report.warnings.map(strip) }, null, 2));
    } else {
      for (const issue of report.errors) io.out(`ОШИБКА: ${describeIssueLocation(issue)}. ${issue.message}`);
      for (const issue of report.warnings) io.out(`Предупреждение: ${describeIssueLocation(issue)}. ${issue.message}`);
      io.out(issueCountText(report.errors.length, report.warnings.length));
    }
    return report.errors.length ? 1 : 0;
  },
};
