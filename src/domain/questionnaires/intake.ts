/**
 * Intake answers → bank rows: the mentor's questionnaire becomes a row of «Наставники», the mentee's request a row of
 * «Наставляемые», with a code the product assigns. An intake never overwrites the bank: somebody already there (same
 * code or same email) is listed as rejected with the reason, for the curator to reconcile by hand.
 */
import { MENTEE_COLUMNS, MENTOR_COLUMNS, SHEET } from '../bank/schema';
import { cellText } from '../bank/table';
import { LIST_SEPARATOR, normalizeTerm } from '../bank/vocabulary';
import { answerNumber, answerText, matchChoice, splitCheckboxAnswer } from './answers';
import { type Cell, codeItem, type Item, type Questionnaire } from './model';
import { answerTo, givenAnswer, type FormResponse, normaliseCode, type Rejection } from './responses';
import { readLinkedCode } from './links';

export interface ExistingPeople {
  /** Codes already in the target sheet (any case). */
  codes: Iterable<string>;
  /** Email → code of people already in the target sheet. */
  emails: Iterable<[string, string]>;
}

export interface IntakeRow {
  responseId: string;
  /** Row of the response in the response sheet. */
  responseRow: number;
  code: string;
  /** Bank column header → value. */
  values: Record<string, Cell>;
}

export interface IntakeBatch {
  rows: IntakeRow[];
  rejected: Rejection[];
}

type Conversion = { value: Cell } | { problem: string };

export const NO_CONSENT = 'нет согласия на обработку персональных данных: в банк не добавлен';

function convert(item: Item, cell: Cell): Conversion {
  const target = item.bank!;
  const text = answerText(cell);
  switch (target.as) {
    case 'number': {
      const number = answerNumber(cell);
      const format = item.format?.kind === 'number' ? item.format : undefined;
      if (number === null || (format && (number < format.min || number > format.max))) {
        const range = format ? ` (от ${format.min} до ${format.max})` : '';
        return { problem: `вопрос «${item.title}»: «${text}» — не число${range}` };
      }
      return { value: number };
    }
    case 'list': {
      const { choices, unknown } = splitCheckboxAnswer(item, text);
      // Entries outside the list («Другое», a list edited since) are kept: the curator reads them in the cell.
      return { value: [...choices.map((choice) => choice.label), ...unknown].join(LIST_SEPARATOR) };
    }
    case 'value': {
      const choice = matchChoice(item, text);
      if (!choice) return { problem: `вопрос «${item.title}»: варианта «${text}» нет в анкете` };
      return { value: choice.value ?? choice.label };
    }
    default:
      return { value: text };
  }
}

/**
 * Bank rows from intake responses, in response order. allocateCode(n) gives the n-th new code of this batch (0-based),
 * so the caller decides the code format and continues the sheet's numbering.
 */
export function intakeRows(
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  existing: ExistingPeople,
  allocateCode: (index: number) => string,
  initialStatus: string,
): IntakeBatch {
  if (questionnaire.kind !== 'mentor-intake' && questionnaire.kind !== 'mentee-intake') {
    throw new Error(`Анкета «${questionnaire.title}» не заполняет банк.`);
  }
  const codes = new Map<string, string>();
  for (const code of existing.codes) codes.set(normaliseCode(code), code);
  const emails = new Map<string, string>();
  for (const [email, code] of existing.emails) if (email.trim()) emails.set(email.trim().toLowerCase(), code);
  const columns = questionnaire.kind === 'mentor-intake' ? MENTOR_COLUMNS : MENTEE_COLUMNS;
  const bankSheet = `«${questionnaire.kind === 'mentor-intake' ? SHEET.mentors : SHEET.mentees}»`;
  const codeQuestion = codeItem(questionnaire);
  const batch: IntakeBatch = { rows: [], rejected: [] };

  for (const response of responses) {
    const problems: string[] = [...response.tableProblems];
    const values: Record<string, Cell> = {};
    const reading = readLinkedCode(answerText(answerTo(response, codeQuestion) ?? null), codeQuestion.title);
    const given = reading.code;
    if (!reading.ok) problems.push(reading.reason);
    if (given && codes.has(normaliseCode(given))) {
      problems.push(`участник с кодом «${codes.get(normaliseCode(given))}» уже есть на листе ${bankSheet}; анкета не меняет данные банка`);
    }
    for (const item of questionnaire.items) {
      if (!item.bank) continue;
      const cell = givenAnswer(response, item, problems);
      if (cell === undefined) continue;
      const converted = convert(item, cell);
      if ('problem' in converted) problems.push(converted.problem);
      else values[item.bank.column] = converted.value;
    }
    // Without consent the person's details are not the school's to keep: no bank row (the form's own sheet keeps the
    // response as it came), and the reason quotes none of the answers, whatever else is wrong with them.
    if (normalizeTerm(cellText(values[columns.consentData] ?? null)) === 'нет') {
      batch.rejected.push({
        responseId: response.id, questionnaireId: questionnaire.id, row: response.row, timestamp: response.timestamp, code: given, reason: NO_CONSENT,
      });
      continue;
    }
    const typed = values[columns.email];
    const email = typeof typed === 'string' ? typed.trim().toLowerCase() : '';
    if (email && emails.has(email)) {
      problems.push(`адрес «${email}» уже есть на листе ${bankSheet} (код «${emails.get(email)}»); анкета не меняет данные банка`);
    }
    if (problems.length > 0) {
      batch.rejected.push({
        responseId: response.id, questionnaireId: questionnaire.id, row: response.row, timestamp: response.timestamp,
        code: given, reason: problems.join('; '),
      });
      continue;
    }
    const code = allocateCode(batch.rows.length);
    codes.set(normaliseCode(code), code);
    if (email) emails.set(email, code);
    batch.rows.push({ responseId: response.id, responseRow: response.row, code, values: { [columns.code]: code, ...values, [columns.status]: initialStatus } });
  }
  return batch;
}
