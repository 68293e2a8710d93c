/**
 * Rows with the same full name and no common email: namesakes or one teacher entered twice — the
 * product cannot tell, so both take part and the curator is told (the sidebar and `pair`). Rows
 * with the same email are one person for sure and are kept out by the hard rules instead.
 */
import { MENTOR_COLUMNS } from '../bank/schema';
import type { MatchingContext } from './context';

interface PersonRow {
  name: string;
  nameKey: string;
  code: string;
  row: number;
  sheet: string;
}

function listRows(rows: readonly number[]): string {
  return rows.length === 2 ? `${rows[0]} и ${rows[1]}` : `${rows.slice(0, -1).join(', ')} и ${rows[rows.length - 1]}`;
}

function warningsOf(people: readonly PersonRow[]): string[] {
  const byName = new Map<string, PersonRow[]>();
  for (const p of people) {
    if (p.nameKey === '') continue;
    const same = byName.get(p.nameKey);
    if (same) same.push(p);
    else byName.set(p.nameKey, [p]);
  }
  return [...byName.values()]
    .filter((same) => same.length > 1)
    .map((same) => {
      const rows = same.map((p) => p.row).sort((a, b) => a - b);
      const codes = same.map((p) => p.code || 'без кода').join(', ');
      return `лист «${same[0].sheet}», строки ${listRows(rows)}, столбец «${MENTOR_COLUMNS.fullName}»: «${same[0].name}» (${codes}) — однофамильцы или один человек? ` +
        'В подборе участвуют все эти строки; если это один человек, оставьте одну строку.';
    });
}

/** One warning per repeated full name on «Наставники» and on «Наставляемые». */
export function namesakeWarnings(ctx: MatchingContext): string[] {
  // Rows already kept out as repeats (the same email or code) have their own reason.
  const mentors = ctx.mentors
    .filter((m) => !m.sameEmailAs && m.duplicateRows.length === 0)
    .map((m) => ({ name: m.mentor.fullName.trim(), nameKey: m.keys.name, code: m.mentor.code, row: m.mentor.ref.row, sheet: m.mentor.ref.sheet }));
  const mentees = ctx.mentees
    .filter((e) => !e.sameEmailAs && e.duplicateRows.length === 0)
    .map((e) => ({ name: e.mentee.fullName.trim(), nameKey: e.keys.name, code: e.mentee.code, row: e.mentee.ref.row, sheet: e.mentee.ref.sheet }));
  return [...warningsOf(mentors), ...warningsOf(mentees)];
}
