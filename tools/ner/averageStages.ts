import type { ModelStage } from '../../shared/nlp/ner/modelFormat';
import { TAG_COUNT } from '../../shared/nlp/ner/tags';
import type { Transitions } from '../../shared/nlp/ner/viterbi';
import { WeightTable } from '../../shared/nlp/ner/weights';

const T = TAG_COUNT;

/**
 * Mean of several stages trained on different shuffles (a feature missing from one counts as
 * zero there): it smooths the perceptron's dependence on example order.
 */
export function averageStages(stages: readonly ModelStage[]): ModelStage {
  const rows = new Map<number, Float32Array>();
  const k = 1 / stages.length;
  for (const { table } of stages) {
    table.keys.forEach((key, r) => {
      let row = rows.get(key);
      if (!row) rows.set(key, (row = new Float32Array(T)));
      for (let t = 0; t < T; t++) row[t] = (row[t] ?? 0) + k * (table.weights[r * T + t] ?? 0);
    });
  }
  const weights = new Float32Array(rows.size * T);
  [...rows.values()].forEach((row, i) => weights.set(row, i * T));
  const mean = (key: keyof Transitions) => {
    const out = new Float32Array(stages[0]?.transitions[key].length ?? 0);
    for (const s of stages) s.transitions[key].forEach((v, i) => (out[i] = (out[i] ?? 0) + k * v));
    return out;
  };
  return { table: new WeightTable(Uint32Array.from(rows.keys()), weights), transitions: { trans: mean('trans'), start: mean('start'), end: mean('end') } };
}
