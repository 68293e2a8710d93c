/** The six Russian grammatical cases, named as a curator names them. */
export type GrammaticalCase =
  | 'именительный'
  | 'родительный'
  | 'дательный'
  | 'винительный'
  | 'творительный'
  | 'предложный';

/** In school-grammar order: И, Р, Д, В, Т, П. */
export const GRAMMATICAL_CASES: readonly GrammaticalCase[] = [
  'именительный',
  'родительный',
  'дательный',
  'винительный',
  'творительный',
  'предложный',
];

/** One-letter labels used in the curator's override text («Р: Ивановой Анны»). */
export const CASE_LETTERS: Readonly<Record<GrammaticalCase, string>> = {
  именительный: 'И',
  родительный: 'Р',
  дательный: 'Д',
  винительный: 'В',
  творительный: 'Т',
  предложный: 'П',
};

/** The case questions, for messages and hints. */
export const CASE_QUESTIONS: Readonly<Record<GrammaticalCase, string>> = {
  именительный: 'кто?',
  родительный: 'кого?',
  дательный: 'кому?',
  винительный: 'кого?',
  творительный: 'кем?',
  предложный: 'о ком?',
};

/** Every spelling a curator may reasonably type for a case, lower case, without the trailing dot. */
const CASE_SPELLINGS: ReadonlyArray<[GrammaticalCase, readonly string[]]> = [
  ['именительный', ['и', 'им', 'именит', 'именительный']],
  ['родительный', ['р', 'род', 'родит', 'родительный']],
  ['дательный', ['д', 'дат', 'дательный']],
  ['винительный', ['в', 'вин', 'винит', 'винительный']],
  ['творительный', ['т', 'тв', 'твор', 'творит', 'творительный']],
  ['предложный', ['п', 'пр', 'пред', 'предл', 'предложный']],
];

/** Reads a case label («Р», «род.», «Родительный»); undefined when it is not one. */
export function caseFromLabel(label: string): GrammaticalCase | undefined {
  const key = label.trim().toLowerCase().replace(/\.$/, '').replace(/\s+падеж$/, '');
  for (const [grammaticalCase, spellings] of CASE_SPELLINGS) {
    if (spellings.includes(key)) return grammaticalCase;
  }
  return undefined;
}
