/**
 * Tokens over the normalised text (digits folded to ASCII, Arabic letters folded, Latin lower
 * case), each remembering where it sits so a match maps back to the original string.
 */
import { normalizeWithOffsets } from '../normalize';
import { KNOWN_WORDS } from './lexicon';

export interface Token {
  kind: 'num' | 'word' | 'sym';
  /** The word without a proclitic و ف ب when the rest is date vocabulary (وأمس -> امس). */
  key: string;
  /** The proclitics cut off the key ('' when none): و in ويونيو joins two dates. */
  proclitic: string;
  /** Normalised offsets of the key (after any proclitic) and of the token end. */
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** Number of digits, 0 for words and symbols. */
  digits: number;
  /** First letter upper case in the original text (English month and day names). */
  capital: boolean;
}

export interface TokenizedText {
  original: string;
  /** Tokens line by line: a date never runs across a line break. */
  lines: Token[][];
  /** Normalised index -> original index (length normalised + 1). */
  map: number[];
}

// Groups: 1 digits, 2 letters, otherwise one symbol.
const TOKEN = /(\d+)|([\p{L}\p{M}]+)|[^\s\p{L}\p{M}\d]/gu;
const CONJUNCTIONS = new Set(['و', 'ف']);

/** Length of the proclitics to skip: و or ف, then ب, kept only when the rest is known. */
function procliticLength(word: string): number {
  if (KNOWN_WORDS.has(word)) return 0;
  const afterConj = CONJUNCTIONS.has(word[0] ?? '') ? 1 : 0;
  if (afterConj && KNOWN_WORDS.has(word.slice(1))) return 1;
  if (word[afterConj] === 'ب' && KNOWN_WORDS.has(word.slice(afterConj + 1))) return afterConj + 1;
  return 0;
}

export function tokenizeForDates(original: string): TokenizedText {
  const { out, map } = normalizeWithOffsets(original);
  const lines: Token[][] = [];
  let tokens: Token[] = [];
  let previousEnd = 0;
  let newline = out.indexOf('\n');
  for (const m of out.matchAll(TOKEN)) {
    const text = m[0];
    const at = m.index;
    if (newline >= 0 && newline < at) {
      if (tokens.length > 0) lines.push(tokens);
      tokens = [];
      newline = out.indexOf('\n', at);
    }
    const kind: Token['kind'] = m[1] ? 'num' : m[2] ? 'word' : 'sym';
    const skip = kind === 'word' ? procliticLength(text) : 0;
    const first = original[map[at + skip] ?? 0] ?? '';
    tokens.push({
      kind,
      key: text.slice(skip),
      proclitic: text.slice(0, skip),
      start: at + skip,
      end: at + text.length,
      spaced: at > previousEnd,
      digits: kind === 'num' ? text.length : 0,
      capital: first !== first.toLowerCase(),
    });
    previousEnd = at + text.length;
  }
  if (tokens.length > 0) lines.push(tokens);
  return { original, lines, map };
}

/** Original-text offsets from the first token's key to the last token's end. */
export function spanOf(t: TokenizedText, first: Token, last: Token): { start: number; end: number } {
  return { start: t.map[first.start] ?? 0, end: t.map[last.end] ?? t.original.length };
}
