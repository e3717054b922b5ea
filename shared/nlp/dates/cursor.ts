/** Small readers over the token list shared by the parsers. */
import { DATE_CUES } from './lexicon';
import type { DateLanguage } from './types';
import type { Token, TokenizedText } from './tokens';

export interface ParseContext {
  text: TokenizedText;
  /** The line being parsed; indices below are into it. */
  tokens: Token[];
  /** Day/month order for numeric dates; detected on first use, as few texts need it. */
  language: () => DateLanguage;
  /** The whole text is known to be a date (re-resolving a stored mention): skip context checks. */
  lenient: boolean;
}

export function next(ctx: ParseContext, i: number): Token | undefined {
  return ctx.tokens[i];
}

export function keyAt(ctx: ParseContext, i: number): string | undefined {
  return next(ctx, i)?.key;
}

/** The key of the token before i on the same line ("في" in "في مارس"). */
export function keyBefore(ctx: ParseContext, i: number): string | undefined {
  return ctx.tokens[i - 1]?.key;
}

/** A cue word before i ("في مارس", "in 2019") makes a bare year or ambiguous month a date. */
export function hasCue(ctx: ParseContext, i: number): boolean {
  return ctx.lenient || DATE_CUES.has(keyBefore(ctx, i) ?? '');
}

export function isSym(ctx: ParseContext, i: number, symbols: ReadonlySet<string> | string): boolean {
  const t = next(ctx, i);
  if (t?.kind !== 'sym') return false;
  return typeof symbols === 'string' ? t.key === symbols : symbols.has(t.key);
}

export function isWord(ctx: ParseContext, i: number, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  const t = next(ctx, i);
  return t?.kind === 'word' && words.has(t.key);
}

/** Latin-script date words count only when capitalised (May, not the verb may). */
export function isCasedOk(t: Token): boolean {
  return t.capital || !/[a-z]/.test(t.key);
}

/** Skips one optional token from the set and returns the next index. */
export function skipSym(ctx: ParseContext, i: number, symbols: ReadonlySet<string> | string): number {
  return isSym(ctx, i, symbols) ? i + 1 : i;
}
