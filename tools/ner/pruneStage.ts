import type { ModelStage } from '../../shared/nlp/ner/modelFormat';
import { TAG_COUNT } from '../../shared/nlp/ner/tags';
import { WeightTable } from '../../shared/nlp/ner/weights';

const T = TAG_COUNT;

/**
 * Drops features whose largest weight is below `relative` × the stage's largest weight. Most
 * rows of an averaged perceptron are tiny; a smaller table is faster to probe (fewer cache
 * misses) and to load. On Arabic dev, 0.02 keeps F1 (77.42 → 77.37) with a fifth of the rows.
 */
export function pruneStage(stage: ModelStage, relative: number): ModelStage {
  const { keys, weights } = stage.table;
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const threshold = relative * max;
  const kept: number[] = [];
  keys.forEach((_, r) => {
    let top = 0;
    for (let t = 0; t < T; t++) top = Math.max(top, Math.abs(weights[r * T + t] ?? 0));
    if (top > threshold) kept.push(r);
  });
  const w = new Float32Array(kept.length * T);
  kept.forEach((r, i) => w.set(weights.subarray(r * T, r * T + T), i * T));
  return { table: new WeightTable(Uint32Array.from(kept, (r) => keys[r] ?? 0), w), transitions: stage.transitions };
}
