import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../../shared/nlp/ner/tags';
import { emptyTransitions } from '../../shared/nlp/ner/viterbi';
import { WeightTable } from '../../shared/nlp/ner/weights';
import { averageStages } from './averageStages';

function stage(key: number, value: number) {
  const transitions = emptyTransitions();
  transitions.start[0] = value;
  return { table: new WeightTable(Uint32Array.of(key), new Float32Array(TAG_COUNT).fill(value)), transitions };
}

describe('averageStages', () => {
  it('averages shared features and halves ones only one stage has', () => {
    const avg = averageStages([stage(7, 2), stage(9, 4)]);
    const scores = new Float32Array(TAG_COUNT);
    avg.table.accumulate([7], 0, 1, scores, 0);
    expect(scores[0]).toBeCloseTo(1);
    avg.table.accumulate([9], 0, 1, scores, 0);
    expect(scores[0]).toBeCloseTo(3);
    expect(avg.transitions.start[0]).toBeCloseTo(3);
  });
});
