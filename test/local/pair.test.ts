import { LOG_COLUMNS as L, MENTEE_COLUMNS as E, MENTOR_COLUMNS as M, PAIR_COLUMNS as P, SHEET } from '../../src/domain/bank/schema';
import { openWorkbook, readWorkbookTables } from '../../src/local/excel/bankFile';
import { parseArgs } from '../../src/local/cli/args';
import { pairCommand } from '../../src/local/cli/commands/pair';
import { runCli as runMain } from '../../src/local/cli/main';
import { pairingDemoStep } from '../../src/local/demo/pairing';
import { BankFileError } from '../../src/local/excel/bankFile';
import { ICT, menteeRow, mentorRow, pairingGrids, type BankRows } from '../helpers/pairingBank';
import { writeGrids } from '../helpers/workbookFile';

const NOW = new Date(2026, 10, 20, 10, 30);
const GIA = 'оценивание и подготовка к ГИА';
const PARENTS = 'взаимодействие с родителями';

const bankFile = (rows: BankRows): Promise<string> => writeGrids(pairingGrids(rows));

/** The whole CLI (exit codes and messages of main.ts) with the pair command. */
async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMain(['pair', ...argv], { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The command as `npm run -s cli -- pair …` runs it (argument parsing included). */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [name, ...rest] = argv;
  expect(name).toBe(pairCommand.name);
  const code = await pairCommand.run(parseArgs(rest, pairCommand.args), { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Greedy would give X to А (her best) and leave Б, whose only acceptable mentor is X, without one. */
const greedyTrap: BankRows = {
  mentors: [
    mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: [ICT, PARENTS, GIA].join('; '), [M.subjects]: 'математика' }),
    mentorRow('НС-002', 'Белова Нина Ивановна', { [M.competences]: [ICT, PARENTS].join('; '), [M.experience]: 2 }),
  ],
  mentees: [
    menteeRow('НП-001', 'Андреева Алла Петровна', { [E.deficits]: [ICT, PARENTS].join('; '), [E.subjects]: 'математика' }),
    menteeRow('НП-002', 'Борисова Юлия Олеговна', { [E.deficits]: GIA, [E.subjects]: 'физика' }),
    menteeRow('НП-003', 'Власова Ирина Игоревна', { [E.deficits]: GIA, [E.consentData]: 'нет' }),
  ],
};

describe('npm run -s cli -- pair', () => {
  test('--json prints exactly the specified shape; the optimal proposal serves both where greedy would not', async () => {
    const file = await bankFile(greedyTrap);
    const run = await cli('pair', file, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(['pairs', 'unpaired', 'totalScore']);
    expect(json.pairs.map((p: { mentor: string; mentees: string[] }) => [p.mentor, p.mentees])).toEqual([['НС-001', ['НП-002']], ['НС-002', ['НП-001']]]);
    for (const p of json.pairs) {
      expect(Object.keys(p)).toEqual(['mentor', 'mentees', 'score', 'reasons']);
      expect(typeof p.score).toBe('number');
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    expect(json.unpaired).toEqual([{ mentee: 'НП-003', reason: 'нет согласия наставляемого на обработку персональных данных' }]);
    expect(json.totalScore).toBe(json.pairs.reduce((s: number, p: { score: number }) => s + p.score, 0));
  });

  test('without --write nothing is written; with --write «Пары» and «Журнал» get the rows', async () => {
    const file = await bankFile(greedyTrap);
    const dry = await cli('pair', file);
    expect(dry.out).toContain('Предложено: 2 пары (наставляемых: 2), без пары: 1');
    expect(dry.out).toContain('Ничего не записано');
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]?.rows).toEqual([]);

    const write = await cli('pair', file, '--write');
    expect(write.code).toBe(0);
    expect(write.out).toContain('Записано в «Пары»');
    const tables = readWorkbookTables(await openWorkbook(file));
    const pairs = tables[SHEET.pairs]!;
    const col = (h: string) => pairs.header.indexOf(h);
    expect(pairs.rows.map((r) => [r[col(P.code)], r[col(P.mentorCode)], r[col(P.menteeCodes)], r[col(P.status)]])).toEqual([
      ['П-001', 'НС-001', 'НП-002', 'предложена'],
      ['П-002', 'НС-002', 'НП-001', 'предложена'],
    ]);
    expect(pairs.rows[0][col(P.start)]).toEqual(new Date(2026, 10, 20));
    expect(pairs.rows[0][col(P.end)]).toEqual(new Date(2027, 4, 31));
    const log = tables[SHEET.log]!;
    expect(log.rows.at(-1)?.[log.header.indexOf(L.codes)]).toBe('П-001; П-002');

    // Everyone is paired now: a second run proposes nothing new and writes nothing.
    const again = JSON.parse((await cli('pair', file, '--json', '--write')).out);
    expect(again.pairs).toEqual([]);
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]?.rows).toHaveLength(2);
  });

  test('--write --start --end sets the planned period; a period out of 3–12 months is refused before anything is written', async () => {
    const file = await bankFile(greedyTrap);
    const bad = await runCli(file, '--write', '--start', '01.12.2026', '--end', '15.01.2027');
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/^Ошибка: Срок программы — от 3 до 12 месяцев, а с 01\.12\.2026 по 15\.01\.2027 меньше 3 месяцев\. Использование: /) });
    expect((await runCli(file, '--start', '01.12.2026')).err).toMatch(/^Ошибка: --start и --end задают срок записываемых пар: добавьте --write\./);
    expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]?.rows).toEqual([]);

    const run = await runCli(file, '--write', '--start', '01.12.2026', '--end', '30.06.2027');
    expect(run.code).toBe(0);
    const pairs = readWorkbookTables(await openWorkbook(file))[SHEET.pairs]!;
    const at = (h: string) => pairs.header.indexOf(h);
    expect(pairs.rows.map((r) => [r[at(P.start)], r[at(P.end)]])).toEqual([
      [new Date(2026, 11, 1), new Date(2027, 5, 30)],
      [new Date(2026, 11, 1), new Date(2027, 5, 30)],
    ]);
  });

  test('bad input: no mentors, text capacity, a duplicated mentor — a reason each, no crash', async () => {
    const none = JSON.parse((await cli('pair', await bankFile({ mentors: [], mentees: greedyTrap.mentees.slice(0, 1) }), '--json')).out);
    expect(none.unpaired).toEqual([{ mentee: 'НП-001', reason: 'в банке нет наставников: лист «Наставники» пуст' }]);

    const file = await bankFile({
      mentors: [
        mentorRow('НС-001', 'Орлова Вера Павловна', { [M.capacity]: 'много', [M.competences]: ICT }),
        mentorRow('НС-002', 'Белова Нина Ивановна', { [M.competences]: ICT }),
        mentorRow('НС-002', 'Белова Нина Ивановна', { [M.competences]: ICT }),
      ],
      mentees: [menteeRow('НП-001', 'Андреева Алла Петровна', { [E.deficits]: ICT }), menteeRow('НП-002', 'Борисова Юлия Олеговна')],
    });
    const run = await cli('pair', file);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/НС-001 Орлова В\.П\.: наставник: ошибки в строке 2 листа «Наставники» \(«Макс\. наставляемых»: /);
    expect(run.out).toContain('НС-002 Белова Н.И.: код наставника НС-002 повторяется на листе «Наставники» (строки 3, 4): исправьте код');
    expect(run.out).toContain('НП-001 Андреева А.П.: нет доступных наставников');
  });

  test('one mentor on two rows (two codes, one email) is booked once; namesakes with other emails are a warning, both stay', async () => {
    const file = await bankFile({
      mentors: [
        mentorRow('НС-001', 'Орлова Вера Павловна', { [M.email]: 'orlova@school.ru', [M.competences]: ICT }),
        mentorRow('НС-002', 'Орлова Вера Павловна', { [M.email]: 'Orlova@school.ru', [M.competences]: ICT }),
        mentorRow('НС-003', 'Орлова Вера Павловна', { [M.email]: 'v.orlova@school.ru', [M.competences]: ICT }),
      ],
      mentees: ['НП-001', 'НП-002', 'НП-003'].map((code, i) => menteeRow(code, `Андреева Алла ${['Петровна', 'Ивановна', 'Олеговна'][i]}`, { [E.deficits]: ICT })),
    });
    const run = await cli('pair', file);
    expect(run.out).toContain('НС-002 Орлова В.П.: наставник: тот же человек, что в строке 2 листа «Наставники» (НС-001): у обеих строк email orlova@school.ru');
    expect(run.out).toContain('Внимание: лист «Наставники», строки 2 и 4, столбец «ФИО»: «Орлова Вера Павловна» (НС-001, НС-003) — однофамильцы или один человек?');
    const json = JSON.parse((await cli('pair', file, '--json')).out);
    expect(json.pairs.map((p: { mentor: string }) => p.mentor)).toEqual(['НС-001', 'НС-003']);
    expect(json.unpaired).toHaveLength(1);
  });

  test('--json with a group: a group\'s score is its mean, totalScore the sum over every mentee', async () => {
    const file = await bankFile({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: ICT, [M.capacity]: 2 })],
      mentees: [
        menteeRow('НП-001', 'Андреева Алла Петровна', { [E.deficits]: ICT }),
        menteeRow('НП-002', 'Борисова Юлия Олеговна', { [E.deficits]: [ICT, PARENTS].join('; ') }),
      ],
    });
    const json = JSON.parse((await cli('pair', file, '--json')).out);
    expect(json.pairs.map((p: { mentees: string[] }) => p.mentees)).toEqual([['НП-001', 'НП-002']]);
    const [group] = json.pairs as { score: number; mentees: string[] }[];
    // score = round(mean); totalScore = the members' scores added, so score × 2 is it up to the rounding.
    expect(Math.abs(json.totalScore - group.score * group.mentees.length)).toBeLessThanOrEqual(1);
    const text = (await cli('pair', file)).out;
    const members = [...text.matchAll(/^ {2}→ НП-00\d \S+ \S+: (\d+)\./gm)].map((m) => Number(m[1]));
    expect(members).toHaveLength(2);
    expect(json.totalScore).toBe(members[0] + members[1]);
    expect(members[0]).not.toBe(members[1]);
  });

  test('the text output shows a row\'s own reason: a mentee who asked for a group is told why the pair is one on one', async () => {
    const file = await bankFile({
      mentors: [mentorRow('НС-001', 'Орлова Вера Павловна', { [M.competences]: ICT, [M.capacity]: 3, [M.forms]: 'групповое; традиционное («один на один»)' })],
      mentees: [menteeRow('НП-001', 'Андреева Алла Петровна', { [E.deficits]: ICT, [E.preferredForm]: 'групповое' })],
    });
    const lines = (await cli('pair', file)).out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('НС-001 Орлова В.П. — традиционное («один на один»)'));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe('  других наставляемых для группы у наставника нет: вид «традиционное («один на один»)»');
    expect(lines[header + 2]).toMatch(/^ {2}→ НП-001 Андреева А\.П\.: \d+\. /);
  });

  test('an empty «Наставляемые» and a --write with nothing new say so', async () => {
    const empty = await bankFile({ mentors: greedyTrap.mentors, mentees: [] });
    const run = await cli('pair', empty, '--write');
    expect(run.out).toContain('В банке нет наставляемых: лист «Наставляемые» пуст — подбирать некого.');
    expect(run.out).not.toContain('Предложено');
    expect(run.out).toContain('Ничего не записано: новых пар нет');
    expect(run.out).not.toContain('Записано в «Пары»');
  });

  test('dates written by the CLI read as dd.mm.yyyy, also in a «Пары» sheet it creates', async () => {
    const file = await bankFile(greedyTrap);
    const workbook = await openWorkbook(file);
    workbook.removeWorksheet(workbook.getWorksheet(SHEET.pairs)!.id);
    await workbook.xlsx.writeFile(file);
    await cli('pair', file, '--write');
    const written = await openWorkbook(file);
    const pairs = written.getWorksheet(SHEET.pairs)!;
    const header = (pairs.getRow(1).values as unknown[]).map(String);
    expect(pairs.getCell(2, header.indexOf(P.start)).numFmt).toBe('dd.mm.yyyy');
    expect(pairs.getCell(3, header.indexOf(P.end)).numFmt).toBe('dd.mm.yyyy');
    const log = written.getWorksheet(SHEET.log)!;
    const logHeader = (log.getRow(1).values as unknown[]).map(String);
    expect(log.getCell(log.rowCount, logHeader.indexOf(L.time)).numFmt).toBe('dd.mm.yyyy hh:mm');
  });

  test('a missing file is a clear file error (the CLI prints it and exits with 2)', async () => {
    await expect(cli('pair', '/nonexistent/bank.xlsx')).rejects.toThrow(BankFileError);
    await expect(cli('pair', '/nonexistent/bank.xlsx')).rejects.toThrow('Не удалось открыть «/nonexistent/bank.xlsx»: файл не найден.');
  });
});

test('the demo step pairs the school, compares with greedy and writes «Пары»', async () => {
  const file = await bankFile(greedyTrap);
  const lines = await pairingDemoStep.run({ bankPath: file, now: NOW });
  expect(lines[0]).toBe('Предложено: 2 пары, наставляемых в парах: 2, без пары: 1.');
  expect(lines.find((l) => l.startsWith('Жадный подбор'))).toMatch(/в парах 1, .* оптимальный: 2,/);
  expect(lines.at(-1)).toMatch(/^Записано в «Пары»: 2 пары со статусом «предложена»/);
  expect(readWorkbookTables(await openWorkbook(file))[SHEET.pairs]?.rows).toHaveLength(2);
});
