import { describe, expect, it } from 'vitest';
import { countFile, figures, matchClaims, normalizeSpeaker, speakerAliases, type GoldClaim } from './claimsMatch';

const text = 'قال أبو علي البصري إن الوضع مستقر تماماً في المدينة. وأضاف البصري أن الطرق مفتوحة.';
const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const gold: GoldClaim[] = [
  { speaker: 'أبو علي البصري', speakerText: 'أبو علي البصري', contentSpan: span('الوضع مستقر تماماً في المدينة'), direct: false },
  { speaker: 'أبو علي البصري', speakerText: 'البصري', contentSpan: span('الطرق مفتوحة'), direct: false },
];

describe('claim matching', () => {
  it('matches when at least half of the gold tokens are covered, each claim once', () => {
    const predicted = [
      { speaker: 'البصري', contentSpan: span('الوضع مستقر'), direct: false },
      { speaker: 'x', contentSpan: span('الوضع'), direct: false },
      { speaker: null, contentSpan: span('مفتوحة'), direct: true },
    ];
    expect(matchClaims(text, gold, predicted)).toEqual([{ gold: 1, predicted: 2 }]);
    const wider = [{ speaker: 'البصري', contentSpan: span('الوضع مستقر تماماً'), direct: false }];
    expect(matchClaims(text, gold, wider)).toEqual([{ gold: 0, predicted: 0 }]);
  });

  it('accepts the gold speaker, its annotated mentions and its trailing words found in the text', () => {
    const aliases = speakerAliases(text, gold, 'أبو علي البصري');
    expect(aliases.has(normalizeSpeaker('البصري'))).toBe(true);
    expect(aliases.has(normalizeSpeaker('"أبو علي البصري"'))).toBe(true);
    expect(aliases.has(normalizeSpeaker('علي'))).toBe(false);
  });

  it('computes precision, recall, F1 and accuracies from the counts', () => {
    const predicted = [
      { speaker: 'أبو علي البصري', contentSpan: gold[0]!.contentSpan, direct: false },
      { speaker: 'الوزير', contentSpan: gold[1]!.contentSpan, direct: true },
      { speaker: null, contentSpan: span('قال'), direct: false },
    ];
    const { counts } = countFile(text, gold, predicted);
    expect(counts).toEqual({ gold: 2, predicted: 3, matched: 2, speakerOk: 1, directOk: 1 });
    const f = figures(counts);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBe(1);
    expect(f.f1).toBeCloseTo(0.8);
    expect(f.speaker).toBe(0.5);
  });
});
