import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_KINDS, DOCUMENTS } from '../../../src/domain/documents/catalog';

// The README and the guides in docs/ (docs/agreements.md documents the fields the agreements and the Labour Code added).
const docsDir = join(__dirname, '../../../docs');
const readme = [readFileSync(join(__dirname, '../../../README.md'), 'utf8'), ...(existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(docsDir, f), 'utf8')) : [])].join('\n');

describe('docs/templates.md «Шаблоны документов»', () => {
  test.each(DOCUMENT_KINDS)('%s: every field, list and chart a template may use is documented', (kind) => {
    const { schema } = DOCUMENTS[kind];
    const names = [...schema.fields.map((f) => `{{${f.name}}}`), ...schema.lists.map((l) => `{{#${l.name}}}`), ...(schema.charts ?? []).map((c) => `{{${c.name}}}`),
      ...schema.lists.flatMap((l) => l.fields.map((f) => `{{${f.name}}}`))];
    const missing = names.filter((name) => !readme.includes(name));
    expect(missing).toEqual([]);
    expect(readme).toContain(`--kind ${kind}`);
  });
});
