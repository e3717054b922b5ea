/** Tokens, sentences and paragraphs with offsets, as claim extraction needs them. */
import { normalizeForSearch } from '../normalize';
import { partitionPoint } from '../partitionPoint';

export type Token = {
  start: number;
  end: number;
  text: string;
  /** normalizeForSearch of the text, for lexicon look-ups. */
  norm: string;
  isWord: boolean;
};

export type Range = { start: number; end: number };

// Words keep inner hyphens and dots (al-Amr, Jong-un, U.S) but not a possessive 's.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const t = m[0];
    tokens.push({ start, end: start + t.length, text: t, norm: normalizeForSearch(t), isWord: WORD_START.test(t) });
  }
  return tokens;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'st', 'lt', 'col', 'sgt', 'jr', 'sr', 'no', 'vs', 'u.s', 'u.n', 'inc', 'co', 'corp']);
const TERMINATORS = new Set(['.', '!', '?', '؟']);
const CLOSERS = new Set(['"', '”', '»', "'", ')']);

/** Sentence ranges: split after . ! ? ؟ (plus closing quotes) before a space, and at line breaks. */
export function splitSentences(text: string, tokens: Token[]): Range[] {
  const out: Range[] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0 && end > start) out.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = tokens[i - 1];
    if (start >= 0 && prev && text.slice(prev.end, tok.start).includes('\n')) close(prev.end);
    if (start < 0) start = tok.start;
    if (!TERMINATORS.has(tok.text)) continue;
    if (tok.text === '.' && prev && prev.end === tok.start && ABBREVIATIONS.has(prev.norm)) continue;
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    const next = tokens[last + 1];
    if (next && next.start === tokens[last]!.end) continue; // 3.5, a.m. — not followed by space
    close(tokens[last]!.end);
    i = last;
  }
  const lastTok = tokens[tokens.length - 1];
  if (lastTok) close(lastTok.end);
  return out;
}

/** Paragraph ranges: runs of text between line breaks. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Index of the first token starting at or after offset (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return partitionPoint(tokens, (t) => t.start < offset);
}
