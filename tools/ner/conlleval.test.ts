import { describe, expect, it } from 'vitest';
import { addSentence, emptyScores, prf } from './conlleval';

describe('conlleval scoring', () => {
  it('counts exact span and type matches only', () => {
    const scores = emptyScores();
    addSentence(scores, ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG'], ['B-PER', 'I-PER', 'O', 'B-ORG', 'B-ORG']);
    expect(scores.ALL).toEqual({ gold: 3, predicted: 3, correct: 2 });
    expect(scores.LOC).toEqual({ gold: 1, predicted: 0, correct: 0 });
    expect(prf(scores.ALL).f).toBeCloseTo(66.667, 2);
  });

  it('treats a partial span as wrong', () => {
    const scores = emptyScores();
    addSentence(scores, ['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'O']);
    expect(prf(scores.ALL)).toEqual({ p: 0, r: 0, f: 0 });
  });
});
