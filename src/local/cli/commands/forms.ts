import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireOption, requirePositional } from '../args';
import type { Command } from '../command';
import { readBank } from '../../../domain/bank/bank';
import { catalogFor } from '../../../domain/monitoring/catalog';
import { questionnaireJson } from '../../../domain/questionnaires/export';
import { questionnaireProblems } from '../../../domain/questionnaires/validation';
import { openWorkbook, readWorkbookTables } from '../../excel/bankFile';
import { questionnaireHtml } from '../../monitoring/preview';

export const formsCommand: Command = {
  name: 'forms',
  usage: 'forms FILE.xlsx --out DIR',
  summary: 'анкеты мониторинга: DIR/<id>.json и DIR/<id>.html для просмотра',
  args: { options: ['out'] },
  async run(args, io) {
    const file = requirePositional(args, 0, 'файл банка: forms FILE.xlsx --out DIR');
    const dir = requireOption(args, 'out', 'папку для анкет');
    const catalog = catalogFor(readBank(readWorkbookTables(await openWorkbook(file))));
    mkdirSync(dir, { recursive: true });
    for (const questionnaire of catalog) {
      writeFileSync(join(dir, `${questionnaire.id}.json`), `${JSON.stringify(questionnaireJson(questionnaire), null, 2)}\n`);
      writeFileSync(join(dir, `${questionnaire.id}.html`), questionnaireHtml(questionnaire));
      const problems = questionnaireProblems(questionnaire);
      io.out(`${questionnaire.id}.json, ${questionnaire.id}.html — ${questionnaire.title}${problems.length ? ` (пока нельзя создать форму: ${problems.join(' ')})` : ''}`);
    }
    io.out(`Анкет: ${catalog.length}. Папка: ${dir}`);
    return 0;
  },
};
