import { normalizeArabic, normalizeForSearch } from '../normalize';

/**
 * Lexical resources the features consult, all keyed by `lexKey`: word clusters learned from
 * unlabeled text, a frequency-ranked vocabulary (for the vocabulary-checked stemmer) and a
 * gazetteer of phrases with category bits.
 */
export type NerLang = 'ar' | 'en';

// New categories go last: stored models keep their bit numbers.
export const GAZ_CATEGORIES = ['PER', 'ORG', 'LOC', 'MISC', 'TITLE', 'ORGHEAD', 'LOCHEAD', 'FIRSTNAME', 'NATIONALITY'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

export function gazBit(category: GazCategory): number {
  return 1 << GAZ_CATEGORIES.indexOf(category);
}

export interface NerResources {
  lang: NerLang;
  /** Key → cluster path, levels separated by '/', coarse first (e.g. "12/3"). */
  clusters: Map<string, string>;
  /** Key → frequency rank in the unlabeled text (0 = most frequent). */
  vocabRank: Map<string, number>;
  /** Normalised phrase (keys joined by one space) → category bits. */
  gazetteer: Map<string, number>;
  /** Longest gazetteer phrase, in tokens. */
  maxPhraseTokens: number;
}

// Characters the normalisers leave unchanged (ASCII, Arabic letters other than آ أ إ ة ى):
// words made only of these skip NFKC and the fold passes, which dominate featurising time.
const NEEDS_FOLD = /[^\u0020-\u007E\u0621\u0624\u0626-\u0628\u062A-\u063A\u0641-\u0648\u064A]/u;

/** Lookup key: Arabic letter folds (English keeps case, which carries information). */
export function lexKey(lang: NerLang, word: string): string {
  if (lang === 'en') return word;
  return NEEDS_FOLD.test(word) ? normalizeArabic(word) : word;
}

/** Case-folded key used for gazetteer phrases and document memory. */
export function matchKey(word: string): string {
  return NEEDS_FOLD.test(word) ? normalizeForSearch(word) : word.toLowerCase();
}

export function emptyResources(lang: NerLang): NerResources {
  return { lang, clusters: new Map(), vocabRank: new Map(), gazetteer: new Map(), maxPhraseTokens: 0 };
}

/** Adds a phrase with its category to the gazetteer (keys are computed here). */
export function addGazetteerPhrase(res: NerResources, phrase: string, category: GazCategory): void {
  const tokens = phrase.split(/\s+/u).filter(Boolean).map(matchKey);
  if (tokens.length === 0) return;
  const key = tokens.join(' ');
  res.gazetteer.set(key, (res.gazetteer.get(key) ?? 0) | gazBit(category));
  res.maxPhraseTokens = Math.max(res.maxPhraseTokens, tokens.length);
}
