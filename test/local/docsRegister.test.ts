import { createHash } from 'node:crypto';
import { BANK_AGREEMENT_FILES } from '../helpers/agreementFiles';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ORDER_COLUMNS as O, PAIR_COLUMNS as P, LOG_COLUMNS as L, SHEET } from '../../src/domain/bank/schema';
import { PAIRS_ORDER_TITLE } from '../../src/domain/documents/orders/pairs';
import { cli, tempDir } from '../helpers/cli';
import { midYearGrids } from '../helpers/documentsBank';
import { NOW } from '../helpers/sampleTables';
import { sheetRecords, writeGrids } from '../helpers/workbookFile';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const byCode = async (file: string) => new Map((await sheetRecords(file, SHEET.pairs)).map((r) => [r[P.code], r]));

describe('docs records what it made in the workbook', () => {
  test('the pairs order: a «Приказы» row, «Приказ» for the pairs it lists, a «Журнал» row', async () => {
    const file = await writeGrids(midYearGrids());
    const out = join(dirname(file), 'Документы');
    const before = await byCode(file);
    const run = await cli('docs', file, '--out', out, '--kind', 'order-pairs');
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Когда директор подпишет приказ: npm run -s cli -- sign ${file} --order "1-од от 20.11.2026"`);

    const register = await sheetRecords(file, SHEET.orders);
    const name = `Приказ № 1-од от 20.11.2026 ${PAIRS_ORDER_TITLE}.docx`;
    expect(register).toEqual([{
      [O.number]: '1-од', [O.date]: new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate()), [O.kind]: PAIRS_ORDER_TITLE, [O.title]: PAIRS_ORDER_TITLE,
      [O.link]: join('Документы', name), [O.pdf]: null, [O.status]: 'проект', [O.pairs]: 'П-004',
    }]);
    // The link is relative to the workbook's folder and names the file that was written.
    expect(existsSync(join(dirname(file), String(register[0][O.link])))).toBe(true);

    const pairs = await byCode(file);
    expect(pairs.get('П-004')![P.order]).toBe('1-од от 20.11.2026');
    for (const code of ['П-001', 'П-002', 'П-003']) expect(pairs.get(code)).toEqual(before.get(code));
    expect(pairs.get('П-004')![P.status]).toBe('предложена');

    const log = await sheetRecords(file, SHEET.log);
    expect(log.map((r) => [r[L.action], r[L.codes], r[L.details]])).toEqual([[`Документ: ${PAIRS_ORDER_TITLE}`, 'П-004', '№ 1-од']]);
  });

  test('a rerun issues no order twice and overwrites no file: made programmes are skipped, the report and summary get new names', async () => {
    const file = await writeGrids(midYearGrids());
    const out = tempDir();
    expect((await cli('docs', file, '--out', out)).code).toBe(0);
    const again = await cli('docs', file, '--out', out);
    expect(again.code).toBe(0);
    expect(again.out.split('\n').map((p) => p.slice(out.length + 1))).toEqual([
      'Аналитическая справка по итогам мониторинга от 20.11.2026 (2).docx',
      'Сведения о реализации системы наставничества от 20.11.2026 (2).docx',
    ]);
    expect(again.err).toContain('Не перезаписано: файл «Аналитическая справка по итогам мониторинга от 20.11.2026.docx» уже есть и не перезаписан');
    const skipped = again.err.split('\n').filter((l) => l.startsWith('Пропущено: '));
    expect(skipped).toHaveLength(6);
    // The curator may have filled in a programme, the mentor signed an agreement: a rerun leaves them as they are.
    expect(skipped.join('\n')).toContain('уже есть и не перезаписаны (их могли дополнить) — Программа П-002 (А.С. Швец), Программа П-004 (Л.Н. Осадчая)');
    expect(skipped.join('\n')).toContain('уже включены в приказ, ждущий подписи (1-од от 20.11.2026');
    expect(skipped.join('\n')).toContain('Куратор Гумерова Г.М. уже назначен на 2026/2027 учебный год приказом № 2-од от 20.11.2026');
    expect(skipped.join('\n')).toContain('уже поощрены (П-001');
    expect(skipped.join('\n')).toContain('уже есть в приказах о завершении');
    const agreements = BANK_AGREEMENT_FILES.map((path) => path.split('/')[1].replace(/\.docx$/, ''));
    expect(skipped.join('\n')).toContain(`уже есть и не перезаписаны (их могли дополнить) — ${agreements.join(', ')}`);

    const register = await sheetRecords(file, SHEET.orders);
    expect(register.map((r) => [r[O.number], r[O.pairs]])).toEqual([['1-од', 'П-004'], ['2-од', null], ['3-од', 'П-001'], ['4-од', 'П-001; П-003']]);
    expect(register[1][O.title]).toBe('О назначении куратора реализации программ наставничества педагогических работников (Гумерова Г.М.)');
    expect(register.every((r) => r[O.status] === 'проект')).toBe(true);
    // Documents outside the workbook's folder are linked by their full path.
    expect(register[0][O.link]).toMatch(/^\//);
    const pairs = await byCode(file);
    expect(pairs.get('П-004')![P.order]).toBe('1-од от 20.11.2026');
    expect([...pairs.values()].filter((p) => p[P.order]).map((p) => p[P.code])).toEqual(['П-004']);
    // One «Журнал» row per document, one for all the programmes, one for all the agreements: 8, then 2 for what the rerun made.
    const log = await sheetRecords(file, SHEET.log);
    expect(log).toHaveLength(10);
    expect(log.filter((r) => r[L.action] === 'Документы: соглашения с наставниками').map((r) => r[L.details])).toEqual(['7 документов (DOCX)']);
    expect(log.filter((r) => r[L.action] === 'Документы: программы наставничества').map((r) => r[L.codes])).toEqual(['П-002; П-004']);
  });

  test('the school\'s own «-од» series continues: a row the curator typed, a draft whose number was changed', async () => {
    const grids = midYearGrids();
    // The school's last order of the year, typed by hand: number and date (as text, the way Excel keeps it).
    grids[SHEET.orders].push(['347-од', '18.11.2026', 'О режиме работы', 'О режиме работы', '', '', 'подписан']);
    const file = await writeGrids(grids);
    const out = tempDir();
    expect((await cli('docs', file, '--out', out, '--kind', 'order-pairs')).code).toBe(0);
    expect((await sheetRecords(file, SHEET.orders)).map((r) => r[O.number])).toEqual(['347-од', '348-од']);
    // The curator renumbers the draft to the school's journal before signing: the next order follows it.
    const renumbered = await writeGrids({ ...midYearGrids(), [SHEET.orders]: [grids[SHEET.orders][0], ['360-од', '19.11.2026', PAIRS_ORDER_TITLE, PAIRS_ORDER_TITLE, '', '', 'проект', 'П-004']] });
    const next = await cli('docs', renumbered, '--out', out, '--kind', 'order-curator');
    expect(next.out).toContain('Приказ № 361-од от 20.11.2026');
  });

  test('a pairs order that cannot write «Приказ» is not made, and nothing is registered', async () => {
    const grids = midYearGrids();
    const column = grids[SHEET.pairs][0].indexOf(P.order);
    grids[SHEET.pairs] = grids[SHEET.pairs].map((row) => row.filter((_, i) => i !== column));
    const file = await writeGrids(grids);
    const before = hash(file);
    const out = tempDir();
    const run = await cli('docs', file, '--out', out, '--kind', 'order-pairs');
    expect(run.code).toBe(1);
    expect(run.err).toContain('На листе «Пары» нет столбца «Приказ»: документ не создан, ничего не изменено.');
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(hash(file)).toBe(before);
  });
});
