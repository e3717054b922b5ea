import { describe, expect, it } from 'vitest';
import { emptyResources } from './resources';
import { SentenceFeaturizer } from './sentenceFeatures';
import { quotedSpans, sentenceCaseMode, wideFeatures } from './wideContext';

describe('sentenceCaseMode', () => {
  it('tells headline capitals and title case from running text', () => {
    expect(sentenceCaseMode(['FLOODS', 'CUT', 'ROADS', 'NEAR', 'DHAKA'])).toBe('caps');
    expect(sentenceCaseMode(['Rain', 'Delays', 'Final', 'Match', 'In', 'Lahore'])).toBe('title');
    expect(sentenceCaseMode(['Officials', 'in', 'Lahore', 'said', 'the', 'match', 'was', 'delayed', '.'])).toBe('plain');
    expect(sentenceCaseMode(['قال', 'الوزير', 'إن', 'المحادثات', 'مستمرة'])).toBe('plain');
  });
});

describe('quotedSpans', () => {
  it('points quoted tokens at the word before the opening mark', () => {
    const tokens = ['قدم', 'برنامج', '«', 'صباح', 'الخير', '»', 'أمس'];
    expect(quotedSpans(tokens)).toEqual([undefined, undefined, undefined, 1, 1, undefined, undefined]);
  });

  it('ignores an unclosed or overlong quotation', () => {
    expect(quotedSpans(['"', 'a', 'b']).every((q) => q === undefined)).toBe(true);
    const long = ['"', ...Array.from({ length: 9 }, (_, i) => `w${i}`), '"'];
    expect(quotedSpans(long).every((q) => q === undefined)).toBe(true);
  });
});

describe('wideFeatures', () => {
  it('adds the bag of nearby words only when asked, and the same bag whatever the order', () => {
    const f = new SentenceFeaturizer(emptyResources('ar'));
    const infos = f.wordInfos(['قال', 'مدرب', 'نادي', 'الوحدة', 'أمس', 'إن', 'الفريق']);
    const at = (i: number) => infos[i] ?? { own: [], ctx: [], identity: [], match: '', stemMatch: '', casing: 'none' as const };
    const run = (windowWords: boolean) => {
      const out: number[] = [];
      wideFeatures(out, 4, { mode: 'plain', at, gaz: [], quotes: [], windowWords });
      return out;
    };
    expect(run(true).length - run(false).length).toBe(4 + 3);
    const swapped = f.wordInfos(['مدرب', 'قال', 'نادي', 'الوحدة', 'أمس', 'إن', 'الفريق']);
    const out: number[] = [];
    wideFeatures(out, 4, { mode: 'plain', at: (i) => swapped[i] ?? at(i), gaz: [], quotes: [], windowWords: true });
    // The first two are the position-specific words at ±3.
    expect(new Set(out.slice(2))).toEqual(new Set(run(true).slice(2)));
  });
});
