import { describe, expect, it } from 'vitest';
import { DOC_WINDOW, parseConllDocuments, tagConllText } from './conll';
import { trainTinyModel } from './testCorpus';

describe('tagConllText', () => {
  it('writes token<TAB>tag, passing comments and blank lines through', () => {
    const input = '# doc a\nJohn\nSmith\nvisited\nParis\n.\n\nThe\ttalks\nended\n';
    const out = tagConllText(trainTinyModel(), input).split('\n');
    expect(out).toEqual(['# doc a', 'John\tB-PER', 'Smith\tI-PER', 'visited\tO', 'Paris\tB-LOC', '.\tO', '', 'The\tO', 'ended\tO', '']);
  });
});

describe('parseConllDocuments', () => {
  it('splits documents at # doc lines and keeps gold tags', () => {
    const docs = parseConllDocuments('# doc 1\nA\tB-PER\n\nB\tO\n# doc 2\nC\tB-LOC\n');
    expect(docs.map((d) => d.map((s) => s.tokens))).toEqual([[['A'], ['B']], [['C']]]);
    expect(docs[0]?.[0]?.tags).toEqual(['B-PER']);
  });

  it('cuts unmarked files into windows of sentences', () => {
    const text = Array.from({ length: DOC_WINDOW + 1 }, (_, i) => `w${i}\tO\n`).join('\n');
    expect(parseConllDocuments(text).map((d) => d.length)).toEqual([DOC_WINDOW, 1]);
  });
});
