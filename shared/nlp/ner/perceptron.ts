import { TAG_COUNT } from './tags';
import { emissionScores, WeightTable } from './weights';
import { emptyTransitions, type Transitions, viterbi } from './viterbi';

const T = TAG_COUNT;

/** One training sentence: flat features (see SentenceFeatures) and gold BILOU tag indices. */
export interface TrainingSentence {
  feats: Uint32Array;
  offs: Uint32Array;
  gold: ArrayLike<number>;
  /** Fixed emission scores (laid out like emissionScores) the weights add to: a base model's. */
  prior?: Float32Array;
}

/** Deterministic PRNG (mulberry32) so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Learning a delta over a fixed base model whose emission scores each sentence carries (`prior`). */
export interface PerceptronPrior {
  /** The base transitions. They stay fixed: a few documents would overfit such general evidence. */
  transitions: Transitions;
  /** Size of one update, relative to the base's. */
  rate: number;
  /** Loss-augmented decoding: updates continue until gold beats other tags by this much per token. */
  margin: number;
}

/**
 * Averaged structured perceptron with first-order transitions. Averaging uses the usual
 * trick: keep w and u = Σ c·Δ, then average = w − u / c. With a prior it learns a sparse delta
 * over a base model's scores (emission weights only).
 */
export class PerceptronTrainer {
  constructor(private readonly prior?: PerceptronPrior) {}

  private readonly rows = new Map<number, number>();
  private w = new Float32Array(1024 * T);
  private u = new Float64Array(1024 * T);
  private readonly tw = emptyTransitions();
  private readonly tu = { trans: new Float64Array(T * T), start: new Float64Array(T), end: new Float64Array(T) };
  private c = 1;

  private rowFor(hash: number): number {
    let r = this.rows.get(hash);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(hash, r);
      if ((r + 1) * T > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  private readonly liveTable = {
    accumulate: (feats: ArrayLike<number>, from: number, to: number, scores: Float32Array, at: number) => {
      for (let k = from; k < to; k++) {
        const r = this.rows.get(feats[k] ?? 0);
        if (r === undefined) continue;
        for (let t = 0; t < T; t++) scores[at + t] = (scores[at + t] ?? 0) + (this.w[r * T + t] ?? 0);
      }
    },
  };

  /** Predicts with the current (non-averaged) weights; with `gold`, every other tag gets the margin. */
  predict(s: Pick<TrainingSentence, 'feats' | 'offs' | 'prior'>, gold?: ArrayLike<number>): number[] {
    const n = s.offs.length - 1;
    const scores = emissionScores(this.liveTable, s.feats, s.offs, n);
    const base = s.prior;
    if (base) scores.forEach((v, k) => (scores[k] = v + (base[k] ?? 0)));
    const margin = this.prior?.margin ?? 0;
    if (gold && margin) scores.forEach((v, k) => (scores[k] = v + (gold[Math.floor(k / T)] === k % T ? 0 : margin)));
    return viterbi(scores, n, this.prior ? this.prior.transitions : this.tw);
  }

  private bump(row: number, tag: number, delta: number): void {
    const k = row * T + tag;
    this.w[k] = (this.w[k] ?? 0) + delta;
    this.u[k] = (this.u[k] ?? 0) + this.c * delta;
  }

  private bumpTransition(key: 'trans' | 'start' | 'end', index: number, delta: number): void {
    if (this.prior) return;
    this.tw[key][index] = (this.tw[key][index] ?? 0) + delta;
    this.tu[key][index] = (this.tu[key][index] ?? 0) + this.c * delta;
  }

  private addPath(s: TrainingSentence, path: ArrayLike<number>, delta: number, skip: (i: number) => boolean): void {
    const n = path.length;
    for (let i = 0; i < n; i++) {
      const tag = path[i] ?? 0;
      if (i === 0) this.bumpTransition('start', tag, delta);
      else this.bumpTransition('trans', (path[i - 1] ?? 0) * T + tag, delta);
      if (i === n - 1) this.bumpTransition('end', tag, delta);
      if (skip(i)) continue;
      for (let k = s.offs[i] ?? 0; k < (s.offs[i + 1] ?? 0); k++) this.bump(this.rowFor(s.feats[k] ?? 0), tag, delta);
    }
  }

  /** One online step; returns whether the prediction was wrong. */
  learn(s: TrainingSentence): boolean {
    const pred = this.predict(s, s.gold);
    const same = (i: number) => pred[i] === s.gold[i];
    const wrong = pred.some((p, i) => p !== s.gold[i]);
    const rate = this.prior?.rate ?? 1;
    if (wrong) {
      this.addPath(s, s.gold, rate, same);
      this.addPath(s, pred, -rate, same);
    }
    this.c++;
    return wrong;
  }

  epoch(data: readonly TrainingSentence[], random: () => number): number {
    const order = data.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const i of order) if (this.learn(data[i] as TrainingSentence)) errors++;
    return errors;
  }

  /** Averaged weights, dropping features whose averaged row is all (near) zero. */
  averaged(): { table: WeightTable; transitions: Transitions } {
    const keys: number[] = [];
    const kept: number[] = [];
    for (const [hash, r] of this.rows) {
      let any = false;
      for (let t = 0; t < T && !any; t++) any = Math.abs((this.w[r * T + t] ?? 0) - (this.u[r * T + t] ?? 0) / this.c) > 1e-4;
      if (any) {
        keys.push(hash);
        kept.push(r);
      }
    }
    const weights = new Float32Array(kept.length * T);
    kept.forEach((r, i) => {
      for (let t = 0; t < T; t++) weights[i * T + t] = (this.w[r * T + t] ?? 0) - (this.u[r * T + t] ?? 0) / this.c;
    });
    const avg = (key: 'trans' | 'start' | 'end') => Float32Array.from(this.tw[key], (v, i) => v - (this.tu[key][i] ?? 0) / this.c);
    return { table: new WeightTable(Uint32Array.from(keys), weights), transitions: { trans: avg('trans'), start: avg('start'), end: avg('end') } };
  }
}
