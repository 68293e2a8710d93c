/*
 * An organisation's full name in the genitive, for titles like «Сведения о реализации системы наставничества
 * педагогических работников муниципального бюджетного общеобразовательного учреждения «СОШ № 12»». The type part
 * (adjectives and the noun before the first quote) declines; the proper name in quotes and what follows it stay.
 */

const NOUNS: Record<string, string> = {
  учреждение: 'учреждения', училище: 'училища', организация: 'организации', гимназия: 'гимназии', школа: 'школы',
  лицей: 'лицея', колледж: 'колледжа', техникум: 'техникума', центр: 'центра', интернат: 'интерната', сад: 'сада',
  комплекс: 'комплекса', академия: 'академии',
};

function adjectiveGenitive(word: string): string | undefined {
  if (/ое$/.test(word) || /ый$/.test(word) || /ой$/.test(word) || /[гкх]ий$/.test(word)) return `${word.slice(0, -2)}ого`;
  if (/ее$/.test(word) || /ий$/.test(word)) return `${word.slice(0, -2)}его`;
  if (/[жшчщ]ая$/.test(word) || /яя$/.test(word)) return `${word.slice(0, -2)}ей`;
  if (/ая$/.test(word)) return `${word.slice(0, -2)}ой`;
  return undefined;
}

/**
 * «Муниципальное бюджетное общеобразовательное учреждение «…»» → «муниципального бюджетного общеобразовательного
 * учреждения «…»». An abbreviation («МБОУ «СОШ № 1»») is not declined; a name whose type is not recognised gives
 * undefined, and the caller writes it so that it needs no declension.
 */
export function organisationGenitive(name: string): string | undefined {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const first = text.split(/[\s«"]/)[0];
  if (first.length > 1 && first === first.toUpperCase()) return text;
  const quote = text.search(/[«"]/);
  const head = (quote < 0 ? text : text.slice(0, quote)).trim();
  const rest = quote < 0 ? '' : text.slice(quote);
  const words = head.split(' ');
  const nounIndex = words.findIndex((w) => NOUNS[w.toLowerCase()] !== undefined);
  if (nounIndex < 0) return undefined;
  const declined: string[] = [];
  for (let i = 0; i < nounIndex; i++) {
    const adjective = adjectiveGenitive(words[i].toLowerCase());
    if (adjective === undefined) return undefined;
    declined.push(adjective);
  }
  declined.push(NOUNS[words[nounIndex].toLowerCase()], ...words.slice(nounIndex + 1));
  return [declined.join(' '), rest].filter(Boolean).join(' ');
}
