/**
 * What documents need from the Russian language module (src/domain/language). Documents receive it as an argument,
 * so the rules of declension live there once and documents only say which case a sentence needs.
 */
import type { Gender } from '../bank/model';

export type GrammaticalCase = 'именительный' | 'родительный' | 'дательный' | 'винительный' | 'творительный' | 'предложный';

export interface DocumentLanguage {
  /** «Гумерова Гульсасак Манжуровна», 'винительный' → «Гумерову Гульсасак Манжуровну». */
  declineName(fullName: string, grammaticalCase: GrammaticalCase, gender?: Gender): string;
  /** The gender from «Пол» when set, else from the patronymic (-ич / -на, «оглы» / «кызы»). */
  genderOf(fullName: string, gender?: Gender): Gender | undefined;
  /** «16 ноября 2022 г.» */
  longDate(date: Date): string;
  /** «16.11.2022» */
  shortDate(date: Date): string;
  /** 3, ['пара', 'пары', 'пар'] → «3 пары» */
  count(n: number, forms: readonly [string, string, string]): string;
}
