/**
 * Personal pre-filled links. The form gives one pre-filled URL for a placeholder code (one FormApp round trip per
 * form); each person's link is that URL with their code in place of the placeholder, so sending to hundreds of people
 * opens no form at all.
 */

/** ASCII, so that it survives URL encoding unchanged and cannot be a real code. */
export const CODE_PLACEHOLDER = 'NASTAVNIK-CODE-PLACEHOLDER';

export function personalLink(template: string, code: string): string {
  if (!template.includes(CODE_PLACEHOLDER)) {
    throw new Error('В шаблоне личной ссылки нет места для кода участника: пересоздайте анкету («Создать анкеты»).');
  }
  return template.split(CODE_PLACEHOLDER).join(encodeURIComponent(linkedCode(code)));
}

/**
 * A personal link fills in the code with a check number: «НС-003 (проверка 0191)». Forms cannot lock a pre-filled
 * field, so a respondent may change the code by accident («НС-003» → «НС-002»), and the answers would silently count
 * for a colleague. The check number is computed from the code and so no longer fits the edited one: the response is
 * kept and listed with the reason instead. A code typed by hand without a check number is read as before.
 *
 * The number is a weighted sum of the characters modulo a prime above every Latin and Cyrillic code point (U+04FF):
 * it changes for any single changed character and any two characters swapped (weights differ, all below the prime).
 * It guards against mistakes, not against forgery.
 */
const CHECK_MODULUS = 1283;
const CHECK_PATTERN = /^(.*?)\s*\(\s*проверка\s*(\d{1,4})\s*\)\s*$/iu;

function checkKey(code: string): string {
  return code.replace(/\s+/g, '').toLocaleUpperCase('ru');
}

export function codeCheck(code: string): string {
  let sum = 0;
  [...checkKey(code)].forEach((char, index) => {
    sum = (sum + ((index % (CHECK_MODULUS - 1)) + 1) * char.codePointAt(0)!) % CHECK_MODULUS;
  });
  return String(sum).padStart(4, '0');
}

/** The code as a personal link fills it in. */
export function linkedCode(code: string): string {
  return `${code} (проверка ${codeCheck(code)})`;
}

export type CodeReading =
  | { ok: true; code: string }
  | { ok: false; code: string; reason: string };

/** The code of a code-item answer, its check number (if any) verified. */
export function readLinkedCode(text: string, title: string): CodeReading {
  const match = CHECK_PATTERN.exec(text.trim());
  if (!match) return { ok: true, code: text.trim() };
  const code = match[1].trim();
  if (code && codeCheck(code) === match[2].padStart(4, '0')) return { ok: true, code };
  return {
    ok: false, code,
    reason: `«${title}»: код «${code}» не совпадает с проверочным числом ${match[2]} из личной ссылки — код в анкете `
      + 'изменили вручную, и ответ не засчитан, чтобы не приписать его другому участнику. Уточните, кто отвечал, '
      + 'впишите верный код в таблицу ответов (без «проверка …») и выберите «Пересчитать всё»',
  };
}
