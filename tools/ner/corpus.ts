import fs from 'node:fs';
import { type ConllSentence, parseConllDocuments } from '../../shared/nlp/ner/conll';
import { type Lang, nerSplitPath } from './paths';

export type Doc = ConllSentence[];

export function readSplit(lang: Lang, split: 'train' | 'dev' | 'test'): Doc[] {
  return parseConllDocuments(fs.readFileSync(nerSplitPath(lang, split), 'utf8'));
}

export function tokenCount(docs: readonly Doc[]): number {
  return docs.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
}
