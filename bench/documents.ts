/** Issue 5: documents — 300 programmes rendered offline (DOCX), and Apps Script calls per document from the fakes. */
import type { Mentee, Mentor, Pair } from '../src/domain/bank/model';
import { buildDocuments, DOCUMENTS, type DocumentKind } from '../src/domain/documents/catalog';
import type { DocumentContext } from '../src/domain/documents/context';
import { makeFastDocument, readDocsTemplate } from '../src/gas/documents/fastDocument';
import { makeDocument } from '../src/gas/documents/make';
import { writeTemplateDoc } from '../src/gas/documents/templateWriter';
import { renderDocx } from '../src/local/docx/render';
import { writeDocx } from '../src/local/docx/writer';
import { context, mentees as sampleMentees, mentors as sampleMentors } from '../test/domain/documents/fixtures';
import { createDocFakes } from '../test/fakes/documents';
import { type Benchmark, medianMs, ms } from './measure';

const SURNAMES = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков'];
const MALE = ['Андрей', 'Илья', 'Олег', 'Павел', 'Роман'];
const FEMALE = ['Анна', 'Мария', 'Ольга', 'Елена', 'Ирина'];
const PATRONYMIC_BASE = ['Сергеев', 'Петров', 'Иванов', 'Андреев', 'Николаев'];

function person(i: number): { fullName: string; gender: 'м' | 'ж' } {
  const female = i % 2 === 1;
  const surname = SURNAMES[i % 10] + (female ? 'а' : '');
  const given = (female ? FEMALE : MALE)[Math.floor(i / 10) % 5];
  const patronymic = PATRONYMIC_BASE[Math.floor(i / 50) % 5] + (female ? 'на' : 'ич');
  return { fullName: `${surname} ${given} ${patronymic}`, gender: female ? 'ж' : 'м' };
}

/** A school with `n` proposed one-to-one pairs (a mentor per three mentees). */
function school(n: number): DocumentContext {
  const mentors: Mentor[] = Array.from({ length: Math.ceil(n / 3) }, (_, i) => ({ ...sampleMentors[i % 3], code: `НС-${i + 1}`, ...person(i + 1000) }));
  const mentees: Mentee[] = Array.from({ length: n }, (_, i) => ({ ...sampleMentees[i % 5], code: `НП-${i + 1}`, ...person(i) }));
  const pairs: Pair[] = mentees.map((m, i) => ({
    code: `П-${String(i + 1).padStart(3, '0')}`, mentorCode: mentors[Math.floor(i / 3)].code, mentorName: '', menteeCodes: [m.code], menteeNames: [],
    form: 'Опытный педагог – молодой специалист', kind: 'традиционное («один на один»)', reasons: '', status: 'предложена', ref: { sheet: 'Пары', row: i + 2, column: 'Код пары' },
  }));
  return context({ mentors, mentees, pairs });
}

/**
 * Google calls for one document, counted by the fakes. Programmes go the way the batch makes them (`fast`): the
 * template's structure is read once a slice (not counted), each programme is a copy and one Docs API batchUpdate;
 * orders go through DocumentApp.
 */
export function googleDocsCalls(kind: DocumentKind, ctx: DocumentContext, fast = kind === 'programmes'): number {
  const fakes = createDocFakes();
  const saved = Object.keys(fakes.globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
  Object.assign(globalThis, fakes.globals);
  try {
    const definition = DOCUMENTS[kind];
    const folder = DriveApp.getFolderById(fakes.store.newFolder('Документы').id);
    const template = writeTemplateDoc(definition.template(), definition.templateName, folder);
    const built = buildDocuments(kind, ctx, []).documents[0];
    const structure = fast ? readDocsTemplate(template) : undefined;
    fakes.store.log.reset();
    // make.ts per document: copy under a temporary name, open, fill, check for braces, save, rename (the PDF, the
    // director's access and the letter are a few more calls for orders); fastDocument.ts: copy, one batchUpdate, rename.
    const made = fast ? makeFastDocument(built, definition, structure, template, folder) : makeDocument(built, definition, template, folder);
    if (!made.ok) throw new Error(made.problems.join('\n'));
    return fakes.store.log.total();
  } finally {
    for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
  }
}

export const documentsBenchmark: Benchmark = {
  title: 'Документы (задача 5)',
  async run(print, figure) {
    const ctx = school(300);
    const template = await writeDocx(DOCUMENTS.programmes.template(), 'bench');
    let built = buildDocuments('programmes', ctx, []);
    const buildMs = await medianMs(3, () => {
      built = buildDocuments('programmes', ctx, []);
    });
    const renderMs = await medianMs(3, async () => {
      for (const document of built.documents) {
        const result = await renderDocx(template, DOCUMENTS.programmes.schema, document.data);
        if (!result.ok) throw new Error(result.problems[0].message);
      }
    });
    print(`300 программ наставничества офлайн (DOCX): ${ms(buildMs + renderMs)} — содержание ${ms(buildMs)}, заполнение шаблонов ${ms(renderMs)} (${ms((buildMs + renderMs) / 300)} на программу)`);
    const cases: [string, DocumentKind, DocumentContext][] = [
      ['приказ о закреплении, 3 пары', 'order-pairs', context()],
      ['приказ о закреплении, 30 пар', 'order-pairs', school(30)],
      ['приказ о назначении куратора', 'order-curator', context()],
      ['программа наставничества (15 строк плана)', 'programmes', context()],
    ];
    figure('programme.docxMs', (buildMs + renderMs) / 300);
    for (const [label, kind, c] of cases) {
      const calls = googleDocsCalls(kind, c);
      if (label.startsWith('программа')) figure('programme.calls', calls);
      print(`Google Документы, ${label}: вызовов Google — ${calls}${kind === 'programmes' ? ' (копия шаблона и один Docs API batchUpdate)' : ' (DocumentApp)'}`);
    }
    const slow = googleDocsCalls('programmes', context(), false);
    figure('programme.documentAppCalls', slow);
    print(`Та же программа через DocumentApp (как до задачи 10): ${slow} вызовов`);
  },
};
