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
  return template.split(CODE_PLACEHOLDER).join(encodeURIComponent(code));
}
