import { describe, expect, it } from 'vitest';
import { feature, mixHash } from './hash';
import { memoryFeatures } from './memory';
import { emptyResources } from './resources';
import { SentenceFeaturizer } from './sentenceFeatures';
import { tagIndex } from './tags';

describe('memoryFeatures', () => {
  it('passes a type found elsewhere in the document to other mentions, clitics stripped', () => {
    const res = emptyResources('ar');
    res.vocabRank.set('بغداد', 0);
    const f = new SentenceFeaturizer(res);
    const doc = [['زار', 'بغداد'], ['ووصل', 'وبغداد']].map((s) => f.wordInfos(s));
    const firstPass = [[0, tagIndex('U-LOC')], [0, 0]];
    const [first, second] = memoryFeatures(doc, firstPass);
    expect(second?.[1]).toEqual([feature('self', 'O'), feature('mem', 'LOC')]);
    // The only LOC mention does not count itself as evidence.
    expect(first?.[1]).toEqual([feature('self', 'LOC')]);
    // Its neighbour learns that the next word is a place.
    expect(first?.[0]).toEqual([feature('self', 'O'), mixHash(feature('memoff', '1'), feature('mem', 'LOC'))]);
  });

  it('tells a headline word that the document writes it in lower case elsewhere', () => {
    const f = new SentenceFeaturizer(emptyResources('en'));
    const doc = [['STORM', 'HITS', 'COAST'], ['The', 'storm', 'reached', 'the', 'Hague', 'overnight']].map((s) => f.wordInfos(s));
    const [headline, body] = memoryFeatures(doc, [[0, 0, 0], [0, 0, 0, 0, 0, 0]]);
    expect(headline?.[0]).toContain(feature('doccase', 'lower'));
    expect(headline?.[1]).toEqual([feature('self', 'O')]);
    expect(body?.[4]).toContain(feature('doccase', 'initial'));
  });
});
