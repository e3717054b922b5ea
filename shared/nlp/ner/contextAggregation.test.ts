import { describe, expect, it } from 'vitest';
import { aggregateContexts } from './contextAggregation';
import { feature, mixHash } from './hash';
import { emptyResources } from './resources';
import { SentenceFeaturizer } from './sentenceFeatures';
import { tagIndex } from './tags';

describe('aggregateContexts', () => {
  const f = new SentenceFeaturizer(emptyResources('en'));
  const doc = [
    ['Talks', 'with', 'Okonjo', 'resumed'],
    ['Okonjo', 'said', 'on', 'Monday'],
    ['The', 'minister', 'left', 'early'],
  ].map((s) => f.wordInfos(s));
  const firstPass = [
    [0, 0, tagIndex('U-PER'), 0],
    [tagIndex('U-ORG'), 0, 0, 0],
    [0, 0, 0, 0],
  ];

  it('gives a name the neighbours and first-pass tags of its other mentions', () => {
    const out = doc.map((s) => s.map((): number[] => []));
    aggregateContexts(doc, firstPass, out);
    const wordAtom = (w: string) => feature('w', w);
    expect(out[0]?.[2]).toEqual([mixHash(feature('aggr', ''), wordAtom('said')), mixHash(feature('memtag', ''), tagIndex('U-ORG')), feature('memmaj', 'ORG')]);
    expect(out[1]?.[0]).toContain(mixHash(feature('aggl', ''), wordAtom('with')));
    expect(out[1]?.[0]).toContain(feature('memmaj', 'PER'));
  });

  it('leaves single mentions, lower-case words and Arabic alone', () => {
    const out = doc.map((s) => s.map((): number[] => []));
    aggregateContexts(doc, firstPass, out);
    expect(out[2]?.every((feats) => feats.length === 0)).toBe(true);
    const ar = new SentenceFeaturizer(emptyResources('ar'));
    const arDoc = [['قال', 'عباس'], ['عباس', 'قال']].map((s) => ar.wordInfos(s));
    const arOut = arDoc.map((s) => s.map((): number[] => []));
    aggregateContexts(arDoc, [[0, tagIndex('U-PER')], [tagIndex('U-PER'), 0]], arOut);
    expect(arOut.flat().every((feats) => feats.length === 0)).toBe(true);
  });
});
