import { normalizeForSearch } from '../nlp/normalize';
import { cliticReadings } from '../nlp/tokenize';

/** A word: letters (with marks) and digits; everything else separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A word's frequency rank in the news vocabulary (0 = most frequent); undefined when unknown. */
export type WordRank = (word: string) => number | undefined;

const ARABIC_LETTER = /[\u0621-\u064A]/;
const PROCLITIC_START = /^[وفبكل]/;
// Proclitics in front of the article cannot be part of the stem, so they always go:
// والموصل, بالموصل, للوزير lose them; وزارة, بغداد, وقال keep their first letter here.
const CONJUNCTION = /^[وف](?=ال|لل|[بك]ال)/;
const PREPOSITION = /^[بك](?=ال)/;
const LAM_ARTICLE = /^لل(?=[\u0621-\u064A]{2,})/;
const ARTICLE = /^ال(?=[\u0621-\u064A]{2,})/;

/** The key a word is indexed and searched by in the body and title columns. */
export function searchKey(text: string): string {
  return normalizeForSearch(text);
}

/** What is left of a word after a bare و/ف, ب/ك/ل or both (وببغداد → ببغداد, بغداد). */
export function procliticStems(normalisedWord: string): string[] {
  // Most words start with no proclitic letter: skip building their readings (this runs per word).
  if (!PROCLITIC_START.test(normalisedWord)) return [];
  return cliticReadings(normalisedWord)
    .filter((r) => !r.article && r.proclitics !== '' && r.stem.length >= 3)
    .map((r) => r.stem);
}

/**
 * Without the article, a leading و ف ب ك ل may be a proclitic (وبغداد) or the word's own
 * letter (وجود, وزارة). The news vocabulary decides by the rule of vocabularyStem in
 * shared/nlp/ner/wordFeatures.ts (a stem more frequent than the whole word), taking the most
 * frequent such stem so that وببغداد becomes بغداد rather than ببغداد.
 */
function likelyStem(word: string, rank: WordRank): string {
  const stems = procliticStems(word);
  if (stems.length === 0) return word;
  let best = word;
  let bestRank = rank(word) ?? Infinity;
  for (const stem of stems) {
    const stemRank = rank(stem);
    if (stemRank !== undefined && stemRank < bestRank) {
      best = stem;
      bestRank = stemRank;
    }
  }
  return best;
}

/** A normalised Arabic word without the article and the proclitics before it, so بالموصل finds الموصل. */
export function stemWord(normalisedWord: string): string {
  if (!ARABIC_LETTER.test(normalisedWord)) return normalisedWord;
  const w = normalisedWord.replace(CONJUNCTION, '');
  if (LAM_ARTICLE.test(w)) return w.replace(LAM_ARTICLE, '');
  return w.replace(PREPOSITION, '').replace(ARTICLE, '');
}

/**
 * The word's stem in the stems column: stemWord, and given the vocabulary's ranks, also without
 * a bare proclitic where that is the likely reading, so وبغداد is found by بغداد.
 */
export function searchStem(normalisedWord: string, rank?: WordRank): string {
  const stem = stemWord(normalisedWord);
  return stem === normalisedWord && rank ? likelyStem(stem, rank) : stem;
}

/** The stems column: every word's stem, space-separated (one per word, so phrases still match). */
export function searchStems(text: string, rank?: WordRank): string {
  const words = searchKey(text).match(WORD) ?? [];
  return words.map((w) => searchStem(w, rank)).join(' ');
}
