import { cliticReadings } from '../tokenize';
import { feature } from './hash';
import { GAZ_CATEGORIES, lexKey, matchKey, type NerResources } from './resources';

/**
 * Position-free features of one word type, computed once and cached: the word, its
 * normalised form, affixes, shape, the vocabulary-checked stem and proclitics (Arabic) and
 * cluster-path prefixes learned from unlabeled text.
 */
export interface WordInfo {
  /** Features of the word at the labelled position. */
  own: number[];
  /** Smaller set used when the word is a neighbour: [word, coarse cluster, fine cluster, shape or stem]. */
  ctx: number[];
  /** The subset of `own` that names this very word (word, folded word, stem): what a case learns. */
  identity: number[];
  /** Case-folded, Arabic-folded key (gazetteer, document memory). */
  match: string;
  /** Match key of the clitic-stripped stem (Arabic), else `match`. */
  stemMatch: string;
  /** How the word is written: evidence, across a document, of whether it is a name. */
  casing: Casing;
}

export type Casing = 'lower' | 'initial' | 'upper' | 'none';

export function wordCasing(word: string): Casing {
  const lower = word.toLowerCase();
  if (lower === word.toUpperCase()) return 'none';
  if (word === lower) return 'lower';
  return word.length > 1 && word === word.toUpperCase() ? 'upper' : 'initial';
}

/** Word shape: X upper, x lower, d digit, a Arabic letter, runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

// Case tests by case mapping rather than Unicode property regexes: this runs for every new word.
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return 'd';
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return 'd';
  if (code >= 0x620 && code <= 0x6ff) return 'a';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return /\p{L}/u.test(ch) ? 'a' : ch;
}

/**
 * Strips proclitics when the stem is attested: a reading with the article needs the stem in the
 * vocabulary; a bare conjunction/preposition reading needs the stem to be more frequent than
 * the whole word (so وزارة stays وزارة while وقال becomes قال).
 */
export function vocabularyStem(word: string, vocabRank: Map<string, number>): { stem: string; proclitics: string; article: boolean } {
  const wordRank = vocabRank.get(normKey(word)) ?? Infinity;
  for (const r of cliticReadings(word)) {
    if (r.stem === word) continue;
    const rank = vocabRank.get(normKey(r.stem));
    if (rank === undefined) continue;
    if (r.article || (r.stem.length >= 3 && rank < wordRank)) return r;
  }
  return { stem: word, proclitics: '', article: false };
}

function normKey(word: string): string {
  return lexKey('ar', word);
}

function clusterFeatures(out: number[], prefix: string, path: string | undefined): void {
  if (path === undefined) {
    out.push(feature(prefix, '∅'));
    return;
  }
  const levels = path.split('/');
  let acc = '';
  levels.forEach((level, i) => {
    acc = i === 0 ? level : `${acc}/${level}`;
    out.push(feature(`${prefix}${i}`, acc));
  });
}

function affixes(out: number[], tag: string, key: string, max: number): void {
  for (let k = 1; k <= Math.min(max, key.length); k++) {
    out.push(feature(`${tag}p${k}`, key.slice(0, k)));
    out.push(feature(`${tag}s${k}`, key.slice(-k)));
  }
}

/** "LONDON" → "London": headline capitals look up the cluster of the usual form. */
export function titleCase(word: string): string | undefined {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return undefined;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function clusterOf(res: NerResources, word: string): string | undefined {
  const exact = res.clusters.get(lexKey(res.lang, word));
  if (exact !== undefined || res.lang !== 'en') return exact;
  const title = titleCase(word);
  return (title === undefined ? undefined : res.clusters.get(title)) ?? res.clusters.get(word.toLowerCase());
}

function arabicFeatures(res: NerResources, word: string, own: number[]): { stemKey: string; stemAtom: number } {
  const { stem, proclitics, article } = vocabularyStem(word, res.vocabRank);
  const stemKey = normKey(stem);
  const stemAtom = feature('st', stemKey);
  own.push(stemAtom, feature('pc', `${proclitics}${article ? '+ال' : ''}`));
  affixes(own, 'st', stemKey, 3);
  if (stem !== word) clusterFeatures(own, 'sc', res.clusters.get(stemKey));
  return { stemKey, stemAtom };
}

/** Category bits of every token that occurs inside a multi-token gazetteer phrase. */
export function phraseTokenCategories(res: NerResources): Map<string, number> {
  const out = new Map<string, number>();
  for (const [phrase, bits] of res.gazetteer) {
    if (!phrase.includes(' ')) continue;
    for (const token of phrase.split(' ')) out.set(token, (out.get(token) ?? 0) | bits);
  }
  return out;
}

function partFeatures(out: number[], bits: number | undefined): void {
  if (!bits) return;
  GAZ_CATEGORIES.forEach((c, i) => bits & (1 << i) && out.push(feature('gzt', c)));
}

export function computeWordInfo(res: NerResources, word: string, phraseTokens?: Map<string, number>): WordInfo {
  const key = lexKey(res.lang, word);
  const match = matchKey(word);
  const shape = wordShape(word);
  const path = clusterOf(res, word);
  const identity = [feature('w', key), feature('m', match)];
  const own: number[] = [...identity, feature('sh', shape)];
  affixes(own, '', match, 4);
  clusterFeatures(own, 'c', path);
  if (!res.vocabRank.has(key)) own.push(feature('oov', '1'));
  own.push(feature('len', String(Math.min(word.length, 12))));
  const levels = path?.split('/') ?? [];
  const coarse = feature('c0', levels[0] ?? '∅');
  const fine = feature('cf', path ?? '∅');
  if (res.lang === 'ar') {
    const { stemKey, stemAtom } = arabicFeatures(res, word, own);
    const stemMatch = matchKey(stemKey);
    partFeatures(own, phraseTokens?.get(stemMatch) ?? phraseTokens?.get(match));
    return { own, ctx: [feature('w', key), coarse, fine, stemAtom], identity: [...identity, stemAtom], match, stemMatch, casing: 'none' };
  }
  partFeatures(own, phraseTokens?.get(match));
  return { own, ctx: [feature('w', match), coarse, fine, feature('sh', shape)], identity, match, stemMatch: match, casing: wordCasing(word) };
}

/** Caches WordInfo per word string; cleared when it grows past `limit` entries. */
export class WordInfoCache {
  private readonly cache = new Map<string, WordInfo>();
  private readonly phraseTokens: Map<string, number>;

  constructor(
    private readonly res: NerResources,
    private readonly limit = 200_000,
  ) {
    this.phraseTokens = phraseTokenCategories(res);
  }

  get(word: string): WordInfo {
    let info = this.cache.get(word);
    if (!info) {
      if (this.cache.size >= this.limit) this.cache.clear();
      info = computeWordInfo(this.res, word, this.phraseTokens);
      this.cache.set(word, info);
    }
    return info;
  }
}
