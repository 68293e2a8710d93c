import type { DocumentKind } from '../../src/domain/documents/catalog';
import type { DocumentContext } from '../../src/domain/documents/context';
import { context, pairs } from '../domain/documents/fixtures';
import { createDocFakes, type DocFakes } from '../fakes/documents';

/** Fresh document fakes installed as the Apps Script globals before each test of the file, the real ones put back after. */
export function useDocFakes(): () => DocFakes {
  let fakes: DocFakes;
  const saved: Record<string, unknown> = {};
  beforeEach(() => {
    fakes = createDocFakes();
    for (const [key, value] of Object.entries(fakes.globals)) {
      saved[key] = (globalThis as Record<string, unknown>)[key];
      (globalThis as Record<string, unknown>)[key] = value;
    }
  });
  afterEach(() => Object.assign(globalThis, saved));
  return () => fakes;
}

const ended = pairs.map((p, i) => ({ ...p, status: ['завершена', 'действует', 'прекращена'][i], endReason: i === 2 ? 'увольнение' : undefined }));

/** The demo school for a kind of document: documents about ended pairs get pairs that ended and a final score. */
export function demoContext(kind: DocumentKind): DocumentContext {
  return ['order-reward', 'order-completion', 'report', 'summary', 'agreements'].includes(kind)
    ? context({ pairs: ended, scores: [{ questionnaire: 'Оценка эффективности программы', stage: 'итоговая', participantCode: '', pairCode: 'П-001', points: 17, max: 18, level: 'оптимальный' }], today: new Date(2023, 4, 29) })
    : context();
}
