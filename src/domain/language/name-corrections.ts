import type { Gender } from '../bank/model';
import { SOFT_ADJECTIVE, VELAR_ADJECTIVE, withEnding, type Endings } from './endings';
import type { GrammaticalCase } from './grammatical-case';

/**
 * Our rules on top of lvovich, for the classes it gets wrong (measured against the test list, see declension.ts).
 * Each takes one lower-case word (one segment of a double-barrelled surname) and returns the form, or undefined
 * to let the library decide.
 */

const VOWELS = 'аеёиоуыэюя';

/** Adjective after ж ш ч щ, unstressed: Горячий → Горячего, Горячим (lvovich: «Горячия»). */
const MALE_SOFT_HUSHING_ADJECTIVE = SOFT_ADJECTIVE;
/** Adjective after г к х: Долгий → Долгого (lvovich: «Долгия»). */
const MALE_VELAR_ADJECTIVE = VELAR_ADJECTIVE;
/** Stressed -ой after г к х ж ш ч щ takes -им: Сухой → Сухим, Большой → Большим (lvovich: «Сухым»). */
const MALE_VELAR_HUSHING_STRESSED_ADJECTIVE: Endings = ['ой', 'ого', 'ому', 'ого', 'им', 'ом'];
/** Feminine after ж ш ч щ, unstressed: Осадчая → Осадчей (lvovich: «Осадчой»). */
const FEMALE_HUSHING_ADJECTIVE: Endings = ['ая', 'ей', 'ей', 'ую', 'ей', 'ей'];
/** Noun-type surname on -ц, stem-stressed, so Т is -ем: Швеца … Швецем, Коломийца … Коломийцем. */
const MALE_NOUN_ON_TS: Endings = ['', 'а', 'у', 'а', 'ем', 'е'];
/** Feminine name on a soft consonant declines like «ночь»: Нинель → Нинели, Нинелью. */
const FEMALE_SOFT_SIGN_NAME: Endings = ['ь', 'и', 'и', 'ь', 'ью', 'и'];

/**
 * Surnames on -ец keep their vowel so the surname stays recognisable (Швец → Швеца, not «Швца» as lvovich has);
 * after a vowel the е becomes й, the accepted form: Коломиец → Коломийца (lvovich gives Т «Коломийцом»).
 * Women's surnames on a consonant do not decline, so these rules are for men only.
 */
export function correctedSurnameWord(word: string, gender: Gender, grammaticalCase: GrammaticalCase): string | undefined {
  if (grammaticalCase === 'именительный') return undefined;
  if (gender === 'м') {
    if (/[жшчщ]ий$/.test(word) && word.length > 3) {
      return withEnding(word.slice(0, -2), MALE_SOFT_HUSHING_ADJECTIVE, grammaticalCase);
    }
    if (/[гкх]ий$/.test(word) && word.length > 3) {
      return withEnding(word.slice(0, -2), MALE_VELAR_ADJECTIVE, grammaticalCase);
    }
    if (/[гкхжшчщ]ой$/.test(word) && word.length > 3) {
      return withEnding(word.slice(0, -2), MALE_VELAR_HUSHING_STRESSED_ADJECTIVE, grammaticalCase);
    }
    const onEts = /^(.*[а-яё])ец$/.exec(word);
    if (onEts && onEts[1].length >= 2) {
      const before = onEts[1];
      const stem = VOWELS.includes(before[before.length - 1]) ? `${before}йц` : word;
      return withEnding(stem, MALE_NOUN_ON_TS, grammaticalCase);
    }
    return undefined;
  }
  if (/[жшчщ]ая$/.test(word) && word.length > 3) {
    return withEnding(word.slice(0, -2), FEMALE_HUSHING_ADJECTIVE, grammaticalCase);
  }
  return undefined;
}

/** First names: Илья has the stressed Т «Ильёй» (lvovich: «Ильей»); Айгуль, Адель decline like Нинель. */
export function correctedFirstNameWord(word: string, gender: Gender, grammaticalCase: GrammaticalCase): string | undefined {
  if (grammaticalCase === 'именительный') return undefined;
  if (gender === 'м' && word === 'илья' && grammaticalCase === 'творительный') return 'ильёй';
  if (gender === 'ж' && /[^аеёиоуыэюяь]ь$/.test(word)) {
    return withEnding(word.slice(0, -1), FEMALE_SOFT_SIGN_NAME, grammaticalCase);
  }
  return undefined;
}
