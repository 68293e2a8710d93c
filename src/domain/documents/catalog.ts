/**
 * Every document the product makes: its kind (the CLI's --kind), name, schema, default template, and how its content
 * is built. Orders get their number from the register here, so both adapters number them the same way.
 */
import type { Pair } from '../bank/model';
import type { DocumentContext, OrderRequisites } from './context';
import type { DocumentLayout } from './layout';
import { completionOrderData, completionOrderSchema, completionOrderTemplate, COMPLETION_ORDER_TITLE } from './orders/completion';
import { curatorOrderData, curatorOrderSchema, curatorOrderTemplate, CURATOR_ORDER_TITLE } from './orders/curator';
import type { BuildOutcome } from './build';
import { pairsOrderData, pairsOrderSchema, pairsOrderTemplate, PAIRS_ORDER_TITLE, type OrderContent } from './orders/pairs';
import { rewardOrderData, rewardOrderSchema, rewardOrderTemplate, REWARD_ORDER_TITLE } from './orders/reward';
import { programmeData, programmeSchema, programmeTemplate, PROGRAMME_TITLE } from './programme/programme';
import { nextOrderNumber, type OrderRecord } from './register';
import { reportData, reportSchema, reportTemplate, REPORT_TITLE } from './report/report';
import { summaryData, summarySchema, summaryTemplate, SUMMARY_TITLE } from './report/summary';
import { shortDate } from './russian';
import { agreementsData, agreementsSchema, agreementsTemplate, AGREEMENTS_TITLE } from './agreements/agreements';
import type { TemplateData, TemplateSchema } from './template';
import { dayOnly } from './programme/period';

export const DOCUMENT_KINDS = ['order-pairs', 'order-curator', 'order-reward', 'order-completion', 'programmes', 'report', 'summary', 'agreements'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentDefinition {
  kind: DocumentKind;
  /** What the curator calls it; also the title an order carries and its «вид» in «Приказы». */
  title: string;
  /** The default template's name in Drive and on disk. */
  templateName: string;
  isOrder: boolean;
  schema: TemplateSchema;
  template: () => DocumentLayout;
}

const order = (kind: DocumentKind, title: string, schema: TemplateSchema, template: () => DocumentLayout): DocumentDefinition =>
  ({ kind, title, templateName: `Шаблон — Приказ «${title}»`, isOrder: true, schema, template });

export const DOCUMENTS: Record<DocumentKind, DocumentDefinition> = {
  'order-pairs': order('order-pairs', PAIRS_ORDER_TITLE, pairsOrderSchema, pairsOrderTemplate),
  'order-curator': order('order-curator', CURATOR_ORDER_TITLE, curatorOrderSchema, curatorOrderTemplate),
  'order-reward': order('order-reward', REWARD_ORDER_TITLE, rewardOrderSchema, rewardOrderTemplate),
  'order-completion': order('order-completion', COMPLETION_ORDER_TITLE, completionOrderSchema, completionOrderTemplate),
  programmes: { kind: 'programmes', title: PROGRAMME_TITLE, templateName: `Шаблон — ${PROGRAMME_TITLE}`, isOrder: false, schema: programmeSchema, template: programmeTemplate },
  report: { kind: 'report', title: REPORT_TITLE, templateName: `Шаблон — ${REPORT_TITLE}`, isOrder: false, schema: reportSchema, template: reportTemplate },
  summary: { kind: 'summary', title: SUMMARY_TITLE, templateName: `Шаблон — ${SUMMARY_TITLE}`, isOrder: false, schema: summarySchema, template: summaryTemplate },
  agreements: { kind: 'agreements', title: AGREEMENTS_TITLE, templateName: 'Шаблон — Согласие, дополнительное соглашение и уведомление наставника', isOrder: false, schema: agreementsSchema, template: agreementsTemplate },
};

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** One document ready to render. */
export interface BuiltDocument {
  kind: DocumentKind;
  /** The file / Google Doc name, without extension. */
  name: string;
  data: TemplateData;
  /** For orders: what goes into «Приказы»; `subject` names whom an order without pairs is about (the curator). */
  order?: OrderRequisites & { title: string; subject?: string };
  /** Pairs the document is about (orders: «Пары» in «Приказы», and the pairs order sets their «Приказ»; programmes: its pair). */
  pairCodes: string[];
  /** A stable key: a rerun of a batch skips documents whose key is already done. */
  key: string;
  /** Doubts about the declension of the people it names: the document is made, the curator is told. */
  notes: string[];
}

/**
 * The documents of a kind, the problems that stop them, and `skipped`: why there is nothing new to make (every pair
 * is already in an order of the kind, the curator is already appointed, no pair is at that stage yet) — not a failure.
 */
export type BuildResult = { documents: BuiltDocument[]; problems: string[]; skipped?: string };

/** File names may not contain what Windows, macOS or Drive refuse; «№ 12/1» keeps its meaning as «№ 12-1». */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').replace(/\u00a0/g, ' ').trim().slice(0, 150);
}

function orderName(title: string, requisites: OrderRequisites): string {
  return safeFileName(`Приказ № ${requisites.number} от ${shortDate(requisites.date)} ${title}`);
}

type OrderBuilder = (ctx: DocumentContext, r: OrderRequisites, register: readonly OrderRecord[]) => BuildOutcome<OrderContent>;

const ORDER_BUILDERS: Partial<Record<DocumentKind, OrderBuilder>> = {
  'order-pairs': (ctx, r) => pairsOrderData(ctx, r),
  'order-curator': curatorOrderData,
  'order-reward': rewardOrderData,
  'order-completion': completionOrderData,
};

/** Pairs that get a programme: accepted by the curator and not ended. */
export function pairsNeedingProgrammes(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => ['предложена', 'утверждена', 'действует'].includes(p.status));
}

/**
 * Build the documents of one kind. An order takes the next number of the calendar year from the register (and the
 * orders of this same call, given in `register` by the caller as it goes). Programmes: one per pair; a pair with a
 * problem is reported and the others are still made.
 */
export function buildDocuments(kind: DocumentKind, ctx: DocumentContext, register: readonly OrderRecord[]): BuildResult {
  const definition = DOCUMENTS[kind];
  const builder = ORDER_BUILDERS[kind];
  if (builder) {
    const requisites = { number: nextOrderNumber(register, ctx.today, ctx.settings.orderSuffix), date: dayOnly(ctx.today) };
    const built = builder(ctx, requisites, register);
    if (!built.ok) return built.nothingNew ? { documents: [], problems: [], skipped: built.problems.join(' ') } : { documents: [], problems: built.problems };
    const { subject } = built.value;
    return {
      documents: [{
        kind, name: orderName(definition.title, requisites), data: built.value.data,
        order: { ...requisites, title: definition.title, ...(subject ? { subject } : {}) }, pairCodes: built.value.pairCodes,
        key: `${kind}:${requisites.number}`, notes: unique(built.value.notes),
      }],
      problems: [],
    };
  }
  if (kind === 'programmes') {
    const documents: BuiltDocument[] = [];
    const problems: string[] = [];
    const pairs = pairsNeedingProgrammes(ctx.pairs);
    if (pairs.length === 0) return { documents, problems, skipped: 'На листе «Пары» нет пар со статусом «предложена», «утверждена» или «действует»: программы составлять не для кого.' };
    for (const pair of pairs) {
      const built = programmeData(ctx, pair.code);
      if (!built.ok) {
        problems.push(...built.problems);
        continue;
      }
      documents.push({
        kind, name: safeFileName(built.value.name), data: built.value.data, pairCodes: [pair.code], key: `programme:${pair.code}`, notes: [],
      });
    }
    return { documents, problems: unique(problems) };
  }
  if (kind === 'agreements') {
    const built = agreementsData(ctx);
    if (!built.ok) return { documents: [], problems: built.problems };
    return {
      documents: built.documents.map((d) => ({ kind, name: safeFileName(d.name), data: d.data, pairCodes: d.pairCodes, key: d.key, notes: d.notes })),
      problems: [],
      ...(built.nothing ? { skipped: built.nothing } : {}),
    };
  }
  const built = kind === 'report' ? reportData(ctx) : summaryData(ctx);
  if (!built.ok) return built.nothingNew ? { documents: [], problems: [], skipped: built.problems.join(' ') } : { documents: [], problems: built.problems };
  const stamp = shortDate(ctx.today);
  return { documents: [{ kind, name: safeFileName(`${definition.title} от ${stamp}`), data: built.value.data, pairCodes: [], key: `${kind}:${stamp}`, notes: [] }], problems: [] };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
