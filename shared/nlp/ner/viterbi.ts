import { allowed, allowedAtEnd, TAG_COUNT } from './tags';

/**
 * Transition scores: trans[prev * T + cur], start[cur], end[cur]. Disallowed BILOU transitions
 * are excluded by construction rather than by weights.
 */
export interface Transitions {
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

const T = TAG_COUNT;
const ALLOWED = new Uint8Array(T * T);
const ALLOWED_START = new Uint8Array(T);
const ALLOWED_END = new Uint8Array(T);
for (let p = 0; p < T; p++) for (let c = 0; c < T; c++) ALLOWED[p * T + c] = allowed(p, c) ? 1 : 0;
for (let c = 0; c < T; c++) {
  ALLOWED_START[c] = allowed(-1, c) ? 1 : 0;
  ALLOWED_END[c] = allowedAtEnd(c) ? 1 : 0;
}

// Allowed predecessors of each tag, flat (PREV_AT[c] .. PREV_AT[c + 1]): decoding loops over
// these only (about a third of all pairs).
const PREV_LISTS = Array.from({ length: T }, (_, c) => Array.from({ length: T }, (_, p) => p).filter((p) => ALLOWED[p * T + c]));
const PREVS = Int8Array.from(PREV_LISTS.flat());
const PREV_AT = Int32Array.from([0, ...PREV_LISTS.map((l) => l.length)].map((_, i, a) => a.slice(0, i + 1).reduce((x, y) => x + y, 0)));

export function emptyTransitions(): Transitions {
  return { trans: new Float32Array(T * T), start: new Float32Array(T), end: new Float32Array(T) };
}

/** Element-wise sum of two sets of transition scores (base plus a delta). */
export function addTransitions(a: Transitions, b: Transitions): Transitions {
  const add = (x: Float32Array, y: Float32Array) => x.map((v, i) => v + (y[i] ?? 0));
  return { trans: add(a.trans, b.trans), start: add(a.start, b.start), end: add(a.end, b.end) };
}

/** Best allowed tag sequence for emission scores laid out as scores[i * T + tag]. */
export function viterbi(scores: Float32Array, n: number, tr: Transitions): number[] {
  if (n === 0) return [];
  const best = new Float64Array(n * T).fill(-Infinity);
  const back = new Int8Array(n * T);
  for (let c = 0; c < T; c++) {
    if (ALLOWED_START[c]) best[c] = (tr.start[c] ?? 0) + (scores[c] ?? 0);
  }
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let c = 0; c < T; c++) {
      let top = -Infinity;
      let arg = 0;
      for (let k = PREV_AT[c] ?? 0, end = PREV_AT[c + 1] ?? 0; k < end; k++) {
        const p = PREVS[k] ?? 0;
        const s = (best[prevRow + p] ?? -Infinity) + (tr.trans[p * T + c] ?? 0);
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[row + c] = top + (scores[row + c] ?? 0);
      back[row + c] = arg;
    }
  }
  let last = 0;
  let top = -Infinity;
  const lastRow = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (!ALLOWED_END[c]) continue;
    const s = (best[lastRow + c] ?? -Infinity) + (tr.end[c] ?? 0);
    if (s > top) {
      top = s;
      last = c;
    }
  }
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + (path[i] ?? 0)] ?? 0;
  return path;
}

/**
 * Transition potentials for forward-backward: exp(scale × score), each set shifted by its
 * largest score (the shift cancels once tokens are normalised), 0 where BILOU forbids the move.
 * They depend only on a stage and its temperature, so callers compute them once.
 */
export interface LatticeFactors {
  scale: number;
  trans: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

export function latticeFactors(tr: Transitions, scale = 1): LatticeFactors {
  const potentials = (scores: Float32Array, ok: Uint8Array) => {
    const shift = Math.max(...scores);
    return Float64Array.from(scores, (v, k) => (ok[k] ? Math.exp(scale * (v - shift)) : 0));
  };
  return { scale, trans: potentials(tr.trans, ALLOWED), start: potentials(tr.start, ALLOWED_START), end: potentials(tr.end, ALLOWED_END) };
}

/**
 * Per-token tag marginals from a forward-backward pass over the same constrained lattice, with
 * scale × scores as log-potentials; used for span confidence. Runs in probability space with
 * each step rescaled (the scales cancel once every token is normalised), so it needs T
 * exponentials per token instead of a log-sum-exp per allowed pair.
 */
export function marginals(scores: Float32Array, n: number, f: LatticeFactors): Float64Array {
  const { scale, trans: A, start, end } = f;
  const e = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let c = 0; c < T; c++) max = Math.max(max, scores[i * T + c] ?? 0);
    for (let c = 0; c < T; c++) e[i * T + c] = Math.exp(scale * ((scores[i * T + c] ?? 0) - max));
  }
  const normalise = (v: Float64Array, at: number) => {
    let sum = 0;
    for (let c = 0; c < T; c++) sum += v[at + c] ?? 0;
    if (sum > 0) for (let c = 0; c < T; c++) v[at + c] = (v[at + c] ?? 0) / sum;
  };
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  for (let c = 0; c < T; c++) alpha[c] = (start[c] ?? 0) * (e[c] ?? 0);
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let acc = 0;
      for (let p = 0; p < T; p++) acc += (alpha[(i - 1) * T + p] ?? 0) * (A[p * T + c] ?? 0);
      alpha[i * T + c] = acc * (e[i * T + c] ?? 0);
    }
    normalise(alpha, i * T);
  }
  beta.set(end, (n - 1) * T);
  normalise(beta, (n - 1) * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let acc = 0;
      for (let c = 0; c < T; c++) acc += (A[p * T + c] ?? 0) * (e[(i + 1) * T + c] ?? 0) * (beta[(i + 1) * T + c] ?? 0);
      beta[i * T + p] = acc;
    }
    normalise(beta, i * T);
  }
  const out = new Float64Array(n * T);
  for (let k = 0; k < n * T; k++) out[k] = (alpha[k] ?? 0) * (beta[k] ?? 0);
  for (let i = 0; i < n; i++) normalise(out, i * T);
  return out;
}
