/** What the curator reads after a document action: what was made, what stopped it, what else happened. */

export interface ActionOutcome {
  made: { name: string; url: string; pdfUrl?: string }[];
  problems: string[];
  notes: string[];
  /** Why there was nothing new to make (the curator is already appointed, every pair is in an order): not a failure. */
  skipped?: string[];
}

const SHOWN_PROBLEMS = 12;

export function outcomeTitle(outcome: ActionOutcome): string {
  if (outcome.made.length === 0 && outcome.problems.length > 0) return 'Документ не создан';
  if (outcome.made.length === 0 && (outcome.skipped ?? []).length > 0) return 'Новый документ не нужен';
  if (outcome.problems.length > 0) return 'Готово, но не всё';
  return 'Готово';
}

export function outcomeMessage(outcome: ActionOutcome): string {
  const lines: string[] = [];
  if (outcome.made.length === 1) {
    const [doc] = outcome.made;
    lines.push(`Создан документ «${doc.name}»:`, doc.url);
    if (doc.pdfUrl) lines.push(`PDF: ${doc.pdfUrl}`);
  } else if (outcome.made.length > 1) {
    lines.push(`Создано документов: ${outcome.made.length}.`);
  }
  for (const reason of outcome.skipped ?? []) lines.push(reason);
  if (outcome.problems.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push('Что исправить:');
    for (const problem of outcome.problems.slice(0, SHOWN_PROBLEMS)) lines.push(`• ${problem}`);
    if (outcome.problems.length > SHOWN_PROBLEMS) lines.push(`…и ещё ${outcome.problems.length - SHOWN_PROBLEMS}.`);
  }
  if (outcome.notes.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(...outcome.notes);
  }
  return lines.join('\n');
}
