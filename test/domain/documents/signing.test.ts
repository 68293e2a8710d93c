import { PAIR_COLUMNS as P, SHEET } from '../../../src/domain/bank/schema';
import { findOrder, planSigning } from '../../../src/domain/documents/signing';
import type { OrderRow } from '../../../src/domain/documents/sheets';
import { pairs } from './fixtures';
import { documentGrids } from '../../helpers/documentsBank';
import { tablesOf } from '../../helpers/sampleTables';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const row = (index: number, number: string, date: Date | null, status = 'проект'): OrderRow =>
  ({ index, record: { number, date, kind: 'x', title: 'x', link: '', pdf: '', status } });

describe('finding the order the curator names', () => {
  const register = [row(0, '1-од', d(2026, 9, 10), 'подписан'), row(1, '2-од', d(2026, 9, 10), 'подписан'), row(3, '1-од', d(2027, 5, 28)), row(4, '2-од', d(2027, 5, 28))];
  const found = (query: string) => {
    const result = findOrder(register, query);
    return result.ok ? result.row.index : result.problem;
  };

  test('a bare number that orders of two years share is not guessed: both are listed and the date asked for', () => {
    const problem = 'На листе «Приказы» несколько приказов № 2-од: № 2-од от 10.09.2026 «x»; № 2-од от 28.05.2027 «x». Укажите дату приказа, например «2-од от 10.09.2026».';
    expect(found('2-од')).toBe(problem);
    expect(found('№ 2-од')).toBe(problem);
    expect(found('2-ОД')).toBe(problem);
    expect(found(' 2 ')).toContain('несколько приказов № 2');
  });

  test('a bare number that only one order has names it', () => {
    const one = [register[0], register[1], row(3, '3-од', d(2027, 5, 28))];
    expect(findOrder(one, '3-од')).toMatchObject({ ok: true, row: { index: 3 } });
    expect(findOrder(one, '3')).toMatchObject({ ok: true, row: { index: 3 } });
  });

  test('with a date any year\'s order is named, as «Пары» → «Приказ» writes it', () => {
    expect(found('2-од от 10.09.2026')).toBe(1);
    expect(found('№ 1-од от 28.05.2027')).toBe(3);
  });

  test('unknown numbers and dates are explained with the orders that exist', () => {
    expect(found('3-од')).toBe('На листе «Приказы» нет приказа № 3-од (последние приказы: 1-од от 10.09.2026; 2-од от 10.09.2026; 1-од от 28.05.2027; 2-од от 28.05.2027).');
    expect(found('2-од от 11.09.2026')).toContain('нет приказа № 2-од от 11.09.2026');
    expect(found('2-од от 2026-09-10')).toContain('Дата приказа «2026-09-10» не читается');
    expect(findOrder([], '1')).toEqual({ ok: false, problem: 'На листе «Приказы» нет приказа № 1: реестр пуст — приказ попадает в него, когда его создают.' });
  });

  test('one order written twice (same number, date and cells) is signed once, the copy named', () => {
    const twice = [register[0], row(5, '3-од', d(2027, 5, 28)), row(6, '3-од', d(2027, 5, 28))];
    expect(findOrder(twice, '3-од')).toEqual({ ok: true, row: twice[1], copies: [8] });
    expect(findOrder(twice, '3-од от 28.05.2027')).toEqual({ ok: true, row: twice[1], copies: [8] });
    // The copy already marked signed: the row still waiting is the one signed.
    const oneSigned = [row(5, '3-од', d(2027, 5, 28), 'подписан'), row(6, '3-од', d(2027, 5, 28))];
    expect(findOrder(oneSigned, '3')).toEqual({ ok: true, row: oneSigned[1], copies: [7] });
  });

  test('two different orders with the same number and date: the rows are named, the date is not asked for again', () => {
    const clash = [row(5, '3-од', d(2027, 5, 28)), { index: 6, record: { ...row(6, '3-од', d(2027, 5, 28)).record, title: 'О поощрении' } }];
    const problem = 'На листе «Приказы» несколько разных приказов № 3-од от 28.05.2027: строка 7 «x»; строка 8 «О поощрении». Ничего не изменено: '
      + 'оставьте в реестре один приказ с этим номером и датой (у другого исправьте номер).';
    expect(findOrder(clash, '3-од')).toEqual({ ok: false, problem });
    expect(findOrder(clash, '3-од от 28.05.2027')).toEqual({ ok: false, problem });
  });
});

describe('the signing plan', () => {
  const grids = () => documentGrids({ pairs: [{ ...pairs[0], order: '1-од от 10.09.2026' }, { ...pairs[1], order: '1-од от 10.09.2026', status: 'действует' }, pairs[2]] });
  const withRegister = (g: ReturnType<typeof grids>) => {
    g[SHEET.orders].push(['1-од', d(2026, 9, 10), 'О закреплении', 'О закреплении', 'Документы/1.docx', '', 'проект']);
    return g;
  };

  test('writes «подписан» in the order\'s row and «утверждена» for its proposed pairs only', () => {
    const result = planSigning(tablesOf(withRegister(grids())), '1-од', d(2026, 9, 11));
    if (!result.ok) throw new Error(result.problem);
    const { plan } = result;
    expect(plan.row).toBe(2);
    expect(plan.registerWrite).toMatchObject({ sheet: SHEET.orders, column: 7, firstRow: 2, values: [['подписан']], changed: 1 });
    expect(plan.approved).toEqual(['П-001']);
    expect(plan.listed).toEqual(['П-001']);
    expect(plan.referencing).toEqual(['П-001', 'П-002']);
    expect(plan.pairsWrite?.values.map(([v]) => v)).toEqual(['утверждена', 'действует', 'предложена']);
  });

  test('refuses without «Приказы» or with «Статус» missing in «Пары»', () => {
    const noRegister = grids();
    delete (noRegister as Record<string, unknown>)[SHEET.orders];
    expect(planSigning(tablesOf(noRegister), '1', d(2026, 9, 11))).toEqual({ ok: false, problem: 'В книге нет листа «Приказы»: подписывать нечего.' });
    const g = withRegister(grids());
    const status = g[SHEET.pairs][0].indexOf(P.status);
    g[SHEET.pairs] = g[SHEET.pairs].map((r) => r.filter((_, i) => i !== status));
    expect(planSigning(tablesOf(g), '1', d(2026, 9, 11))).toEqual({ ok: false, problem: 'На листе «Пары» нет столбца «Статус»: ничего не изменено.' });
  });
});
