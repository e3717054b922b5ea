import { feature, mixHash } from './hash';
import { GAZ_CATEGORIES, type NerResources } from './resources';
import { quotedSpans, sentenceCaseMode, wideFeatures } from './wideContext';
import { type WordInfo, WordInfoCache } from './wordFeatures';

/**
 * Features of every token of a sentence: the word's own features, its neighbours' (offset by
 * position), bigrams, gazetteer matches (with their position inside the match) and, in the
 * second pass, document-memory features. Output is flat: feats[offs[i] .. offs[i+1]).
 */
export interface SentenceFeatures {
  feats: Uint32Array;
  offs: Uint32Array;
}

export const BIAS_FEATURE = feature('bias', '');
const BOUNDARY: WordInfo = { own: [], ctx: [feature('w', '<s>'), feature('c0', '<s>'), feature('cf', '<s>'), feature('sh', '<s>')], identity: [], match: '', stemMatch: '', casing: 'none' };
const NEAR_SLOTS = [0, 1, 2, 3];
const FAR_SLOTS = [0, 1, 3];
const OFFSET_SEEDS = [-2, -1, 1, 2].map((k) => feature('off', String(k)));
const GAZ_ATOMS = GAZ_CATEGORIES.map((c) => ['B', 'I', 'L', 'U'].map((p) => feature('gz', `${c}-${p}`)));

/** Every proper token prefix of a gazetteer phrase, so matching stops as soon as none can follow. */
export function phrasePrefixes(res: NerResources): Set<string> {
  const prefixes = new Set<string>();
  for (const phrase of res.gazetteer.keys()) {
    let at = phrase.indexOf(' ');
    while (at > 0) {
      prefixes.add(phrase.slice(0, at));
      at = phrase.indexOf(' ', at + 1);
    }
  }
  return prefixes;
}

function pushMatch(atoms: number[][], i: number, len: number, bits: number): void {
  GAZ_CATEGORIES.forEach((_, c) => {
    if (!(bits & (1 << c))) return;
    const [b, inside, l, u] = GAZ_ATOMS[c] ?? [];
    if (len === 1) atoms[i]?.push(u ?? 0);
    else {
      atoms[i]?.push(b ?? 0);
      for (let k = i + 1; k < i + len - 1; k++) atoms[k]?.push(inside ?? 0);
      atoms[i + len - 1]?.push(l ?? 0);
    }
  });
}

/** Gazetteer atoms per token from multi-token matches (Arabic: first token may drop clitics). */
export function gazetteerAtoms(res: NerResources, infos: readonly WordInfo[], prefixes = phrasePrefixes(res)): number[][] {
  const atoms: number[][] = infos.map(() => []);
  if (res.gazetteer.size === 0) return atoms;
  for (let i = 0; i < infos.length; i++) {
    const first = infos[i];
    if (!first) continue;
    const heads = first.stemMatch === first.match ? [first.match] : [first.match, first.stemMatch];
    for (const head of heads) {
      let key = head;
      for (let len = 1; len <= res.maxPhraseTokens && i + len <= infos.length; len++) {
        if (len > 1) key += ` ${infos[i + len - 1]?.match ?? ''}`;
        const bits = res.gazetteer.get(key);
        if (bits !== undefined) pushMatch(atoms, i, len, bits);
        if (!prefixes.has(key)) break;
      }
    }
  }
  return atoms;
}

export class SentenceFeaturizer {
  private readonly words: WordInfoCache;
  private readonly prefixes: Set<string>;

  constructor(private readonly res: NerResources) {
    this.words = new WordInfoCache(res);
    this.prefixes = phrasePrefixes(res);
  }

  wordInfo(token: string): WordInfo {
    return this.words.get(token);
  }

  wordInfos(tokens: readonly string[]): WordInfo[] {
    return tokens.map((t) => this.words.get(t));
  }

  /**
   * `extra[i]` holds features supplied by the caller for token i (document memory). Without
   * `includeOwn` the word's own features are left out (the model caches their summed weights).
   */
  featurize(tokens: readonly string[], extra?: readonly (readonly number[])[], includeOwn = true): SentenceFeatures {
    const infos = this.wordInfos(tokens);
    const gaz = gazetteerAtoms(this.res, infos, this.prefixes);
    const out: number[] = [];
    const offs = new Uint32Array(tokens.length + 1);
    const at = (i: number): WordInfo => infos[i] ?? BOUNDARY;
    const firstSeed = feature('first', '');
    const arabic = this.res.lang === 'ar';
    // Arabic news quotes names (papers, programmes, models); English quotes are mostly speech (hurt on dev).
    const wide = { mode: sentenceCaseMode(tokens), at, gaz, quotes: arabic ? quotedSpans(tokens) : [], windowWords: arabic };
    for (let i = 0; i < infos.length; i++) {
      offs[i] = out.length;
      const self = at(i);
      if (includeOwn) {
        out.push(BIAS_FEATURE);
        for (const f of self.own) out.push(f);
      }
      [-2, -1, 1, 2].forEach((k, slot) => {
        const seed = OFFSET_SEEDS[slot] ?? 0;
        const ctx = at(i + k).ctx;
        // Far neighbours contribute word, coarse cluster and stem/shape only.
        const slots = Math.abs(k) === 1 ? NEAR_SLOTS : FAR_SLOTS;
        for (const j of slots) out.push(mixHash(seed, ctx[j] ?? 0));
        for (const g of gaz[i + k] ?? []) if (Math.abs(k) === 1) out.push(mixHash(seed, g));
      });
      const w = self.ctx[0] ?? 0;
      out.push(mixHash(mixHash(w, at(i - 1).ctx[0] ?? 0), 1), mixHash(mixHash(w, at(i + 1).ctx[0] ?? 0), 2));
      out.push(mixHash(mixHash(at(i - 1).ctx[0] ?? 0, at(i + 1).ctx[0] ?? 0), 3));
      out.push(mixHash(mixHash(at(i - 1).ctx[1] ?? 0, self.ctx[1] ?? 0), 4), mixHash(mixHash(self.ctx[1] ?? 0, at(i + 1).ctx[1] ?? 0), 5));
      for (const g of gaz[i] ?? []) out.push(g);
      if (i === 0) out.push(mixHash(firstSeed, self.ctx[3] ?? 0));
      wideFeatures(out, i, wide);
      for (const f of extra?.[i] ?? []) out.push(f);
    }
    offs[infos.length] = out.length;
    return { feats: Uint32Array.from(out), offs };
  }
}
