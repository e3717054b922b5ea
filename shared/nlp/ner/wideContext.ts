import { feature, mixHash } from './hash';
import type { WordInfo } from './wordFeatures';

/**
 * Context beyond the ±2 token window: the sentence's casing (news headlines are ALL CAPS or
 * Title Case, so capitals say less there), words at ±3, gazetteer hits (title, organisation
 * head…) anywhere in the four preceding tokens, which is where Arabic triggers like نادي or حزب sit,
 * and (Arabic) bags of nearby words and the word that introduces a quotation.
 */
export type CaseMode = 'caps' | 'title' | 'plain';

const MODE_ATOMS = { caps: feature('mode', 'caps'), title: feature('mode', 'title'), plain: 0 } as const;
const FAR_WORD_SEEDS = [-3, 3].map((k) => feature('off', String(k)));
const GAZ_SEEDS = new Map([-3, -2, 2, 3].map((k) => [k, feature('goff', String(k))]));
const WINDOW_SEED = feature('gwin', '');
const WINDOW_WORD_SEED = feature('wwin', '');
const RIGHT_WORD_SEED = feature('wwinr', '');
const WINDOW = 4;

export function sentenceCaseMode(tokens: readonly string[]): CaseMode {
  let cased = 0;
  let upper = 0;
  let initial = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.length < 2 || t.toLowerCase() === t.toUpperCase()) continue;
    cased++;
    if (t === t.toUpperCase()) upper++;
    else if (t.length >= 4) {
      if (t.charAt(0) === t.charAt(0).toLowerCase()) lower++;
      else initial++;
    }
  }
  if (upper >= 2 && upper >= 0.8 * cased) return 'caps';
  return initial >= 2 && lower === 0 ? 'title' : 'plain';
}

const OPENERS = new Map([['«', '»'], ['“', '”'], ['"', '"'], ["''", "''"], ["'", "'"], ['``', "''"]]);
const MAX_QUOTED = 8;
const QUOTED = feature('quoted', '');
const QUOTE_TRIGGER = feature('qtrig', '');

/**
 * For each token inside a short quotation, the index of the token before the opening mark
 * (-1 at sentence start); undefined outside quotes. Programme titles, car models and
 * newspaper names are quoted, and the word before the quote (برنامج، طراز) says which.
 */
export function quotedSpans(tokens: readonly string[]): (number | undefined)[] {
  const out: (number | undefined)[] = tokens.map(() => undefined);
  for (let i = 0; i < tokens.length; i++) {
    const close = OPENERS.get(tokens[i] ?? '');
    if (close === undefined) continue;
    const end = tokens.indexOf(close, i + 1);
    if (end < 0 || end - i - 1 > MAX_QUOTED) continue;
    for (let k = i + 1; k < end; k++) out[k] = i - 1;
    i = end;
  }
  return out;
}

/** What one sentence offers wideFeatures. */
export interface SentenceContext {
  mode: CaseMode;
  at: (i: number) => WordInfo;
  gaz: readonly (readonly number[])[];
  quotes: readonly (number | undefined)[];
  /** Bags of the 4 preceding and 3 following words (Arabic: triggers missing from the lists; English: no gain on dev). */
  windowWords: boolean;
}

export function wideFeatures(out: number[], i: number, s: SentenceContext): void {
  const { mode, at, gaz } = s;
  const before = s.quotes[i];
  if (before !== undefined) out.push(QUOTED, mixHash(QUOTE_TRIGGER, at(before).ctx[0] ?? 0), mixHash(QUOTE_TRIGGER, at(before).ctx[3] ?? 0));
  const self = at(i);
  const m = MODE_ATOMS[mode];
  if (m) out.push(m, mixHash(m, self.ctx[3] ?? 0), mixHash(m, self.ctx[1] ?? 0), mixHash(m, self.ctx[0] ?? 0));
  out.push(mixHash(FAR_WORD_SEEDS[0] ?? 0, at(i - 3).ctx[0] ?? 0), mixHash(FAR_WORD_SEEDS[1] ?? 0, at(i + 3).ctx[0] ?? 0));
  for (const [k, seed] of GAZ_SEEDS) for (const g of gaz[i + k] ?? []) out.push(mixHash(seed, g));
  // A bag: each distinct atom once (a linear scan beats a Set for these few; this runs per token).
  const from = out.length;
  const addOnce = (atom: number) => {
    const f = mixHash(WINDOW_SEED, atom);
    if (out.indexOf(f, from) < 0) out.push(f);
  };
  for (let k = Math.max(0, i - WINDOW); k < i; k++) {
    gaz[k]?.forEach(addOnce);
    if (s.windowWords) addOnce(mixHash(WINDOW_WORD_SEED, at(k).ctx[0] ?? 0));
  }
  if (s.windowWords) for (let k = i + 1; k <= i + 3; k++) out.push(mixHash(RIGHT_WORD_SEED, at(k).ctx[0] ?? 0));
}
