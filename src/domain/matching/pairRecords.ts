/**
 * New pairs as rows of «Пары» and the line of «Журнал», laid out by the sheet's own header (a
 * curator may reorder or add columns), the same for Google Sheets and Excel.
 */
import { LIST_SEPARATOR } from '../bank/vocabulary';
import { LOG_COLUMNS, PAIR_COLUMNS as P } from '../bank/schema';
import { type Cell, findColumn } from '../bank/table';
import type { NewPair } from './confirmation';

/** One row per pair, as wide as the header; columns the product does not know stay blank. */
export function pairRows(header: readonly string[], pairs: readonly NewPair[]): Cell[][] {
  const at = (name: string) => findColumn({ header: [...header] }, name);
  return pairs.map((p) => {
    const row: Cell[] = header.map(() => null);
    const put = (name: string, value: Cell) => {
      const i = at(name);
      if (i >= 0) row[i] = value;
    };
    put(P.code, p.code);
    put(P.mentorCode, p.mentorCode);
    put(P.mentorName, p.mentorName);
    put(P.menteeCodes, p.menteeCodes.join(LIST_SEPARATOR));
    put(P.menteeNames, p.menteeNames.join(LIST_SEPARATOR));
    put(P.form, p.form);
    put(P.kind, p.kind);
    put(P.compatibility, p.compatibility);
    put(P.reasons, p.reasons);
    put(P.start, p.start);
    put(P.end, p.end);
    put(P.status, p.status);
    return row;
  });
}

/** The «Журнал» line of a confirmed pairing: codes only, no names (DESIGN §3). */
export function pairingLogRow(header: readonly string[], now: Date, pairs: readonly NewPair[]): Cell[] {
  const row: Cell[] = header.map(() => null);
  const put = (name: string, value: Cell) => {
    const i = findColumn({ header: [...header] }, name);
    if (i >= 0) row[i] = value;
  };
  put(LOG_COLUMNS.time, now);
  put(LOG_COLUMNS.action, 'Подбор пар');
  put(LOG_COLUMNS.codes, pairs.map((p) => p.code).join(LIST_SEPARATOR));
  put(LOG_COLUMNS.details, `предложены пары (статус «предложена»): ${pairs.map((p) => `${p.code}: ${p.mentorCode} → ${p.menteeCodes.join(', ')}`).join('; ')}`);
  return row;
}
