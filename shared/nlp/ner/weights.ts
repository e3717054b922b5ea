import { TAG_COUNT } from './tags';
import type { Transitions } from './viterbi';

const T = TAG_COUNT;

/**
 * Read-only feature weights: an open-addressing table from feature hash to a row of T tag
 * weights. Hash 0 marks an empty slot, so keys are stored as (hash || 1).
 */
export class WeightTable {
  private readonly slots: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly weights: Float32Array,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Uint32Array(size);
    this.slotRows = new Int32Array(size);
    this.mask = size - 1;
    keys.forEach((key, row) => {
      let s = slotKey(key) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = slotKey(key);
      this.slotRows[s] = row;
    });
  }

  row(hash: number): number {
    const key = slotKey(hash);
    let s = key & this.mask;
    for (;;) {
      const k = this.slots[s];
      if (k === 0) return -1;
      if (k === key) return this.slotRows[s] ?? -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weights of features feats[from..to) into scores[at .. at+T). */
  accumulate(feats: ArrayLike<number>, from: number, to: number, scores: Float32Array, at: number): void {
    const w = this.weights;
    for (let k = from; k < to; k++) {
      const r = this.row(feats[k] ?? 0);
      if (r < 0) continue;
      const base = r * T;
      for (let t = 0; t < T; t++) scores[at + t] = (scores[at + t] ?? 0) + (w[base + t] ?? 0);
    }
  }
}

function slotKey(hash: number): number {
  return hash === 0 ? 1 : hash >>> 0;
}

/** Anything that adds per-tag weights of features into scores: a WeightTable, a live trainer, a sum. */
export interface FeatureScorer {
  accumulate(feats: ArrayLike<number>, from: number, to: number, scores: Float32Array, at: number): void;
}

/** Two scorers added together (a shared base model and a small per-case delta), neither copied. */
export class SumScorer implements FeatureScorer {
  constructor(
    private readonly base: FeatureScorer,
    private readonly delta: FeatureScorer,
  ) {}

  accumulate(feats: ArrayLike<number>, from: number, to: number, scores: Float32Array, at: number): void {
    this.base.accumulate(feats, from, to, scores, at);
    this.delta.accumulate(feats, from, to, scores, at);
  }
}

/** Emission scores for a featurised sentence, laid out scores[i * T + tag]. */
export function emissionScores(table: FeatureScorer, feats: Uint32Array, offs: Uint32Array, n: number): Float32Array {
  const scores = new Float32Array(n * T);
  for (let i = 0; i < n; i++) table.accumulate(feats, offs[i] ?? 0, offs[i + 1] ?? 0, scores, i * T);
  return scores;
}

export interface LinearModelWeights {
  table: WeightTable;
  transitions: Transitions;
}
