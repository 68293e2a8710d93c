import { caseFromLabel, CASE_LETTERS, type GrammaticalCase } from './grammatical-case';
import { normalizeSpaces } from './full-name';

/** The curator's own forms of a full name, by case; they replace the rules' forms for those cases. */
export type NameOverride = Partial<Record<GrammaticalCase, string>>;

export type OverrideParse = { ok: true; forms: NameOverride } | { ok: false; errors: string[] };

/** How the override is written, for hints next to the cell. */
export const NAME_OVERRIDE_EXAMPLE = 'Р: Швец Андрея Ивановича; Д: Швец Андрею Ивановичу; Т: Швец Андреем Ивановичем';

/**
 * Reads «Р: Иванова Ивана; Д: Иванову Ивану; В: …» (cases by letter or name, separated by «;» or line breaks).
 * Every problem is reported, in Russian, so the curator can fix the cell in one go.
 */
export function parseNameOverride(text: string): OverrideParse {
  const forms: NameOverride = {};
  const errors: string[] = [];
  const pieces = text
    .split(/[;\n\r]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  for (const piece of pieces) {
    const colon = piece.indexOf(':');
    if (colon < 0) {
      errors.push(`В части «${piece}» нет двоеточия: пишите падеж, двоеточие и форму, например «Р: Иванова Ивана».`);
      continue;
    }
    const label = piece.slice(0, colon).trim();
    const form = normalizeSpaces(piece.slice(colon + 1));
    const grammaticalCase = caseFromLabel(label);
    if (!grammaticalCase) {
      errors.push(`Неизвестный падеж «${label}» в части «${piece}»: используйте И, Р, Д, В, Т или П.`);
      continue;
    }
    const letter = CASE_LETTERS[grammaticalCase];
    if (form === '') {
      errors.push(`Для падежа «${letter}» не указана форма: напишите её после двоеточия.`);
      continue;
    }
    if (forms[grammaticalCase] !== undefined) {
      errors.push(`Падеж «${letter}» указан дважды: оставьте одну форму.`);
      continue;
    }
    forms[grammaticalCase] = form;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, forms };
}
