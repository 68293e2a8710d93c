/**
 * The placeholder syntax shared by the Google Docs and the DOCX renderers, and the render plan they execute.
 *
 * Syntax (documented for curators in docs/templates.md):
 *   {{поле}}              a value, e.g. {{руководитель_фио}}; case, «ё» and spaces vs «_» do not matter
 *   {{#список}}           in a table row: the row is repeated for each item of the list; in a paragraph outside
 *                         tables: the paragraph is repeated; the item's fields are then available: {{наставник}}
 *   {{?поле}} … {{/поле}} an optional section, kept only when the field (or list) is not empty; within one paragraph
 *                         it cuts text, across paragraphs it keeps or drops whole paragraphs and tables between them
 *   {{диаграмма_…}}       a chart, alone in its paragraph: the renderer puts the chart there
 *
 * Renderers read their document into an outline (paragraph texts and tables), the domain checks it against the
 * document's schema and returns a plan: which source blocks and rows appear, in order, and which text edits apply.
 */
import { editDistance } from '../bank/similar';

export interface OutlineParagraph {
  kind: 'paragraph';
  text: string;
}

export interface OutlineRow {
  cells: OutlineBlock[][];
}

export interface OutlineTable {
  kind: 'table';
  rows: OutlineRow[];
}

export type OutlineBlock = OutlineParagraph | OutlineTable;

/** A named value the template may use, with a description shown to the curator. */
export interface FieldSpec {
  name: string;
  description: string;
}

export interface ListSpec {
  name: string;
  description: string;
  fields: FieldSpec[];
  /** The document makes no sense without this list (e.g. the table of pairs in the pairs order). */
  required: boolean;
}

export interface TemplateSchema {
  /** The document's name as the curator knows it, used in messages. */
  document: string;
  fields: FieldSpec[];
  lists: ListSpec[];
  charts?: FieldSpec[];
}

export type Item = Record<string, string>;

/** A column chart: categories along the axis, one bar per series in each. */
export interface ChartSpec {
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** The value axis' title, e.g. «%» or «пар». */
  unit: string;
  /** The top of the value axis when it is fixed (100 for percentages). */
  max?: number;
  /** Counts: the axis steps by whole numbers. */
  whole?: boolean;
  /** Values written on the bars; off where bars are many and the table next to the chart has the figures. */
  labels?: boolean;
}

export interface TemplateData {
  fields: Record<string, string>;
  lists: Record<string, Item[]>;
  charts?: Record<string, ChartSpec>;
}

export interface TemplateProblem {
  message: string;
}

/** Replace text[start, end) with text; offsets are in the paragraph's original text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface PlannedParagraph {
  kind: 'paragraph';
  /** Index of the source block in its container. */
  source: number;
  edits: TextEdit[];
  /** The chart to place in this paragraph (its placeholder is removed by the edits). */
  chart?: ChartSpec;
}

export interface PlannedRow {
  /** Index of the source row in its table. */
  source: number;
  cells: PlannedBlock[][];
}

export interface PlannedTable {
  kind: 'table';
  source: number;
  rows: PlannedRow[];
}

export type PlannedBlock = PlannedParagraph | PlannedTable;

export type RenderResult = { ok: true; blocks: PlannedBlock[]; extras: TextEdit[][] } | { ok: false; problems: TemplateProblem[] };

type TagKind = 'field' | 'repeat' | 'open' | 'close';

export interface Tag {
  kind: TagKind;
  /** Normalised name: lower case, «ё» → «е», inner spaces → «_». */
  name: string;
  raw: string;
  start: number;
  end: number;
}

const TAG = /\{\{([^{}]*)\}\}/g;

export function normalizeName(raw: string): string {
  return raw.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, '_');
}

/** Tags of one paragraph, plus complaints about stray braces that would otherwise stay in the document. */
export function findTags(text: string): { tags: Tag[]; malformed: string[] } {
  const tags: Tag[] = [];
  const malformed: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const start = match.index ?? 0;
    malformed.push(...strayBraces(text.slice(last, start)));
    last = start + match[0].length;
    const inner = match[1].trim();
    const sigil = inner.charAt(0);
    const kind: TagKind = sigil === '#' ? 'repeat' : sigil === '?' ? 'open' : sigil === '/' ? 'close' : 'field';
    const name = normalizeName(kind === 'field' ? inner : inner.slice(1));
    if (name === '') {
      malformed.push(match[0]);
      continue;
    }
    tags.push({ kind, name, raw: match[0], start, end: last });
  }
  malformed.push(...strayBraces(text.slice(last)));
  return { tags, malformed };
}

function strayBraces(text: string): string[] {
  const found: string[] = [];
  const stray = /\{\{[^}]{0,30}|[^{]{0,30}\}\}/g;
  for (const match of text.matchAll(stray)) found.push(match[0].trim());
  return found;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------------------------
// Structure: tags per paragraph, sections matched within a paragraph or across the blocks of one container.

interface ParagraphInfo {
  tags: Tag[];
  /** For an inline «open» tag: index of its «close» tag in the same paragraph. */
  inlineClose: Map<number, number>;
  /** Tag indexes of section tags that open or close a section spanning blocks. */
  blockLevel: Set<number>;
}

interface BlockSection {
  name: string;
  from: number;
  to: number;
}

interface ContainerInfo {
  paragraphs: Map<number, ParagraphInfo>;
  sections: BlockSection[];
}

/** Where a block is, in words the curator can search for in the document. */
type Place = (index: number) => string;

interface Analysis {
  problems: string[];
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** rowRepeats: lists repeated by the enclosing table row, whose optional «{{/список}}» may close in any cell. */
function analyseContainer(blocks: readonly OutlineBlock[], place: Place, inCell: boolean, analysis: Analysis, rowRepeats: readonly string[] = []): ContainerInfo {
  const paragraphs = new Map<number, ParagraphInfo>();
  const sections: BlockSection[] = [];
  const open: { name: string; block: number; tag: number; raw: string }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const { tags, malformed } = findTags(block.text);
    for (const bad of malformed) {
      analysis.problems.push(`Непонятная метка «${bad}» ${place(index)}: метка пишется в двойных фигурных скобках, например {{дата}}.`);
    }
    const info: ParagraphInfo = { tags, inlineClose: new Map(), blockLevel: new Set() };
    const repeats = tags.filter((t) => t.kind === 'repeat');
    if (repeats.length > 1 && !inCell) {
      analysis.problems.push(`${capitalize(place(index))} несколько меток повтора (${repeats.map((t) => t.raw).join(', ')}): повторять можно только по одному списку.`);
    }
    tags.forEach((tag, tagIndex) => {
      if (tag.kind === 'open') {
        open.push({ name: tag.name, block: index, tag: tagIndex, raw: tag.raw });
      } else if (tag.kind === 'close') {
        // An optional «{{/список}}» ending a repeated paragraph or row, as some template tools write it.
        if (repeats.some((r) => r.name === tag.name) || rowRepeats.includes(tag.name)) return;
        const top = open[open.length - 1];
        if (!top || top.name !== tag.name) {
          const expected = top ? `, а ожидалось закрытие раздела {{/${top.name}}}` : '';
          analysis.problems.push(`Метка ${tag.raw} ${place(index)} закрывает раздел, который не был открыт${expected}.`);
          return;
        }
        open.pop();
        if (top.block === index) {
          info.inlineClose.set(top.tag, tagIndex);
        } else {
          sections.push({ name: tag.name, from: top.block, to: index });
          info.blockLevel.add(tagIndex);
          const startInfo = paragraphs.get(top.block);
          startInfo?.blockLevel.add(top.tag);
        }
      }
    });
    if (repeats.length > 0 && !inCell) {
      const crossing = open.some((o) => o.block === index) || sections.some((s) => s.to === index && s.from !== index);
      if (crossing) {
        analysis.problems.push(`${capitalize(place(index))} стоят и метка повтора, и граница раздела на несколько абзацев: вынесите {{?…}} или {{/…}} в отдельный абзац.`);
      }
    }
    paragraphs.set(index, info);
  });
  for (const left of open) {
    const where = inCell ? 'в той же ячейке таблицы' : 'ниже в документе';
    analysis.problems.push(`Раздел ${left.raw} ${place(left.block)} не закрыт: добавьте {{/${left.name}}} ${where}.`);
  }
  return { paragraphs, sections };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rowRepeat(row: OutlineRow): Tag[] {
  const found: Tag[] = [];
  for (const cell of row.cells) {
    for (const block of cell) {
      if (block.kind === 'paragraph') found.push(...findTags(block.text).tags.filter((t) => t.kind === 'repeat'));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Names: what a placeholder may refer to at a given point of the template.

interface Scope {
  fields: Map<string, string>;
  lists: Map<string, ListSpec>;
  charts: Map<string, string>;
  /** Set inside a repeated row or paragraph: the list being repeated. */
  list?: ListSpec;
}

function schemaScope(schema: TemplateSchema): Scope {
  return {
    fields: new Map(schema.fields.map((f) => [normalizeName(f.name), f.name])),
    lists: new Map(schema.lists.map((l) => [normalizeName(l.name), l])),
    charts: new Map((schema.charts ?? []).map((c) => [normalizeName(c.name), c.name])),
  };
}

function itemScope(parent: Scope, list: ListSpec): Scope {
  const fields = new Map(parent.fields);
  for (const f of list.fields) fields.set(normalizeName(f.name), f.name);
  return { fields, lists: parent.lists, charts: parent.charts, list };
}

function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, normalizeName(candidate));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function checkTagNames(tags: readonly Tag[], scope: Scope, where: string, schema: TemplateSchema, problems: string[], text?: string): void {
  for (const tag of tags) {
    if (tag.kind === 'repeat') continue; // checked where the repeat is resolved
    if (scope.charts.has(tag.name)) {
      if (tag.kind !== 'field') continue; // a section over a chart: shown when the chart has data
      const alone = text !== undefined && tag.kind === 'field' && tags.length === 1 && text.slice(0, tag.start).trim() === '' && text.slice(tag.end).trim() === '';
      if (!alone) problems.push(`Диаграмма ${tag.raw} ${where} должна стоять одна в отдельном абзаце (без другого текста и меток).`);
      continue;
    }
    const isField = scope.fields.has(tag.name);
    const isList = scope.lists.has(tag.name);
    if (tag.kind === 'field' && isList && !isField) {
      problems.push(`Метка ${tag.raw} ${where} — это список: поставьте {{#${tag.name}}} в строку таблицы, которая повторяется для каждого элемента.`);
    } else if (!isField && !isList) {
      problems.push(unknownName(tag, scope, where, schema));
    }
  }
}

function unknownName(tag: Tag, scope: Scope, where: string, schema: TemplateSchema): string {
  const names = [...scope.fields.values(), ...[...scope.lists.values()].map((l) => l.name), ...scope.charts.values()];
  const guess = closestName(tag.name, names);
  const hint = guess ? ` Возможно, имелось в виду {{${guess}}}.` : '';
  const outside = schema.lists.find((l) => !scope.list && l.fields.some((f) => normalizeName(f.name) === tag.name));
  const context = outside ? ` Поле «${tag.name}» есть только в строке, повторяемой по списку {{#${outside.name}}}.` : '';
  return `В шаблоне «${schema.document}» неизвестное поле ${tag.raw} ${where}.${context}${hint} Список полей — в README, раздел «Шаблоны документов».`;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a template against its schema.

/** Every problem of a template: unknown names, unbalanced sections, misplaced repeats, missing required lists. */
export function checkTemplate(body: readonly OutlineBlock[], schema: TemplateSchema, extras: readonly string[] = []): TemplateProblem[] {
  const problems: string[] = [];
  const used = new Set<string>();
  checkContainer(body, schemaScope(schema), bodyPlace(body), false, schema, problems, used);
  extras.forEach((text, index) => {
    const where = `в колонтитуле или надписи (${index + 1}: «${snippet(text)}»)`;
    const { tags, malformed } = findTags(text);
    for (const bad of malformed) problems.push(`Непонятная метка «${bad}» ${where}.`);
    for (const tag of tags) {
      if (tag.kind !== 'field') {
        problems.push(`Метка ${tag.raw} ${where}: в колонтитулах и надписях работают только простые поля вроде {{дата}}.`);
      }
    }
    const scope = { ...schemaScope(schema), charts: new Map<string, string>() };
    checkTagNames(tags.filter((t) => t.kind === 'field'), scope, where, schema, problems);
  });
  for (const list of schema.lists) {
    if (list.required && !used.has(normalizeName(list.name))) {
      problems.push(`В шаблоне «${schema.document}» нет строки таблицы с меткой {{#${list.name}}} (${list.description}): без неё документ не собрать. Добавьте её в первую ячейку строки-образца.`);
    }
  }
  return problems.map((message) => ({ message }));
}

function bodyPlace(blocks: readonly OutlineBlock[]): Place {
  return (index) => {
    const block = blocks[index];
    if (block.kind === 'paragraph') return `в абзаце «${snippet(block.text)}»`;
    const tableNumber = blocks.slice(0, index + 1).filter((b) => b.kind === 'table').length;
    return `в таблице ${tableNumber}`;
  };
}

function cellPlace(table: string, row: number, column: number, blocks: readonly OutlineBlock[]): Place {
  return (index) => {
    const block = blocks[index];
    const text = block.kind === 'paragraph' && block.text.trim() ? `: «${snippet(block.text)}»` : '';
    return `${table}, строка ${row + 1}, столбец ${column + 1}${text}`;
  };
}

function checkContainer(blocks: readonly OutlineBlock[], scope: Scope, place: Place, inCell: boolean, schema: TemplateSchema,
  problems: string[], used: Set<string>, rowRepeats: readonly string[] = []): void {
  const analysis: Analysis = { problems };
  const info = analyseContainer(blocks, place, inCell, analysis, rowRepeats);
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const tags = info.paragraphs.get(index)?.tags ?? [];
      let inner = scope;
      const repeat = tags.find((t) => t.kind === 'repeat');
      if (repeat && !inCell) inner = resolveRepeat(repeat, scope, place(index), schema, problems, used) ?? scope;
      checkTagNames(tags, inner, place(index), schema, problems, block.text);
      return;
    }
    const tableName = place(index);
    block.rows.forEach((row, r) => {
      let inner = scope;
      const repeats = rowRepeat(row);
      if (repeats.length > 1) {
        problems.push(`В ${tableName.replace(/^в /, '')}, строка ${r + 1}, несколько меток повтора: в строке может быть только одна, например {{#пары}}.`);
      }
      if (repeats.length > 0) inner = resolveRepeat(repeats[0], scope, `${tableName}, строка ${r + 1}`, schema, problems, used) ?? scope;
      const names = repeats.map((t) => t.name);
      row.cells.forEach((cell, c) => checkContainer(cell, inner, cellPlace(tableName, r, c, cell), true, schema, problems, used, names));
    });
  });
}

function resolveRepeat(tag: Tag, scope: Scope, where: string, schema: TemplateSchema, problems: string[], used: Set<string>): Scope | undefined {
  if (scope.list) {
    problems.push(`Метка ${tag.raw} ${where} стоит внутри повтора по списку {{#${scope.list.name}}}: вложенные повторы не поддерживаются.`);
    return undefined;
  }
  const list = scope.lists.get(tag.name);
  if (!list) {
    if (scope.fields.has(tag.name)) {
      problems.push(`Метка ${tag.raw} ${where}: «${tag.name}» — это поле, а не список; повторять можно только списки (${[...scope.lists.values()].map((l) => `{{#${l.name}}}`).join(', ') || 'в этом документе их нет'}).`);
    } else {
      problems.push(unknownName(tag, scope, where, schema));
    }
    return undefined;
  }
  used.add(tag.name);
  return itemScope(scope, list);
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: the plan of blocks and edits for given data.

interface Values {
  fields: Map<string, string>;
  lists: Map<string, Item[]>;
  charts: Map<string, ChartSpec>;
}

function dataValues(data: TemplateData): Values {
  return {
    fields: new Map(Object.entries(data.fields).map(([k, v]) => [normalizeName(k), v])),
    lists: new Map(Object.entries(data.lists).map(([k, v]) => [normalizeName(k), v])),
    charts: new Map(Object.entries(data.charts ?? {}).map(([k, v]) => [normalizeName(k), v])),
  };
}

function withItem(values: Values, item: Item): Values {
  const fields = new Map(values.fields);
  for (const [k, v] of Object.entries(item)) fields.set(normalizeName(k), v);
  return { fields, lists: values.lists, charts: values.charts };
}

function isShown(name: string, values: Values): boolean {
  const list = values.lists.get(name);
  if (list) return list.length > 0;
  const chart = values.charts.get(name);
  if (chart) return chart.series.some((s) => s.values.some((v) => v !== 0));
  return (values.fields.get(name) ?? '').trim() !== '';
}

/** Data that does not cover the schema is a bug in the document's builder, never a silent blank in a signed order. */
function missingData(schema: TemplateSchema, data: TemplateData): string[] {
  const values = dataValues(data);
  const problems: string[] = [];
  for (const f of schema.fields) {
    if (!values.fields.has(normalizeName(f.name))) problems.push(`Для документа «${schema.document}» не вычислено поле {{${f.name}}}.`);
  }
  for (const c of schema.charts ?? []) {
    if (!values.charts.has(normalizeName(c.name))) problems.push(`Для документа «${schema.document}» не построена диаграмма {{${c.name}}}.`);
  }
  for (const l of schema.lists) {
    const items = values.lists.get(normalizeName(l.name));
    if (!items) {
      problems.push(`Для документа «${schema.document}» не вычислен список {{#${l.name}}}.`);
      continue;
    }
    items.forEach((item, i) => {
      const keys = new Set(Object.keys(item).map(normalizeName));
      for (const f of l.fields) {
        if (!keys.has(normalizeName(f.name))) problems.push(`Для документа «${schema.document}» в списке {{#${l.name}}}, элемент ${i + 1}, не вычислено поле {{${f.name}}}.`);
      }
    });
  }
  return problems;
}

/** Check the template, then plan the output: blocks in order (repeats expanded, hidden sections dropped) with edits. */
export function planRender(body: readonly OutlineBlock[], schema: TemplateSchema, data: TemplateData, extras: readonly string[] = []): RenderResult {
  const problems = checkTemplate(body, schema, extras).map((p) => p.message);
  problems.push(...missingData(schema, data));
  if (problems.length > 0) return { ok: false, problems: problems.map((message) => ({ message })) };
  const values = dataValues(data);
  const blocks = planContainer(body, values, false);
  const extraEdits = extras.map((text) => findTags(text).tags.map((tag) => ({ start: tag.start, end: tag.end, text: values.fields.get(tag.name) ?? '' })));
  return { ok: true, blocks, extras: extraEdits };
}

function planContainer(blocks: readonly OutlineBlock[], values: Values, inCell: boolean, rowRepeats: readonly string[] = []): PlannedBlock[] {
  const info = analyseContainer(blocks, () => '', inCell, { problems: [] }, rowRepeats);
  const hidden = new Set<number>();
  for (const section of info.sections) {
    if (!isShown(section.name, values)) for (let i = section.from; i <= section.to; i++) hidden.add(i);
  }
  const out: PlannedBlock[] = [];
  blocks.forEach((block, index) => {
    if (hidden.has(index)) return;
    if (block.kind === 'table') {
      // A table whose every row repeats over an empty list goes whole: neither Docs nor Word keeps a table of no rows.
      const rows = planRows(block, values);
      if (rows.length > 0) out.push({ kind: 'table', source: index, rows });
      return;
    }
    const paragraph = info.paragraphs.get(index) as ParagraphInfo;
    const repeat = paragraph.tags.find((t) => t.kind === 'repeat');
    if (repeat && !inCell) {
      for (const item of values.lists.get(repeat.name) ?? []) {
        const planned = planParagraph(block.text, paragraph, index, withItem(values, item));
        if (planned) out.push(planned);
      }
      return;
    }
    const planned = planParagraph(block.text, paragraph, index, values);
    if (planned) out.push(planned);
  });
  if (inCell && !out.some((b) => b.kind === 'paragraph')) {
    // Word and Google Docs both need a paragraph in every cell: keep the first one, emptied.
    const first = blocks.findIndex((b) => b.kind === 'paragraph');
    if (first >= 0) {
      const text = (blocks[first] as OutlineParagraph).text;
      out.splice(0, 0, { kind: 'paragraph', source: first, edits: text ? [{ start: 0, end: text.length, text: '' }] : [] });
      out.sort((a, b) => a.source - b.source);
    }
  }
  return out;
}

function planRows(table: OutlineTable, values: Values): PlannedRow[] {
  const rows: PlannedRow[] = [];
  table.rows.forEach((row, index) => {
    const repeat = rowRepeat(row)[0];
    const scopes = repeat ? (values.lists.get(repeat.name) ?? []).map((item) => withItem(values, item)) : [values];
    const names = repeat ? [repeat.name] : [];
    for (const scope of scopes) rows.push({ source: index, cells: row.cells.map((cell) => planContainer(cell, scope, true, names)) });
  });
  return rows;
}

/** Edits for one paragraph; undefined when the paragraph held only markers and nothing is left of it. */
function planParagraph(text: string, info: ParagraphInfo, source: number, values: Values): PlannedParagraph | undefined {
  const edits: TextEdit[] = [];
  const { tags } = info;
  let hasField = false;
  let chart: ChartSpec | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.kind === 'field' && values.charts.has(tag.name)) {
      hasField = true;
      chart = values.charts.get(tag.name);
      edits.push({ start: tag.start, end: tag.end, text: '' });
    } else if (tag.kind === 'field') {
      hasField = true;
      edits.push({ start: tag.start, end: tag.end, text: values.fields.get(tag.name) ?? '' });
    } else if (tag.kind === 'open' && info.inlineClose.has(i) && !isShown(tag.name, values)) {
      const close = info.inlineClose.get(i) as number;
      edits.push({ start: tag.start, end: tags[close].end, text: '' });
      i = close;
    } else {
      edits.push({ start: tag.start, end: tag.end, text: '' });
    }
  }
  if (tags.length > 0 && !hasField && applyEdits(text, edits).trim() === '') return undefined;
  return chart ? { kind: 'paragraph', source, edits, chart } : { kind: 'paragraph', source, edits };
}
