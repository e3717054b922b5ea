import { describe, expect, it } from 'vitest';
import { correctedSentences } from './adaptTags';
import { bilouToBio, tagIndex } from './tags';

const bio = (text: string, entities: Parameters<typeof correctedSentences>[0]['entities']) =>
  correctedSentences({ text, entities }).map((s) => s.tokens.map((t, i) => `${t}/${bilouToBio(s.tags)[i]}`).join(' '));

describe('correctedSentences', () => {
  it('tags the whole token when a name was confirmed without its proclitic', () => {
    const text = 'عاد أحمد الساعدي إلى وبغداد أمس.';
    const at = (s: string) => text.indexOf(s);
    const tagged = correctedSentences({
      text,
      entities: [
        { type: 'PER', start: at('أحمد'), end: at('أحمد') + 'أحمد الساعدي'.length },
        { type: 'LOC', start: at('بغداد'), end: at('بغداد') + 'بغداد'.length },
      ],
    });
    expect(tagged).toHaveLength(1);
    expect(tagged[0]?.tokens).toEqual(['عاد', 'أحمد', 'الساعدي', 'إلى', 'وبغداد', 'أمس', '.']);
    expect(bilouToBio(tagged[0]?.tags ?? [])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']);
    // BILOU inside: a two-token name is B then L, a one-token name U.
    expect(tagged[0]?.tags.slice(1, 3)).toEqual([tagIndex('B-PER'), tagIndex('L-PER')]);
    expect(tagged[0]?.tags[4]).toBe(tagIndex('U-LOC'));
  });

  it('splits sentences like recognizeEntities and leaves unconfirmed text O', () => {
    const text = 'The minister met Lena Hartmann. Talks in Vienna ended.';
    const start = text.indexOf('Vienna');
    expect(bio(text, [{ type: 'LOC', start, end: start + 6 }])).toEqual(['The/O minister/O met/O Lena/O Hartmann/O ./O', 'Talks/O in/O Vienna/B-LOC ended/O ./O']);
  });

  it('keeps the earlier, longer entity when spans overlap and ignores empty spans', () => {
    const text = 'Officials of the Northern Grain Board spoke.';
    const start = text.indexOf('Northern');
    const end = text.indexOf(' spoke');
    const out = bio(text, [
      { type: 'ORG', start, end },
      { type: 'LOC', start, end: start + 8 },
      { type: 'PER', start: 0, end: 0 },
    ]);
    expect(out).toEqual(['Officials/O of/O the/O Northern/B-ORG Grain/I-ORG Board/I-ORG spoke/O ./O']);
  });
});
