/** The analysed document that the language readers share. */
import { findQuotes, type Quote } from './quotes';
import { splitParagraphs, splitSentences, tokenize, tokenAt, type Range, type Token } from './textUnits';
import type { EntitySpan } from './types';

export type Doc = {
  text: string;
  tokens: Token[];
  sentences: Range[];
  quotes: Quote[];
  entities: EntitySpan[];
  /** Whether the caller ran a name recogniser (its silence then means "no name here"). */
  hasEntities: boolean;
  /** Index of the sentence of every token. */
  sentenceOf: number[];
};

export function analyse(text: string, entities?: EntitySpan[]): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf: number[] = [];
  let s = 0;
  for (const tok of tokens) {
    while (s < sentences.length - 1 && tok.start >= sentences[s]!.end) s++;
    sentenceOf.push(s);
  }
  return { text, tokens, sentences, quotes: findQuotes(text, splitParagraphs(text)), entities: entities ?? [], hasEntities: entities !== undefined, sentenceOf };
}

/** Token index range [first, last) of the sentence holding token i. */
export function sentenceTokens(doc: Doc, i: number): { first: number; last: number; range: Range } {
  const range = doc.sentences[doc.sentenceOf[i] ?? 0] ?? { start: 0, end: doc.text.length };
  return { first: tokenAt(doc.tokens, range.start), last: tokenAt(doc.tokens, range.end), range };
}

/** An entity starting at offset, if the caller supplied entities. */
export function entityAt(doc: Doc, offset: number): EntitySpan | undefined {
  return doc.entities.find((e) => e.start === offset && (e.type === 'PER' || e.type === 'ORG'));
}
