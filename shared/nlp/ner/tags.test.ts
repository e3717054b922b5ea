import { describe, expect, it } from 'vitest';
import { allowed, allowedAtEnd, bilouToBio, bioSpans, bioToBilou, tagIndex, TAGS } from './tags';
import { emptyTransitions, latticeFactors, marginals, viterbi } from './viterbi';

describe('BILOU tags', () => {
  it('round-trips IOB2 through BILOU', () => {
    const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'O'];
    const bilou = bioToBilou(bio).map((t) => TAGS[t]);
    expect(bilou).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'U-ORG', 'O']);
    expect(bilouToBio(bioToBilou(bio))).toEqual(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'O']);
  });

  it('allows only well-formed transitions', () => {
    expect(allowed(tagIndex('B-PER'), tagIndex('L-PER'))).toBe(true);
    expect(allowed(tagIndex('B-PER'), tagIndex('L-ORG'))).toBe(false);
    expect(allowed(tagIndex('B-PER'), tagIndex('O'))).toBe(false);
    expect(allowed(tagIndex('U-LOC'), tagIndex('B-ORG'))).toBe(true);
    expect(allowed(-1, tagIndex('I-LOC'))).toBe(false);
    expect(allowedAtEnd(tagIndex('I-LOC'))).toBe(false);
  });

  it('reads spans with conlleval semantics', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'I-LOC', 'O', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 2, end: 3 },
      { type: 'ORG', start: 4, end: 5 },
    ]);
  });
});

describe('viterbi', () => {
  const T = TAGS.length;
  const scoresFor = (prefs: string[]) => {
    const s = new Float32Array(prefs.length * T);
    prefs.forEach((tag, i) => (s[i * T + tagIndex(tag)] = 5));
    return s;
  };

  it('follows the emissions when they form a valid sequence', () => {
    const path = viterbi(scoresFor(['B-ORG', 'L-ORG', 'O']), 3, emptyTransitions());
    expect(path.map((t) => TAGS[t])).toEqual(['B-ORG', 'L-ORG', 'O']);
  });

  it('never outputs a disallowed sequence even when emissions prefer one', () => {
    const path = viterbi(scoresFor(['I-PER', 'B-PER', 'O']), 3, emptyTransitions());
    const tags = path.map((t) => TAGS[t] ?? 'O');
    for (let i = 0; i < tags.length; i++) expect(allowed(i === 0 ? -1 : (path[i - 1] ?? 0), path[i] ?? 0)).toBe(true);
    expect(allowedAtEnd(path[2] ?? 0)).toBe(true);
  });

  it('gives marginals that sum to one per token and favour the best tag', () => {
    const m = marginals(scoresFor(['U-LOC', 'O']), 2, latticeFactors(emptyTransitions()));
    for (let i = 0; i < 2; i++) {
      const row = Array.from(m.slice(i * T, (i + 1) * T));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    expect(m[tagIndex('U-LOC')]).toBeGreaterThan(0.5);
  });

  it('gives the exact marginals of the constrained lattice (brute force over every path)', () => {
    const n = 3;
    let seed = 9;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
    const scores = Float32Array.from({ length: n * T }, next);
    const tr = { trans: Float32Array.from({ length: T * T }, next), start: Float32Array.from({ length: T }, next), end: Float32Array.from({ length: T }, next) };
    const exact = new Float64Array(n * T);
    let z = 0;
    for (let a = 0; a < T; a++)
      for (let b = 0; b < T; b++)
        for (let c = 0; c < T; c++) {
          if (!allowed(-1, a) || !allowed(a, b) || !allowed(b, c) || !allowedAtEnd(c)) continue;
          const logp = (tr.start[a] ?? 0) + (scores[a] ?? 0) + (tr.trans[a * T + b] ?? 0) + (scores[T + b] ?? 0) + (tr.trans[b * T + c] ?? 0) + (scores[2 * T + c] ?? 0) + (tr.end[c] ?? 0);
          const p = Math.exp(logp);
          z += p;
          exact[a] = (exact[a] ?? 0) + p;
          exact[T + b] = (exact[T + b] ?? 0) + p;
          exact[2 * T + c] = (exact[2 * T + c] ?? 0) + p;
        }
    const m = marginals(scores, n, latticeFactors(tr));
    exact.forEach((p, k) => expect(m[k]).toBeCloseTo(p / z, 9));
  });
});
