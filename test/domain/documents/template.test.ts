import {
  applyEdits, checkTemplate, findTags, normalizeName, planRender,
  type OutlineBlock, type PlannedBlock, type TemplateData, type TemplateSchema,
} from '../../../src/domain/documents/template';

const schema: TemplateSchema = {
  document: 'Тестовый приказ',
  fields: [
    { name: 'дата', description: 'дата приказа' },
    { name: 'руководитель_фио', description: 'ФИО руководителя' },
    { name: 'основание', description: 'основание' },
    { name: 'населённый_пункт', description: 'город' },
  ],
  lists: [
    {
      name: 'пары', description: 'таблица пар', required: true,
      fields: [{ name: '№', description: 'номер' }, { name: 'наставник', description: 'ФИО' }, { name: 'причина', description: 'причина' }],
    },
    { name: 'ознакомлены', description: 'подписи', required: false, fields: [{ name: 'фио', description: 'ФИО' }] },
  ],
};

const p = (text: string): OutlineBlock => ({ kind: 'paragraph', text });
const table = (...rows: string[][]): OutlineBlock => ({ kind: 'table', rows: rows.map((cells) => ({ cells: cells.map((c) => [p(c)]) })) });

const data: TemplateData = {
  fields: { дата: '16 ноября 2022 г.', руководитель_фио: 'Ш.Х. Хабибрахманов', основание: '', населённый_пункт: 'г. Уфа' },
  lists: {
    пары: [
      { '№': '1', наставник: 'Иванова Мария Петровна', причина: '' },
      { '№': '2', наставник: 'Петров Олег Ильич', причина: 'увольнение' },
    ],
    ознакомлены: [{ фио: 'М.П. Иванова' }, { фио: 'О.И. Петров' }],
  },
};

/** The text of the planned document, so tests read like the output a director sees. */
function render(body: OutlineBlock[], d: TemplateData = data): string[] {
  const result = planRender(body, schema, d);
  if (!result.ok) throw new Error(result.problems.map((x) => x.message).join('\n'));
  return flatten(body, result.blocks);
}

function flatten(body: readonly OutlineBlock[], blocks: PlannedBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const source = body[block.source];
    if (block.kind === 'paragraph' && source.kind === 'paragraph') out.push(applyEdits(source.text, block.edits));
    if (block.kind === 'table' && source.kind === 'table') {
      for (const row of block.rows) {
        out.push(row.cells.map((cell, c) => flatten(source.rows[row.source].cells[c], cell).join('/')).join(' | '));
      }
    }
  }
  return out;
}

function problems(body: OutlineBlock[], extras: string[] = []): string[] {
  return checkTemplate(body, schema, extras).map((x) => x.message);
}

const pairsTable = table(['№', 'Наставник'], ['{{#пары}}{{№}}', '{{наставник}}']);

describe('placeholder syntax', () => {
  test('names ignore case, «ё» and spaces', () => {
    expect(normalizeName(' Населённый пункт ')).toBe('населенный_пункт');
    expect(findTags('{{ #Пары }} и {{?Основание}}x{{/основание}}').tags.map((t) => `${t.kind}:${t.name}`))
      .toEqual(['repeat:пары', 'open:основание', 'close:основание']);
  });

  test('stray braces are reported instead of staying in the document', () => {
    expect(findTags('Дата: {{дата} и }}').malformed.length).toBeGreaterThan(0);
    expect(problems([p('Дата {{дата'), pairsTable])[0]).toMatch(/Непонятная метка «\{\{дата»/);
  });

  test('a scalar field is replaced, keeping the text around it', () => {
    expect(render([p('{{населённый пункт}}, {{Дата}}'), pairsTable])[0]).toBe('г. Уфа, 16 ноября 2022 г.');
  });
});

describe('checking a template', () => {
  test('an unknown placeholder is named, with the closest known name', () => {
    const [message] = problems([p('Директор {{руководитель_фо}}'), pairsTable]);
    expect(message).toContain('неизвестное поле {{руководитель_фо}}');
    expect(message).toContain('«Директор {{руководитель_фо}}»');
    expect(message).toContain('Возможно, имелось в виду {{руководитель_фио}}');
  });

  test('an item field outside its repeated row is explained', () => {
    const [message] = problems([p('{{наставник}}'), pairsTable]);
    expect(message).toContain('неизвестное поле {{наставник}}');
    expect(message).toContain('{{#пары}}');
  });

  test('a template without the required table row is refused with the list named', () => {
    const [message] = problems([p('{{дата}}'), table(['№', 'Наставник'], ['1', 'кто-то'])]);
    expect(message).toContain('нет строки таблицы с меткой {{#пары}}');
  });

  test('a list used as a field, a field used as a list, nested repeats', () => {
    expect(problems([p('{{пары}}'), pairsTable])[0]).toContain('это список');
    expect(problems([table(['{{#дата}}']), pairsTable])[0]).toContain('это поле, а не список');
    const nested = problems([table(['{{#пары}}{{№}}', '{{#ознакомлены}}'])]);
    expect(nested.some((m) => m.includes('несколько меток повтора'))).toBe(true);
  });

  test('unbalanced sections are reported where they are', () => {
    expect(problems([p('{{?основание}} текст'), pairsTable])[0]).toMatch(/Раздел \{\{\?основание\}\} в абзаце «\{\{\?основание\}\} текст» не закрыт/);
    expect(problems([p('текст {{/основание}}'), pairsTable])[0]).toContain('закрывает раздел, который не был открыт');
    expect(problems([table(['{{?основание}}x', '{{/основание}}']), pairsTable]).some((m) => m.includes('в той же ячейке'))).toBe(true);
  });

  test('headers and footers accept plain fields only', () => {
    expect(problems([pairsTable], ['{{дата}}'])).toEqual([]);
    expect(problems([pairsTable], ['{{#пары}}'])[0]).toContain('только простые поля');
    expect(problems([pairsTable], ['{{неизвестно}}'])[0]).toContain('неизвестное поле {{неизвестно}}');
  });

  test('a correct template has no problems', () => {
    expect(problems([p('{{?основание}}'), p('{{основание}}'), p('{{/основание}}'), pairsTable, p('{{#ознакомлены}}{{фио}}')])).toEqual([]);
  });
});

describe('rendering', () => {
  test('a table row is repeated per item, header rows stay once', () => {
    expect(render([pairsTable])).toEqual(['№ | Наставник', '1 | Иванова Мария Петровна', '2 | Петров Олег Ильич']);
  });

  test('an empty list leaves only the header row', () => {
    expect(render([pairsTable], { ...data, lists: { ...data.lists, пары: [] } })).toEqual(['№ | Наставник']);
  });

  test('a paragraph outside tables is repeated per item', () => {
    expect(render([pairsTable, p('{{#ознакомлены}}{{фио}} ________')]).slice(-2)).toEqual(['М.П. Иванова ________', 'О.И. Петров ________']);
  });

  test('the docxtemplater-style closing tag in the last cell is accepted and removed', () => {
    const body = [table(['{{#пары}}{{№}}', '{{наставник}}{{/пары}}'])];
    expect(problems(body)).toEqual([]);
    expect(render(body)).toEqual(['1 | Иванова Мария Петровна', '2 | Петров Олег Ильич']);
  });

  test('an inline section disappears with its text when the field is empty', () => {
    const row = table(['{{#пары}}{{наставник}}{{?причина}} (причина: {{причина}}){{/причина}}']);
    expect(render([row])).toEqual(['Иванова Мария Петровна', 'Петров Олег Ильич (причина: увольнение)']);
  });

  test('a section across paragraphs drops whole paragraphs and tables, marker-only paragraphs vanish', () => {
    const body = [p('до'), p('{{?основание}}'), p('Основание: {{основание}}'), pairsTable, p('{{/основание}}'), p('после')];
    expect(render(body)).toEqual(['до', 'после']);
    const shown = render(body, { ...data, fields: { ...data.fields, основание: 'Положение' } });
    expect(shown).toEqual(['до', 'Основание: Положение', '№ | Наставник', '1 | Иванова Мария Петровна', '2 | Петров Олег Ильич', 'после']);
  });

  test('a section over a list is shown only when the list has items', () => {
    const body = [p('{{?ознакомлены}}С приказом ознакомлены:{{/ознакомлены}}'), pairsTable];
    expect(render(body)[0]).toBe('С приказом ознакомлены:');
    expect(render(body, { ...data, lists: { ...data.lists, ознакомлены: [] } })[0]).toBe('№ | Наставник');
  });

  test('a field whose value is empty keeps its paragraph (spacing the curator chose)', () => {
    expect(render([p('{{основание}}'), pairsTable])[0]).toBe('');
  });

  test('a cell emptied by a hidden section keeps one empty paragraph', () => {
    const body: OutlineBlock[] = [{ kind: 'table', rows: [{ cells: [[p('{{#пары}}{{?причина}}'), p('{{причина}}'), p('{{/причина}}')]] }] }];
    expect(render(body)).toEqual(['', 'увольнение']);
  });

  test('data that misses a field is refused, not rendered blank', () => {
    const result = planRender([pairsTable], schema, { ...data, fields: { дата: 'x' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((x) => x.message).join('\n')).toContain('не вычислено поле {{руководитель_фио}}');
  });

  test('extras (headers, footers) get plain field edits', () => {
    const result = planRender([pairsTable], schema, data, ['Стр. {{дата}}']);
    expect(result.ok && applyEdits('Стр. {{дата}}', result.extras[0])).toBe('Стр. 16 ноября 2022 г.');
  });
});

describe('charts', () => {
  const withChart: TemplateSchema = { ...schema, charts: [{ name: 'диаграмма_уровни', description: '' }] };
  const chart = { title: 'Уровни', categories: ['оптимальный', 'допустимый'], series: [{ name: 'пар', values: [2, 1] }], unit: 'пар' };
  const chartData: TemplateData = { ...data, charts: { диаграмма_уровни: chart } };

  test('a chart placeholder must stand alone in its paragraph', () => {
    expect(checkTemplate([pairsTable, p('{{диаграмма_уровни}}')], withChart)).toEqual([]);
    expect(checkTemplate([pairsTable, p('См. {{диаграмма_уровни}}')], withChart)[0].message).toContain('должна стоять одна в отдельном абзаце');
  });

  test('the plan puts the chart where its placeholder was; a section over a chart without data hides it', () => {
    const body = [pairsTable, p('{{?диаграмма_уровни}}'), p('{{диаграмма_уровни}}'), p('{{/диаграмма_уровни}}')];
    const result = planRender(body, withChart, chartData);
    expect(result.ok && result.blocks.find((b) => b.kind === 'paragraph')).toEqual({ kind: 'paragraph', source: 2, edits: [{ start: 0, end: 20, text: '' }], chart });
    const empty = planRender(body, withChart, { ...chartData, charts: { диаграмма_уровни: { ...chart, series: [{ name: 'пар', values: [0, 0] }] } } });
    expect(empty.ok && empty.blocks.map((b) => b.kind)).toEqual(['table']);
    expect(planRender(body, withChart, data).ok).toBe(false);
  });
});
