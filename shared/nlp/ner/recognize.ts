import { type Token, tokenize } from '../tokenize';
import type { NerModel } from './model';
import { bilouToBio, bioSpans, type EntityType, TAG_COUNT } from './tags';

/** An entity found in a text, with offsets (UTF-16 indices) into that text. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Lowest marginal probability of the span's tags (0..1). */
  confidence: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔']);
// Long unpunctuated runs (lists, tables) are cut so decoding stays linear and local.
const MAX_SENTENCE_TOKENS = 120;

/** Splits tokens into sentences at final punctuation and at line breaks. */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1];
    if (current.length && prev && text.slice(prev.end, tok.start).includes('\n')) {
      sentences.push(current);
      current = [];
    }
    current.push(tok);
    if (SENTENCE_END.has(tok.text) || current.length >= MAX_SENTENCE_TOKENS) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length) sentences.push(current);
  return sentences;
}

/** Finds people, organisations, places and other names in `text` (one document). */
export function recognizeEntities(model: NerModel, text: string): EntitySpan[] {
  const sentences = splitSentences(text, tokenize(text));
  const labelled = model.labelDocument(sentences.map((s) => s.map((t) => t.text)), true);
  const out: EntitySpan[] = [];
  sentences.forEach((sentence, si) => {
    const { tags = [], marginals } = labelled[si] ?? {};
    for (const span of bioSpans(bilouToBio(tags))) {
      const first = sentence[span.start];
      const last = sentence[span.end - 1];
      if (!first || !last) continue;
      let confidence = 1;
      for (let i = span.start; i < span.end; i++) confidence = Math.min(confidence, marginals?.[i * TAG_COUNT + (tags[i] ?? 0)] ?? 1);
      out.push({ type: span.type, start: first.start, end: last.end, text: text.slice(first.start, last.end), confidence });
    }
  });
  return out;
}
