import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../../shared/nlp/ner/tags';
import { emptyTransitions } from '../../shared/nlp/ner/viterbi';
import { WeightTable } from '../../shared/nlp/ner/weights';
import { pruneStage } from './pruneStage';

describe('pruneStage', () => {
  it('keeps rows with a weight above the relative threshold, with their keys', () => {
    const weights = new Float32Array(3 * TAG_COUNT);
    weights[0] = 10; // row 0: the largest weight
    weights[TAG_COUNT + 2] = -0.5; // row 1: 5% of the largest
    weights[2 * TAG_COUNT + 1] = 0.1; // row 2: 1%
    const stage = { table: new WeightTable(Uint32Array.of(11, 22, 33), weights), transitions: emptyTransitions() };
    const pruned = pruneStage(stage, 0.02);
    expect([...pruned.table.keys]).toEqual([11, 22]);
    expect(pruned.table.row(33)).toBe(-1);
    expect(pruned.table.weights[pruned.table.row(22) * TAG_COUNT + 2]).toBe(-0.5);
    expect(pruneStage(stage, 0).table.keys.length).toBe(3);
  });
});
