import { normalizeForSearch } from '../nlp/normalize';

/** A word: letters (with marks) and digits; everything else separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const ARABIC_LETTER = /[\u0621-\u064A]/;
// Proclitics are stripped only in front of the article, where they cannot be part of the stem:
// والموصل, بالموصل, للوزير lose them; وزارة, بغداد, وقال keep their first letter.
const CONJUNCTION = /^[وف](?=ال|لل|[بك]ال)/;
const PREPOSITION = /^[بك](?=ال)/;
const LAM_ARTICLE = /^لل(?=[\u0621-\u064A]{2,})/;
const ARTICLE = /^ال(?=[\u0621-\u064A]{2,})/;

/** The key a word is indexed and searched by in the body and title columns. */
export function searchKey(text: string): string {
  return normalizeForSearch(text);
}

/** A normalised Arabic word without the article and the proclitics before it, so بالموصل finds الموصل. */
export function stemWord(normalisedWord: string): string {
  if (!ARABIC_LETTER.test(normalisedWord)) return normalisedWord;
  const w = normalisedWord.replace(CONJUNCTION, '');
  if (LAM_ARTICLE.test(w)) return w.replace(LAM_ARTICLE, '');
  return w.replace(PREPOSITION, '').replace(ARTICLE, '');
}

/** The stems column: every word's stem, space-separated. */
export function searchStems(text: string): string {
  const words = searchKey(text).match(WORD) ?? [];
  return words.map(stemWord).join(' ');
}
