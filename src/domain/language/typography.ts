/*
 * Non-breaking spaces where Russian typesetting keeps words together: initials with the surname («А.\u00a0С.\u00a0Пушкина»,
 * «им.\u00a0А.\u00a0С.»), «№\u00a012». Organisation names from «Настройки» go through this, so a line in a signature
 * block never ends with «им. А. С.» and puts «Пушкина» on the next one.
 */
const NBSP = '\u00a0';

const INITIAL_THEN_WORD = /(^|[\s(«"])(им\.|[А-ЯЁ]\.)[ \t]+(?=[А-ЯЁ])/g;

export function keepTogether(text: string): string {
  let out = text.replace(/№[ \t]+(?=\d)/g, `№${NBSP}`);
  // Neighbouring initials share a space, so one pass binds every other one: repeat until nothing changes.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(INITIAL_THEN_WORD, `$1$2${NBSP}`);
  }
  return out;
}
